import type { Alert } from '../domain/alerts/alert';

/**
 * The critical-alert takeover as a pure state machine. Fed with the alert list on every
 * refresh (and a clock), it decides whether the wall shows an alert instead of the rotation.
 * At most one takeover at a time; critical alerts arriving meanwhile are counted ("+N more")
 * and never queued, so a flood of alerts cannot hold the wall for hours.
 */
export interface Takeover {
  readonly alert: Alert;
  readonly startedAtMs: number;
  /** other new critical alerts raised before or during this takeover */
  readonly more: number;
}

export interface TakeoverState {
  /** ids of critical alerts already shown or summarised (never shown again) */
  readonly seen: ReadonlySet<string>;
  readonly active: Takeover | null;
  /** why the last takeover ended, for the status line */
  readonly lastEnd: 'acknowledged' | 'timeout' | 'resolved' | 'dismissed' | null;
}

export const INITIAL_TAKEOVER: TakeoverState = { seen: new Set(), active: null, lastEnd: null };

function isOpenCritical(alert: Alert): boolean {
  return alert.severity === 'critical' && alert.state === 'open';
}

/** newest first: the one to show */
function byNewest(a: Alert, b: Alert): number {
  return b.updatedAtMs - a.updatedAtMs || b.raisedAtMs - a.raisedAtMs || a.id.localeCompare(b.id);
}

/**
 * One step: the current alert list and the time. An open critical alert not seen before starts
 * a takeover; the takeover ends when its alert is acknowledged or resolved (here or anywhere,
 * through the alerts API) or after `timeoutMs`.
 */
export function stepTakeover(
  state: TakeoverState,
  alerts: readonly Alert[],
  nowMs: number,
  timeoutMs: number,
): TakeoverState {
  const fresh = alerts.filter((a) => isOpenCritical(a) && !state.seen.has(a.id)).sort(byNewest);
  // Forget ids no longer listed, so the set stays as small as the list over weeks.
  const listed = new Set(alerts.map((a) => a.id));
  const seen = new Set([...state.seen].filter((id) => listed.has(id)));
  for (const alert of fresh) seen.add(alert.id);

  let active = state.active;
  let lastEnd = state.lastEnd;
  if (active) {
    const current = alerts.find((a) => a.id === active?.alert.id);
    if (current && current.state === 'acknowledged') {
      active = null;
      lastEnd = 'acknowledged';
    } else if (current && current.state === 'resolved') {
      active = null;
      lastEnd = 'resolved';
    } else if (nowMs - active.startedAtMs >= timeoutMs) {
      active = null;
      lastEnd = 'timeout';
    } else {
      // Still on screen: newcomers are summarised, not queued.
      return {
        seen,
        active: { ...active, alert: current ?? active.alert, more: active.more + fresh.length },
        lastEnd,
      };
    }
    // Newcomers that arrived in the same step as the end are shown next.
  }
  const [first, ...rest] = fresh;
  if (!first) return { seen, active, lastEnd };
  return { seen, active: { alert: first, startedAtMs: nowMs, more: rest.length }, lastEnd };
}

/** Ends the takeover on the wall itself (a remote-control acknowledge). */
export function dismissTakeover(state: TakeoverState): TakeoverState {
  return state.active ? { ...state, active: null, lastEnd: 'dismissed' } : state;
}
