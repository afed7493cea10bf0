import { describe, expect, it } from 'vitest';
import type { Alert } from '../domain/alerts/alert';
import { INITIAL_TAKEOVER, dismissTakeover, stepTakeover, type TakeoverState } from './takeover';

function alert(id: string, over: Partial<Alert> = {}): Alert {
  return {
    id,
    key: `k-${id}`,
    ruleId: 'flood.level',
    kind: 'flood',
    severity: 'critical',
    state: 'open',
    subject: { unitCode: '01', stationId: 'long-bien' },
    value: 11.9,
    threshold: 11.5,
    title: `Alert ${id}`,
    raisedAtMs: 1000,
    updatedAtMs: 1000,
    acknowledgedAtMs: null,
    acknowledgedBy: null,
    resolvedAtMs: null,
    history: [],
    ...over,
  };
}

const TIMEOUT = 60_000;

describe('critical alert takeover', () => {
  it('takes over for a new open critical alert, not for warnings', () => {
    let s = stepTakeover(INITIAL_TAKEOVER, [alert('w', { severity: 'warning' })], 0, TIMEOUT);
    expect(s.active).toBeNull();
    s = stepTakeover(s, [alert('w', { severity: 'warning' }), alert('c')], 10, TIMEOUT);
    expect(s.active?.alert.id).toBe('c');
    expect(s.active?.startedAtMs).toBe(10);
    expect(s.active?.more).toBe(0);
  });

  it('returns to rotation when the alert is acknowledged through the API', () => {
    let s = stepTakeover(INITIAL_TAKEOVER, [alert('c')], 0, TIMEOUT);
    s = stepTakeover(s, [alert('c', { state: 'acknowledged', acknowledgedAtMs: 5 })], 5, TIMEOUT);
    expect(s.active).toBeNull();
    expect(s.lastEnd).toBe('acknowledged');
  });

  it('returns after the configured time, and never shows the same alert again', () => {
    let s = stepTakeover(INITIAL_TAKEOVER, [alert('c')], 0, TIMEOUT);
    s = stepTakeover(s, [alert('c')], TIMEOUT - 1, TIMEOUT);
    expect(s.active?.alert.id).toBe('c');
    s = stepTakeover(s, [alert('c')], TIMEOUT, TIMEOUT);
    expect(s.active).toBeNull();
    expect(s.lastEnd).toBe('timeout');
    s = stepTakeover(s, [alert('c')], TIMEOUT * 5, TIMEOUT);
    expect(s.active).toBeNull();
  });

  it('summarises a flood: shows the newest, counts the rest, queues nothing', () => {
    const flood = Array.from({ length: 50 }, (_, i) =>
      alert(`f${String(i)}`, { raisedAtMs: i, updatedAtMs: i }),
    );
    let s: TakeoverState = stepTakeover(INITIAL_TAKEOVER, flood, 0, TIMEOUT);
    expect(s.active?.alert.id).toBe('f49');
    expect(s.active?.more).toBe(49);
    // More arrive during the takeover: counted, the alert on screen stays.
    const later = [...flood, alert('g1', { updatedAtMs: 99 }), alert('g2', { updatedAtMs: 98 })];
    s = stepTakeover(s, later, 1000, TIMEOUT);
    expect(s.active?.alert.id).toBe('f49');
    expect(s.active?.more).toBe(51);
    // After it ends nothing of the flood comes back: one takeover, not 52.
    s = stepTakeover(s, later, TIMEOUT + 1000, TIMEOUT);
    expect(s.active).toBeNull();
    s = stepTakeover(s, later, TIMEOUT * 3, TIMEOUT);
    expect(s.active).toBeNull();
  });

  it('a remote acknowledge ends it on the wall; a later new alert takes over again', () => {
    let s = stepTakeover(INITIAL_TAKEOVER, [alert('a')], 0, TIMEOUT);
    s = dismissTakeover(s);
    expect(s.active).toBeNull();
    expect(s.lastEnd).toBe('dismissed');
    expect(dismissTakeover(s)).toBe(s);
    s = stepTakeover(s, [alert('a'), alert('b', { updatedAtMs: 2000 })], 10, TIMEOUT);
    expect(s.active?.alert.id).toBe('b');
  });

  it('forgets alerts that left the list (bounded memory over weeks)', () => {
    let s = stepTakeover(INITIAL_TAKEOVER, [alert('a'), alert('b')], 0, TIMEOUT);
    s = stepTakeover(s, [alert('b', { state: 'resolved', resolvedAtMs: 3 })], 3, TIMEOUT);
    expect([...s.seen]).toEqual(['b']);
  });

  it('ends when the alert is resolved', () => {
    let s = stepTakeover(INITIAL_TAKEOVER, [alert('a')], 0, TIMEOUT);
    s = stepTakeover(s, [alert('a', { state: 'resolved', resolvedAtMs: 9 })], 9, TIMEOUT);
    expect(s.lastEnd).toBe('resolved');
  });
});
