import fc from 'fast-check';
import {
  SPEED_MULTIPLIERS,
  createVirtualClock,
  isAtEnd,
  isRunning,
  jumpTo,
  pause,
  play,
  reset,
  setRate,
  step,
  virtualNow,
} from './virtual-clock';

const START = Date.parse('2025-08-20T06:00:00+07:00');
const HOUR = 3_600_000;
const R0 = 1_000_000; // a real instant

describe('virtualNow at each speed', () => {
  test.each(SPEED_MULTIPLIERS.map((m) => [m]))(
    'base rate 60 × %i: 10 real seconds are 600 × m virtual seconds',
    (m) => {
      const clock = play(createVirtualClock({ startMs: START, rate: 60 * m }, R0), R0);
      expect(virtualNow(clock, R0)).toBe(START);
      expect(virtualNow(clock, R0 + 10_000)).toBe(START + 600_000 * m);
    },
  );

  test.each([
    { rate: 1, realElapsed: 1_000, virtualElapsed: 1_000 },
    { rate: 60, realElapsed: 60_000, virtualElapsed: HOUR },
    { rate: 960, realElapsed: 15_000, virtualElapsed: 4 * HOUR },
    { rate: 3600, realElapsed: 500, virtualElapsed: 30 * 60_000 },
  ])('rate $rate: $realElapsed real ms → $virtualElapsed virtual ms', (row) => {
    const clock = play(createVirtualClock({ startMs: START, rate: row.rate }, R0), R0);
    expect(virtualNow(clock, R0 + row.realElapsed) - START).toBe(row.virtualElapsed);
  });

  test('a new clock is paused at the start', () => {
    const clock = createVirtualClock({ startMs: START, rate: 60 }, R0);
    expect(clock.paused).toBe(true);
    expect(virtualNow(clock, R0 + 99_999)).toBe(START);
  });

  test('time stops at the end', () => {
    const clock = play(
      createVirtualClock({ startMs: START, endMs: START + HOUR, rate: 60 }, R0),
      R0,
    );
    expect(virtualNow(clock, R0 + 59_000)).toBe(START + 59 * 60_000);
    expect(virtualNow(clock, R0 + 120_000)).toBe(START + HOUR);
    expect(isAtEnd(clock, R0 + 120_000)).toBe(true);
    expect(isRunning(clock, R0 + 120_000)).toBe(false);
    expect(isRunning(clock, R0 + 1_000)).toBe(true);
  });

  test('refuses a rate that is not positive and an end before the start', () => {
    expect(() => createVirtualClock({ startMs: START, rate: 0 }, R0)).toThrow(/rate/);
    expect(() => createVirtualClock({ startMs: START, rate: Number.NaN }, R0)).toThrow(/rate/);
    expect(() => createVirtualClock({ startMs: START, endMs: START - 1, rate: 1 }, R0)).toThrow(
      /end/,
    );
    const clock = createVirtualClock({ startMs: START, rate: 1 }, R0);
    expect(() => setRate(clock, -2, R0)).toThrow(/rate/);
  });
});

