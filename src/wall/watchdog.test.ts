import { describe, expect, it } from 'vitest';
import {
  assessWatchdog,
  defaultLimits,
  startWatchdog,
  type WatchdogLimits,
  type WatchdogSample,
  type WatchdogState,
} from './watchdog';

const LIMITS: WatchdogLimits = {
  heapBytes: 500e6,
  domNodes: 10_000,
  charts: 10,
  maps: 2,
  stallMs: 60_000,
  lagMs: 30_000,
  sustain: 3,
};

function sample(over: Partial<WatchdogSample> = {}): WatchdogSample {
  return {
    atMs: 0,
    heapBytes: 100e6,
    domNodes: 2000,
    charts: 3,
    maps: 1,
    advances: 0,
    paused: false,
    lagMs: 0,
    ...over,
  };
}

function run(samples: WatchdogSample[]) {
  let state: WatchdogState = startWatchdog(0);
  const decisions = samples.map((s) => {
    const r = assessWatchdog(state, s, LIMITS);
    state = r.state;
    return r.decision;
  });
  return decisions;
}

describe('watchdog', () => {
  it('is quiet on a healthy rotating page', () => {
    const decisions = run(
      Array.from({ length: 20 }, (_, i) => sample({ atMs: i * 10_000, advances: i })),
    );
    expect(decisions.every((d) => d.action === 'ok')).toBe(true);
  });

  it.each([
    ['heap', { heapBytes: 600e6 }],
    ['dom', { domNodes: 50_000 }],
    ['charts', { charts: 11 }],
    ['maps', { maps: 3 }],
  ] as const)(
    'reloads when %s stays over its limit for 3 samples, not on one spike',
    (reason, over) => {
      const spike = run([sample({ ...over, advances: 1 }), sample({ atMs: 1, advances: 2 })]);
      expect(spike.every((d) => d.action === 'ok')).toBe(true);
      const sustained = run([1, 2, 3].map((i) => sample({ ...over, atMs: i, advances: i })));
      expect(sustained.map((d) => d.action)).toEqual(['ok', 'ok', 'reload']);
      expect(sustained[2]).toMatchObject({ reason });
    },
  );

  it('reloads when the rotation stops moving, but not while paused', () => {
    const stalled = run([sample({ atMs: 30_000 }), sample({ atMs: 61_000 })]);
    expect(stalled[1]).toMatchObject({ action: 'reload', reason: 'stall' });
    const paused = run([
      sample({ atMs: 30_000, paused: true }),
      sample({ atMs: 200_000, paused: true }),
    ]);
    expect(paused.every((d) => d.action === 'ok')).toBe(true);
  });

  it('reloads when a timer fires very late (the page hung)', () => {
    expect(run([sample({ lagMs: 45_000 })])[0]).toMatchObject({ action: 'reload', reason: 'hang' });
  });

  it('ignores the heap where the browser does not report it', () => {
    expect(
      run([1, 2, 3, 4].map((i) => sample({ heapBytes: null, atMs: i, advances: i }))).every(
        (d) => d.action === 'ok',
      ),
    ).toBe(true);
  });

  it('derives limits from the playlist and the browser heap limit', () => {
    const limits = defaultLimits(40_000, 4e9);
    expect(limits.stallMs).toBe(120_000);
    expect(limits.heapBytes).toBe(1024 ** 3);
    expect(defaultLimits(10_000, 1e9).heapBytes).toBe(0.7e9);
    expect(defaultLimits(10_000, null).stallMs).toBe(60_000);
  });
});
