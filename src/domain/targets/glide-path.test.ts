import fc from 'fast-check';
import { monthIndexToEpochMs, monthPeriod, yearPeriod } from '../time/period';
import { fromVnDateTime } from '../time/zone';
import {
  baselineAt,
  glideGap,
  glidePath,
  glideValueAt,
  monthIndexOfDate,
  monthIndexOfEpochMs,
  type GlidePath,
} from './glide-path';

const M = (year: number, month: number) => year * 12 + month; // end of that month

// Fully online services: 25.8 % at the end of 2020 (ICT Index) → ≥ 100 % by the end of 2030.
const SERVICES: GlidePath = {
  fromMonth: M(2020, 12),
  fromValue: 25.8,
  toMonth: M(2030, 12),
  toValue: 100,
};

describe('glide path', () => {
  it.each([
    ['at the baseline', M(2020, 12), 25.8],
    ['half way (end of 2025)', M(2025, 12), 62.9],
    ['at the deadline', M(2030, 12), 100],
    ['before the plan starts: the baseline', M(2019, 1), 25.8],
    ['after the deadline: the target, no more', M(2032, 6), 100],
    ['one year in', M(2021, 12), 33.22],
  ])('value %s', (_label, month, expected) => {
    expect(glideValueAt(SERVICES, month)).toBeCloseTo(expected, 6);
  });

  it.each([
    [
      'a monthly baseline',
      monthPeriod(2020, 5),
      2030,
      { fromMonth: M(2020, 5), toMonth: M(2030, 12) },
    ],
    ['a yearly baseline', yearPeriod(2020), 2025, { fromMonth: M(2020, 12), toMonth: M(2025, 12) }],
  ])('is built from %s', (_label, period, year, expected) => {
    expect(glidePath({ period, value: 10 }, { comparator: '>=', value: 80, year })).toMatchObject({
      ...expected,
      fromValue: 10,
      toValue: 80,
    });
  });

  it('is null when the baseline is not before the deadline', () => {
    expect(
      glidePath(
        { period: yearPeriod(2025), value: 10 },
        { comparator: '>=', value: 80, year: 2025 },
      ),
    ).toBeNull();
    expect(
      glidePath(
        { period: yearPeriod(2026), value: 10 },
        { comparator: '>=', value: 80, year: 2025 },
      ),
    ).toBeNull();
  });

  it.each([
    ['ahead of the plan (higher is better)', 70, '>=', 7.1],
    ['behind the plan (higher is better)', 55, '>=', -7.9],
    // EGDI rank: lower is better, a smaller rank than the line is ahead
    ['ahead of the plan (lower is better)', 55, '<=', 7.9],
  ] as const)('gap %s', (_label, value, comparator, expected) => {
    const path = comparator === '<=' ? { ...SERVICES } : SERVICES;
    expect(
      glideGap(path, { period: yearPeriod(2025), value }, { comparator, value: 100 }),
    ).toBeCloseTo(expected, 6);
  });

  it('property: the line runs monotonically between its ends and stays between them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2015 * 12, max: 2029 * 12 }),
        fc.integer({ min: 1, max: 180 }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: -24, max: 240, noNaN: true }),
        fc.double({ min: -24, max: 240, noNaN: true }),
        (fromMonth, span, fromValue, toValue, a, b) => {
          const path = { fromMonth, fromValue, toMonth: fromMonth + span, toValue };
          const [lo, hi] = [Math.min(fromValue, toValue), Math.max(fromValue, toValue)];
          const va = glideValueAt(path, fromMonth + a);
          const vb = glideValueAt(path, fromMonth + b);
          expect(va).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(va).toBeLessThanOrEqual(hi + 1e-9);
          // monotone in the direction of the line
          if (a <= b)
            expect(Math.sign(toValue - fromValue) * (vb - va)).toBeGreaterThanOrEqual(-1e-9);
        },
      ),
    );
  });
});

describe('baseline', () => {
  const monthly = [
    { period: monthPeriod(2020, 1), value: 3 },
    { period: monthPeriod(2020, 5), value: 5 },
    { period: monthPeriod(2020, 6), value: 6 },
    { period: monthPeriod(2021, 1), value: 9 },
  ];
  it.each([
    // Decision 749 was issued on 3 June 2020: May is the last month known then.
    ['the latest value known at the start', monthIndexOfDate('2020-06-03')!, 5],
    ['the first value when history starts later', M(2019, 6), 3],
    ['the last value when the plan starts after the history', M(2030, 1), 9],
  ])('%s', (_label, start, expected) => {
    expect(baselineAt(monthly, start)?.value).toBe(expected);
  });
  it('is null without history, and skips non-finite values', () => {
    expect(baselineAt([], M(2020, 1))).toBeNull();
    expect(baselineAt([{ period: yearPeriod(2020), value: Number.NaN }], M(2021, 1))).toBeNull();
  });
});

describe('month index of an instant', () => {
  it.each([
    ['00:00 on 1 September 2025 (Vietnam)', fromVnDateTime(2025, 9, 1), M(2025, 8)],
    ['00:00 on 1 January 2026', fromVnDateTime(2026, 1, 1), M(2025, 12)],
    ['noon on 16 June 2021 (half of June)', fromVnDateTime(2021, 6, 16, 0), M(2021, 5) + 0.5],
  ])('%s', (_label, ms, expected) => {
    expect(monthIndexOfEpochMs(ms)).toBeCloseTo(expected, 9);
  });
  it('reads a date in Vietnamese time, and refuses malformed dates', () => {
    expect(monthIndexOfDate('2021-06-15')).toBeCloseTo(M(2021, 5) + 14 / 30, 9);
    expect(monthIndexOfDate('2021-13-01')).toBeNull();
    expect(monthIndexOfDate('15/06/2021')).toBeNull();
  });
  it('property: inverse of monthIndexToEpochMs', () => {
    fc.assert(
      fc.property(fc.double({ min: 2000 * 12, max: 2100 * 12, noNaN: true }), (x) => {
        expect(monthIndexOfEpochMs(monthIndexToEpochMs(x))).toBeCloseTo(x, 6);
      }),
    );
  });
});