describe('pause, step, jump, reset', () => {
  const running = play(
    createVirtualClock({ startMs: START, endMs: START + 14 * HOUR, rate: 960 }, R0),
    R0,
  );

  test('pause holds the instant reached; play continues from it', () => {
    const paused = pause(running, R0 + 15_000); // 4 virtual hours in
    expect(virtualNow(paused, R0 + 60_000)).toBe(START + 4 * HOUR);
    const resumed = play(paused, R0 + 60_000);
    expect(virtualNow(resumed, R0 + 60_000 + 3_750)).toBe(START + 5 * HOUR);
  });

  test.each([
    { stepMs: 15 * 60_000, expected: START + 4 * HOUR + 15 * 60_000 },
    { stepMs: HOUR, expected: START + 5 * HOUR },
    { stepMs: -HOUR, expected: START + 3 * HOUR },
    { stepMs: -10 * HOUR, expected: START },
    { stepMs: 20 * HOUR, expected: START + 14 * HOUR },
  ])('step $stepMs pauses and moves to the expected instant', ({ stepMs, expected }) => {
    const stepped = step(running, stepMs, R0 + 15_000);
    expect(stepped.paused).toBe(true);
    expect(virtualNow(stepped, R0 + 999_999)).toBe(expected);
  });

  test('jumpTo keeps playing and clamps to the scenario', () => {
    const jumped = jumpTo(running, START + 10 * HOUR, R0 + 5_000);
    expect(jumped.paused).toBe(false);
    expect(virtualNow(jumped, R0 + 5_000)).toBe(START + 10 * HOUR);
    expect(virtualNow(jumpTo(running, START - HOUR, R0), R0)).toBe(START);
  });

  test('reset returns to the start, paused, whatever happened before', () => {
    const messy = setRate(jumpTo(running, START + 7 * HOUR, R0 + 1), 60, R0 + 2);
    const back = reset(messy, R0 + 3);
    expect(back.paused).toBe(true);
    expect(virtualNow(back, R0 + 1_000_000)).toBe(START);
    expect(back.rate).toBe(60);
  });
});

describe('properties', () => {
  const arbClock = fc.record({
    startOffset: fc.integer({ min: 0, max: 1_000_000 }),
    rate: fc.integer({ min: 1, max: 100_000 }),
  });

  test('changing the rate never makes virtual time jump', () => {
    fc.assert(
      fc.property(
        arbClock,
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        ({ startOffset, rate }, elapsed, newRate) => {
          const clock = play(createVirtualClock({ startMs: START + startOffset, rate }, R0), R0);
          const at = R0 + elapsed;
          const changed = setRate(clock, newRate, at);
          expect(virtualNow(changed, at)).toBe(virtualNow(clock, at));
        },
      ),
    );
  });

  test('a running clock is monotonic and advances at its rate', () => {
    fc.assert(
      fc.property(
        arbClock,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        ({ startOffset, rate }, a, b) => {
          const clock = play(createVirtualClock({ startMs: START + startOffset, rate }, R0), R0);
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(virtualNow(clock, R0 + hi) - virtualNow(clock, R0 + lo)).toBe((hi - lo) * rate);
        },
      ),
    );
  });

  test('pause then play loses no virtual time and adds none while paused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (rate, runFor, pausedFor, runAgain) => {
          let clock = play(createVirtualClock({ startMs: START, rate }, R0), R0);
          clock = pause(clock, R0 + runFor);
          clock = play(clock, R0 + runFor + pausedFor);
          expect(virtualNow(clock, R0 + runFor + pausedFor + runAgain)).toBe(
            START + (runFor + runAgain) * rate,
          );
        },
      ),
    );
  });

  test('virtual time always stays within [start, end]', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({
              op: fc.constant('step' as const),
              ms: fc.integer({ min: -1e8, max: 1e8 }),
            }),
            fc.record({
              op: fc.constant('jump' as const),
              ms: fc.integer({ min: -1e9, max: 1e9 }),
            }),
            fc.record({ op: fc.constant('play' as const), ms: fc.constant(0) }),
            fc.record({ op: fc.constant('pause' as const), ms: fc.constant(0) }),
          ),
          { maxLength: 20 },
        ),
        (ops) => {
          const end = START + 14 * HOUR;
          let clock = createVirtualClock({ startMs: START, endMs: end, rate: 960 }, R0);
          let real = R0;
          for (const o of ops) {
            real += 1_000;
            if (o.op === 'step') clock = step(clock, o.ms, real);
            else if (o.op === 'jump') clock = jumpTo(clock, START + o.ms, real);
            else if (o.op === 'play') clock = play(clock, real);
            else clock = pause(clock, real);
            const v = virtualNow(clock, real + 5_000);
            expect(v).toBeGreaterThanOrEqual(START);
            expect(v).toBeLessThanOrEqual(end);
          }
        },
      ),
    );
  });
});
