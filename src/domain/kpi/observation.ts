import type { Period } from '../time/period';

export type ObservationStatus = 'provisional' | 'final';

/**
 * One value of one KPI for one unit and period, as the domain sees it after the contract
 * check (src/data/contracts/kpi-observation.ts).
 *
 * Time: `asOfMs` is epoch milliseconds (what the rules compute with; no Date objects, so the
 * value is immutable, comparable and zone-free) and `asOfText` is the source's original ISO 8601
 * text (what the panel shows as "as of" and what the log cites).
 *
 * Values for percent KPIs are percentage points (0–100). Numerator and denominator are kept
 * whenever the source sends them: ratios are re-aggregated across units from them, never averaged.
 * Optional fields are null when absent (not undefined), so a consumer sees the gap explicitly.
 */
export interface KpiObservation {
  readonly indicatorId: string;
  readonly unitCode: string;
  readonly period: Period;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly target: number | null;
  readonly source: string;
  readonly asOfMs: number;
  readonly asOfText: string;
  readonly method: string | null;
  readonly status: ObservationStatus;
}
