import { ratio } from '../kpi/ratio';
import type { Period } from '../time/period';

/**
 * Dossier statistics of one unit for one period, as a one-stop system reports them (counts).
 * processed = early + on time + late; pending = within deadline + overdue (a snapshot at the
 * end of the period). Optional counts are null when the source does not report them.
 */
export interface DossierStats {
  readonly unitCode: string;
  readonly period: Period;
  readonly received: number;
  readonly receivedOnline: number | null;
  readonly processedEarly: number;
  readonly processedOnTime: number;
  readonly processedLate: number;
  readonly pendingWithinDeadline: number;
  readonly pendingOverdue: number;
  readonly returnedOrWithdrawn: number | null;
  /** dossiers with a fee or charge, and those paid online */
  readonly feeBearing: number | null;
  readonly paidOnline: number | null;
  readonly digitisedComponents: number | null;
  readonly electronicResults: number | null;
  readonly asOfMs: number;
  readonly asOfText: string;
  readonly source: string;
}

export function processedTotal(s: DossierStats): number {
  return s.processedEarly + s.processedOnTime + s.processedLate;
}

export function pendingTotal(s: DossierStats): number {
  return s.pendingWithinDeadline + s.pendingOverdue;
}

export interface RatioCounts {
  readonly numerator: number;
  readonly denominator: number;
  /** percentage points; null with a zero denominator */
  readonly value: number | null;
}

function share(numerator: number | null, denominator: number | null): RatioCounts | null {
  if (numerator === null || denominator === null) return null;
  const r = ratio(numerator, denominator);
  return { numerator, denominator, value: r === null ? null : r * 100 };
}

/**
 * The ratio KPIs derived from dossier counts, keyed by KPI id (or by 766 component id where the
 * catalogue has no KPI: progress.pending-within-deadline), each with its numerator and
 * denominator (so they re-aggregate across units). Absent when the source lacks the counts.
 */
export function dossierRatios(s: DossierStats): Readonly<Record<string, RatioCounts | null>> {
  return {
    'dossiers.on-time-share': share(s.processedEarly + s.processedOnTime, processedTotal(s)),
    'dossiers.online-filing-share': share(s.receivedOnline, s.received),
    'dossiers.online-payment-share': share(s.paidOnline, s.feeBearing),
    'dossiers.digitised-components-share': share(s.digitisedComponents, s.received),
    'dossiers.electronic-results-share': share(s.electronicResults, processedTotal(s)),
    'progress.pending-within-deadline': share(s.pendingWithinDeadline, pendingTotal(s)),
  };
}
