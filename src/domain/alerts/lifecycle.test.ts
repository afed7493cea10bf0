import { transitionAlert, type AlertEvent, type AlertState } from './lifecycle';

describe('alert lifecycle', () => {
  it.each<[AlertState, AlertEvent, AlertState | null]>([
    ['open', 'acknowledge', 'acknowledged'],
    ['open', 'resolve', 'resolved'],
    ['open', 'escalate', 'open'],
    ['acknowledged', 'resolve', 'resolved'],
    ['acknowledged', 'escalate', 'open'],
    ['acknowledged', 'acknowledge', null],
    ['resolved', 'reopen', 'open'],
    ['resolved', 'acknowledge', null],
    ['open', 'reopen', null],
  ])('%s + %s → %s', (state, event, next) => {
    const r = transitionAlert(state, event);
    if (next === null) expect(r.ok).toBe(false);
    else expect(r).toEqual({ ok: true, value: next });
  });
});
