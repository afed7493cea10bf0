import { monthPeriod, quarterPeriod, yearPeriod } from '../time/period';
import { requiredMonthlyPace } from './pace';

describe('required monthly pace', () => {
  it('national online dossiers: from 45.8 % at the end of 2024 to ≥ 80 % by end 2025', () => {
    const pace = requiredMonthlyPace(45.8, yearPeriod(2024), {
      comparator: '>=',
      value: 80,
      year: 2025,
    });
    expect(pace).toMatchObject({ kind: 'required', monthsLeft: 12 });
    if (pace.kind === 'required') {
      expect(pace.remaining).toBeCloseTo(34.2, 10);
      expect(pace.perMonth).toBeCloseTo(2.85, 10);
    }
  });

  it.each([
    ['2025-08 has 4 months left', monthPeriod(2025, 8), 4],
    ['2025-Q3 has 3 months left', quarterPeriod(2025, 3), 3],
    ['2025-11 has 1 month left', monthPeriod(2025, 11), 1],
  ])('%s', (_label, period, months) => {
    const pace = requiredMonthlyPace(50, period, { comparator: '>=', value: 80, year: 2025 });
    expect(pace.kind === 'required' && pace.monthsLeft).toBe(months);
  });

  it('is negative for a "lower is better" target', () => {
    const pace = requiredMonthlyPace(86, yearPeriod(2024), {
      comparator: '<=',
      value: 50,
      year: 2030,
    });
    expect(pace.kind === 'required' && pace.perMonth).toBeCloseTo(-36 / 72, 10);
  });

  it('says already met, and deadline passed', () => {
    expect(
      requiredMonthlyPace(71.2, monthPeriod(2023, 10), { comparator: '>=', value: 35, year: 2023 }),
    ).toEqual({
      kind: 'already-met',
    });
    expect(
      requiredMonthlyPace(62.4, yearPeriod(2025), { comparator: '>=', value: 80, year: 2025 }),
    ).toEqual({
      kind: 'deadline-passed',
      shortfall: expect.closeTo(17.6, 10) as number,
    });
  });
});
