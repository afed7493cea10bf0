import { monthPeriod, periodKey, periodOfInstant, yearPeriod } from '../time/period';
import { projectTargetDate, type HistoryPoint } from './projection';

const target80by2025 = { comparator: '>=', value: 80, year: 2025 } as const;

/** Monthly history starting at 2024-01 with the given values. */
function monthly(values: readonly number[]): HistoryPoint[] {
  return values.map((value, i) => ({
    period: monthPeriod(2024 + Math.floor(i / 12), (i % 12) + 1),
    value,
  }));
}

describe('projected date of reaching a target (Theil–Sen)', () => {
  it('projects a steady climb to the month it crosses the target', () => {
    // +2 points a month from 50 % at the end of 2024-01: 80 % at the end of 2025-04.
    const history = monthly(Array.from({ length: 10 }, (_, i) => 50 + 2 * i));
    const p = projectTargetDate(history, target80by2025);
    expect(p.kind).toBe('projected');
    if (p.kind !== 'projected') return;
    expect(p.slopePerMonth).toBeCloseTo(2, 10);
    expect(periodKey(periodOfInstant(p.estimateMs - 1, 'month'))).toBe('2025-04');
    expect(p.byDeadline).toBe(true);
    // a perfect line has a zero-width interval
    expect(p.earliestMs).toBe(p.estimateMs);
    expect(p.latestMs).toBe(p.estimateMs);
  });

  it('is not pulled by an outlier (a data-entry error of 5 % in one month)', () => {
    const clean = Array.from({ length: 12 }, (_, i) => 50 + 2 * i);
    const withOutlier = [...clean];
    withOutlier[6] = 5;
    const a = projectTargetDate(monthly(clean), target80by2025);
    const b = projectTargetDate(monthly(withOutlier), target80by2025);
    if (a.kind !== 'projected' || b.kind !== 'projected') throw new Error('expected projections');
    const days = Math.abs(a.estimateMs - b.estimateMs) / 86_400_000;
    expect(days).toBeLessThan(5);
  });

  it('gives an interval that contains the estimate for noisy data', () => {
    const noise = [0.8, -1.1, 0.3, 1.4, -0.6, -1.3, 0.9, 0.2, -0.4, 1.0, -0.9, 0.5];
    const history = monthly(noise.map((n, i) => 40 + 1.5 * i + n));
    const p = projectTargetDate(history, { comparator: '>=', value: 80, year: 2026 });
    if (p.kind !== 'projected') throw new Error(p.kind);
    expect(p.slopeLower).toBeLessThanOrEqual(p.slopePerMonth);
    expect(p.slopeUpper).toBeGreaterThanOrEqual(p.slopePerMonth);
    expect(p.earliestMs).not.toBeNull();
    expect(p.latestMs).not.toBeNull();
    expect(p.earliestMs!).toBeLessThanOrEqual(p.estimateMs);
    expect(p.latestMs!).toBeGreaterThanOrEqual(p.estimateMs);
    expect(p.latestMs! - p.earliestMs!).toBeGreaterThan(0);
  });

  it('says "unreachable at current pace" when the crossing comes after the deadline', () => {
    // 2024 annual national figure 45.8 % and a slow climb of 0.5 point a month.
    const history = monthly(Array.from({ length: 12 }, (_, i) => 40 + 0.5 * i));
    const p = projectTargetDate(history, target80by2025);
    expect(p.kind === 'projected' && p.byDeadline).toBe(false);
  });

  it('says not improving when the trend points away from the target', () => {
    const p = projectTargetDate(monthly([60, 59, 58, 57, 56]), target80by2025);
    expect(p).toMatchObject({ kind: 'not-improving' });
    expect(projectTargetDate(monthly([60, 60, 60, 60]), target80by2025).kind).toBe('not-improving');
  });

  it('handles "lower is better" (a rank falling towards top 50)', () => {
    const ranks: HistoryPoint[] = [
      { period: yearPeriod(2014), value: 99 },
      { period: yearPeriod(2016), value: 89 },
      { period: yearPeriod(2018), value: 88 },
      { period: yearPeriod(2020), value: 86 },
    ];
    const p = projectTargetDate(ranks, { comparator: '<=', value: 50, year: 2030 });
    expect(p.kind).toBe('projected');
    if (p.kind === 'projected') {
      expect(p.slopePerMonth).toBeLessThan(0);
      expect(p.byDeadline).toBe(false);
      // with 4 points the slow bound of the interval allows no progress at all
      expect(p.latestMs).toBeNull();
    }
  });

  it('says already met, and insufficient data', () => {
    expect(projectTargetDate(monthly([70, 75, 81]), target80by2025).kind).toBe('already-met');
    expect(projectTargetDate(monthly([50, 60]), target80by2025)).toEqual({
      kind: 'insufficient-data',
      points: 2,
      required: 3,
    });
    expect(projectTargetDate([], target80by2025).kind).toBe('insufficient-data');
  });
});
