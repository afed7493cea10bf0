import { monthPeriod, yearPeriod } from '../time/period';
import { fromVnDateTime } from '../time/zone';
import { targetProgress, type ProgressInput } from './progress';

const NOW = fromVnDateTime(2026, 11, 20, 9);
const T2025 = { comparator: '>=' as const, value: 80, year: 2025 };
const T2030 = { comparator: '>=' as const, value: 100, year: 2030 };

function yearly(values: Record<number, number>) {
  return Object.entries(values).map(([y, value]) => ({ period: yearPeriod(Number(y)), value }));
}
function monthly(from: { year: number; month: number }, values: number[]) {
  return values.map((value, i) => {
    const index = from.year * 12 + from.month - 1 + i;
    return { period: monthPeriod(Math.floor(index / 12), (index % 12) + 1), value };
  });
}

describe('a target whose year is over: achieved or missed', () => {
  it.each([
    ['achieved on the 2025 figure', yearly({ 2024: 70, 2025: 81, 2026: 60 }), 'achieved', 81],
    [
      'missed on the 2025 figure, a later rise does not count',
      yearly({ 2024: 70, 2025: 79, 2026: 95 }),
      'missed',
      79,
    ],
    [
      'judged on the last month of 2025',
      monthly({ year: 2025, month: 10 }, [79, 80, 78, 99]),
      'missed',
      78,
    ],
    [
      'a survey every two years: the last one before the deadline',
      yearly({ 2022: 86, 2024: 71 }),
      'missed',
      71,
    ],
    ['nothing reported by then', yearly({ 2026: 90 }), 'no-data', null],
  ])('%s', (_label, history, verdict, judged) => {
    const p = targetProgress({ history, target: T2025, nowMs: NOW, planStartMonth: null });
    expect(p).toMatchObject({ phase: 'closed', verdict });
    if (p.phase === 'closed') expect(p.judged?.value ?? null).toBe(judged);
  });

  it('is still live on the last day of the target year', () => {
    const p = targetProgress({
      history: yearly({ 2024: 70 }),
      target: T2025,
      nowMs: fromVnDateTime(2025, 12, 31, 23),
      planStartMonth: null,
    });
    expect(p.phase).toBe('live');
  });
});

describe('a live target: status from the value and the projection', () => {
  const base: Omit<ProgressInput, 'history'> = {
    target: T2030,
    nowMs: NOW,
    planStartMonth: 2020 * 12 + 5,
  };
  it.each([
    ['already met', yearly({ 2024: 90, 2025: 100 }), 'met'],
    ['rising fast enough', yearly({ 2022: 40, 2023: 50, 2024: 60, 2025: 70 }), 'on-track'],
    ['rising, too slowly', yearly({ 2022: 40, 2023: 41, 2024: 42, 2025: 43 }), 'at-risk'],
    ['falling', yearly({ 2022: 60, 2023: 55, 2024: 50, 2025: 45 }), 'off-track'],
    ['two points only', yearly({ 2024: 40, 2025: 50 }), 'insufficient-data'],
    ['nothing at all', [], 'no-data'],
  ])('%s', (_label, history, status) => {
    expect(targetProgress({ ...base, history })).toMatchObject({ phase: 'live', status });
  });

  it('a stale source is shown but not judged', () => {
    const history = yearly({ 2022: 40, 2023: 50, 2024: 60, 2025: 70 });
    expect(targetProgress({ ...base, history, freshness: 'stale' })).toMatchObject({
      status: 'stale',
    });
  });

  it('reports the glide path from the plan start, the gap to it and the pace from now', () => {
    const history = yearly({ 2020: 25.8, 2021: 30, 2022: 40, 2023: 50, 2024: 55, 2025: 60 });
    const p = targetProgress({ ...base, history });
    if (p.phase !== 'live') throw new Error('expected live');
    // Plan starts mid-2020 with no earlier value: the first value (2020) is the baseline.
    expect(p.glide).toEqual({
      fromMonth: 2020 * 12 + 12,
      fromValue: 25.8,
      toMonth: 2030 * 12 + 12,
      toValue: 100,
    });
    // end of 2025: the line is half way, 62.9; 60 is 2.9 behind
    expect(p.glideGap).toBeCloseTo(-2.9, 9);
    expect(p.pace).toMatchObject({ kind: 'required' });
    if (p.pace?.kind === 'required') expect(p.pace.remaining).toBeCloseTo(40, 9);
    expect(p.latest?.value).toBe(60);
  });
});
