import { delta, periodOnPeriod, yearOnYear, type PeriodValue } from './compare';
import { monthPeriod, quarterPeriod } from './period';

describe('delta', () => {
  it.each([
    // current, previous, absolute, relative
    [50.2, 45.8, 4.4, 4.4 / 45.8],
    [45.8, 50.2, -4.4, -4.4 / 50.2],
    [10, 0, 10, null],
    [-5, -10, 5, 0.5],
  ])('%d vs %d', (current, previous, absolute, relative) => {
    const d = delta(current, previous);
    expect(d?.absolute).toBeCloseTo(absolute, 10);
    if (relative === null) expect(d?.relative).toBeNull();
    else expect(d?.relative).toBeCloseTo(relative, 10);
  });

  it('is null when a side is missing or not finite', () => {
    expect(delta(null, 1)).toBeNull();
    expect(delta(1, null)).toBeNull();
    expect(delta(Number.NaN, 1)).toBeNull();
  });
});

describe('month-on-month and year-on-year', () => {
  const series: PeriodValue[] = [
    { period: monthPeriod(2024, 8), value: 40 },
    { period: monthPeriod(2025, 7), value: 60 },
    { period: monthPeriod(2025, 8), value: 66.47 },
    { period: monthPeriod(2025, 1), value: 55 },
    { period: monthPeriod(2024, 12), value: 50 },
  ];

  it.each([
    ['2025-08 vs 2025-07', monthPeriod(2025, 8), 6.47],
    ['2025-01 vs 2024-12 (across the year)', monthPeriod(2025, 1), 5],
  ])('period on period: %s', (_label, period, absolute) => {
    expect(periodOnPeriod(series, period)?.absolute).toBeCloseTo(absolute, 10);
  });

  it('year on year compares with the same month last year', () => {
    expect(yearOnYear(series, monthPeriod(2025, 8))?.absolute).toBeCloseTo(26.47, 10);
  });

  it('is null when the comparison period is missing', () => {
    expect(yearOnYear(series, monthPeriod(2025, 7))).toBeNull();
    expect(periodOnPeriod(series, quarterPeriod(2025, 3))).toBeNull();
  });

  it('uses the later entry when a period repeats (a corrected row)', () => {
    const corrected = [...series, { period: monthPeriod(2025, 7), value: 61 }];
    expect(periodOnPeriod(corrected, monthPeriod(2025, 8))?.previous).toBe(61);
  });
});
