/**
 * Alerts as the domain sees them. Messages are not text here: a panel builds the sentence in
 * the user's language from the kind and the numbers.
 */
export type Severity = 'info' | 'warning' | 'critical';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  info: 0,
  warning: 1,
  critical: 2,
};

export function moreSevere(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

export type AlertKind = 'threshold' | 'sla' | 'staleness' | 'flood' | 'air-quality';

/** What an alert is about; the parts present make up its deduplication key. */
export interface AlertSubject {
  readonly unitCode?: string;
  readonly kpiId?: string;
  readonly sourceId?: string;
  readonly stationId?: string;
  readonly departmentId?: string;
}

/** An alert condition as evaluated now (before lifecycle: open, acknowledged, resolved). */
export interface AlertCondition {
  readonly key: string;
  readonly ruleId: string;
  readonly kind: AlertKind;
  readonly severity: Severity;
  readonly subject: AlertSubject;
  /** the value that triggered it, in the KPI's unit, and the threshold crossed */
  readonly value: number | null;
  readonly threshold: number | null;
  readonly observedAtMs: number;
}
