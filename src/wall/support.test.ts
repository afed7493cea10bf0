import { describe, expect, it } from 'vitest';
import type { SourceHealth } from '../domain/freshness/source-health';
import { summariseHealth, wallStateOf } from './health';
import { wallLayout } from './layout';
import { backoffInterval, createStreakTracker, MAX_BACKOFF_MS } from './refresh-policy';
import { decodeResume, encodeResume, type ResumeState } from './resume';

describe('data-health strip', () => {
  it.each([
    ['up', 'fresh', 'fresh'],
    ['degraded', 'late', 'late'],
    ['up', 'stale', 'stale'],
    ['up', 'no-data', 'stale'],
    ['down', 'fresh', 'down'],
  ] as const)('%s + %s → %s', (status, freshness, expected) => {
    expect(wallStateOf({ status, freshness })).toBe(expected);
  });

  it('puts the worst first and finds the oldest as-of', () => {
    const row = (sourceId: string, over: Partial<SourceHealth>): SourceHealth => ({
      sourceId,
      name: sourceId,
      protocol: 'kpi-rest',
      ownerDepartmentId: 'x',
      status: 'up',
      freshness: 'fresh',
      lastDeliveryAtMs: 5000,
      lateAtMs: null,
      staleAtMs: null,
      datastreams: null,
      silentDatastreams: null,
      message: null,
      ...over,
    });
    const summary = summariseHealth([
      row('a', {}),
      row('b', { status: 'down', lastDeliveryAtMs: 3000 }),
      row('c', { freshness: 'late', lastDeliveryAtMs: 1000 }),
      row('d', { freshness: 'no-data', lastDeliveryAtMs: null }),
    ]);
    expect(summary.rows.map((r) => `${r.sourceId}:${r.state}`)).toEqual([
      'b:down',
      'd:stale',
      'c:late',
      'a:fresh',
    ]);
    expect(summary.counts).toEqual({ fresh: 1, late: 1, stale: 1, down: 1 });
    expect(summary.oldestAsOfMs).toBe(1000);
    expect(summary.oldestSourceId).toBe('c');
  });
});

describe('wall grid', () => {
  it("uses as few rows as possible; wide panels take a row's spare columns first", () => {
    // The overview today: five panels, then a map (wide) and a trend (wide).
    expect(wallLayout([{}, {}, {}, {}, {}, { wide: true }, { wide: true }])).toEqual({
      rows: 2,
      placements: [
        { row: 1, column: 1, span: 1 },
        { row: 1, column: 2, span: 1 },
        { row: 1, column: 3, span: 1 },
        { row: 1, column: 4, span: 1 },
        { row: 2, column: 1, span: 1 },
        { row: 2, column: 2, span: 2 },
        { row: 2, column: 4, span: 1 },
      ],
    });
    expect(wallLayout([{}, { wide: true }]).placements).toEqual([
      { row: 1, column: 1, span: 1 },
      { row: 1, column: 2, span: 3 },
    ]);
    expect(wallLayout([{}]).placements).toEqual([{ row: 1, column: 1, span: 4 }]);
    expect(wallLayout(Array.from({ length: 9 }, () => ({}))).rows).toBe(3);
    expect(wallLayout([])).toEqual({ rows: 0, placements: [] });
  });
});

describe('refresh backoff', () => {
  it('doubles per failed refresh, capped', () => {
    expect(backoffInterval(10_000, 0)).toBe(10_000);
    expect(backoffInterval(10_000, 2)).toBe(40_000);
    expect(backoffInterval(10_000, 50)).toBe(MAX_BACKOFF_MS);
    expect(backoffInterval(600_000, 3)).toBe(600_000);
  });

  it('counts failures since the last success', () => {
    const streak = createStreakTracker();
    const q = {};
    expect(streak(q, { dataUpdatedAt: 10, errorUpdatedAt: 0, errorUpdateCount: 4 })).toBe(0);
    expect(streak(q, { dataUpdatedAt: 10, errorUpdatedAt: 20, errorUpdateCount: 5 })).toBe(1);
    expect(streak(q, { dataUpdatedAt: 10, errorUpdatedAt: 30, errorUpdateCount: 7 })).toBe(3);
    expect(streak(q, { dataUpdatedAt: 40, errorUpdatedAt: 30, errorUpdateCount: 7 })).toBe(0);
  });
});

describe('resume after a watchdog reload', () => {
  const state: ResumeState = {
    index: 2,
    elapsedMs: 1500,
    paused: false,
    reason: 'heap',
    detail: '900 MB > 700 MB',
    atMs: 1,
    signature: 'sig',
    seenAlerts: ['a1'],
  };
  it('round-trips, and refuses another configuration or bad data', () => {
    expect(decodeResume(encodeResume(state), 'sig')).toEqual(state);
    expect(decodeResume(encodeResume(state), 'other')).toBeNull();
    expect(decodeResume('{', 'sig')).toBeNull();
    expect(decodeResume(null, 'sig')).toBeNull();
    expect(decodeResume(JSON.stringify({ ...state, reason: 'boom' }), 'sig')).toBeNull();
    expect(decodeResume(JSON.stringify({ ...state, index: -1 }), 'sig')).toBeNull();
  });
});
