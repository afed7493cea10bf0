import { SEVERITY_RANK, type AlertKind, type Severity } from '../../domain/alerts/types';
import type { AlertState } from '../../domain/alerts/lifecycle';
import { isSilenced, type AlertView } from '../../data/alerts/alert-view';
import type { ResolvedAlertListOptions } from './definition';

/**
 * The alert-list panel's view: open (not resolved) alerts at or above the minimum severity,
 * most severe first, then newest; silenced alerts after the others (they are known and being
 * handled) and marked. Pure: the component formats and translates.
 */
export interface AlertListRow {
  readonly id: string;
  readonly severity: Severity;
  readonly kind: AlertKind;
  readonly state: AlertState;
  /** text from the alert service: render as text */
  readonly title: string;
  readonly raisedAtMs: number;
  readonly assignee: string | null;
  readonly silenced: boolean;
  readonly silencedUntilMs: number | null;
}

export interface AlertListView {
  readonly rows: readonly AlertListRow[];
  /** open alerts matching the options but beyond the limit */
  readonly hiddenCount: number;
  readonly counts: Readonly<Record<Severity, number>>;
  /** the newest change among the alerts listed (as-of of the panel), null when none */
  readonly asOfMs: number | null;
}

export function alertListView(
  alerts: readonly AlertView[],
  options: ResolvedAlertListOptions,
  nowMs: number,
): AlertListView {
  const minRank = SEVERITY_RANK[options.minSeverity];
  const open = alerts.filter(
    (a) =>
      a.state !== 'resolved' &&
      SEVERITY_RANK[a.severity] >= minRank &&
      (options.kinds.length === 0 || options.kinds.includes(a.kind)),
  );
  const rows = open
    .map((a): AlertListRow => ({
      id: a.id,
      severity: a.severity,
      kind: a.kind,
      state: a.state,
      title: a.title ?? '',
      raisedAtMs: a.raisedAtMs,
      assignee: a.assignee,
      silenced: isSilenced(a, nowMs),
      silencedUntilMs: a.silencedUntilMs,
    }))
    .sort(
      (a, b) =>
        Number(a.silenced) - Number(b.silenced) ||
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        b.raisedAtMs - a.raisedAtMs ||
        a.id.localeCompare(b.id),
    );
  const counts: Record<Severity, number> = { info: 0, warning: 0, critical: 0 };
  for (const r of rows) counts[r.severity]++;
  const asOfMs = open.reduce<number | null>(
    (max, a) => (max === null || a.updatedAtMs > max ? a.updatedAtMs : max),
    null,
  );
  return {
    rows: rows.slice(0, options.limit),
    hiddenCount: Math.max(0, rows.length - options.limit),
    counts,
    asOfMs,
  };
}
