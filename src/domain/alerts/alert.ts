import type { AlertEvent, AlertState } from './lifecycle';
import type { AlertKind, AlertSubject, Severity } from './types';

/** An alert with its lifecycle, as stored or received from an alert service. */
export interface Alert {
  readonly id: string;
  /** deduplication key (alerts/dedup.ts), computed from ruleId and subject */
  readonly key: string;
  readonly ruleId: string;
  readonly kind: AlertKind;
  readonly severity: Severity;
  readonly state: AlertState;
  readonly subject: AlertSubject;
  readonly value: number | null;
  readonly threshold: number | null;
  /** free text from outside: render as text, never as HTML */
  readonly title: string | null;
  readonly raisedAtMs: number;
  readonly updatedAtMs: number;
  readonly acknowledgedAtMs: number | null;
  readonly acknowledgedBy: string | null;
  readonly resolvedAtMs: number | null;
  readonly history: readonly AlertHistoryEntry[];
}

export interface AlertHistoryEntry {
  readonly event: AlertEvent;
  readonly atMs: number;
  readonly by: string | null;
}
