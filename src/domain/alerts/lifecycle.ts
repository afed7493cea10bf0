import { err, ok, type Result } from '../result';

/**
 * Alert lifecycle. An alert opens when its condition is raised; an operator acknowledges it
 * (someone is on it); it resolves when the condition clears (automatically) or an operator
 * resolves it; a resolved alert whose condition comes back reopens under the same key.
 *
 *   open ──acknowledge──▶ acknowledged
 *    │  ▲                    │
 *    │  └──────reopen────┐   │
 *    └──resolve──▶ resolved ◀┘ resolve
 *
 * Escalation (warning → critical) changes the severity, not the state; an acknowledged alert
 * that escalates goes back to open, so that somebody looks again.
 */
export type AlertState = 'open' | 'acknowledged' | 'resolved';

export type AlertEvent = 'acknowledge' | 'resolve' | 'reopen' | 'escalate';

export const ALERT_TRANSITIONS: Readonly<
  Record<AlertState, Partial<Record<AlertEvent, AlertState>>>
> = {
  open: { acknowledge: 'acknowledged', resolve: 'resolved', escalate: 'open' },
  acknowledged: { resolve: 'resolved', escalate: 'open' },
  resolved: { reopen: 'open' },
};

export function transitionAlert(state: AlertState, event: AlertEvent): Result<AlertState, string> {
  const next = ALERT_TRANSITIONS[state][event];
  return next === undefined ? err(`cannot ${event} an alert that is ${state}`) : ok(next);
}
