import { monthPeriod } from '../time/period';
import { fromVnDateTime } from '../time/zone';
import { projectAtPace } from './what-if';
import { requiredMonthlyPace } from './pace';

const AUG_2025 = monthPeriod(2025, 8);
const AT_LEAST_80_BY_2030 = { comparator: '>=', value: 80, year: 2030 } as const;

describe('projectAtPace', () => {
  test.each([
    // 50 % in 8/2025 (read at 1/9/2025), +3 points a month: 10 months → 1/7/2026
    { value: 50, perMonth: 3, expected: fromVnDateTime(2026, 7, 1), months: 10, byDeadline: true },
    // +0.5 a month: 60 months → 1/9/2030, before the end of 2030
    {
      value: 50,
      perMonth: 0.5,
      expected: fromVnDateTime(2030, 9, 1),
      months: 60,
      byDeadline: true,
    },
    // +0.25 a month: 120 months → 1/9/2035, too late
    {
      value: 50,
      perMonth: 0.25,
      expected: fromVnDateTime(2035, 9, 1),
      months: 120,
      byDeadline: false,
    },
  ])('$value % at +$perMonth/month', ({ value, perMonth, expected, months, byDeadline }) => {
    const p = projectAtPace({ period: AUG_2025, value }, perMonth, AT_LEAST_80_BY_2030);
    expect(p.kind).toBe('projected');
    if (p.kind !== 'projected') return;
    expect(p.estimateMs).toBe(expected);
    expect(p.monthsNeeded).toBeCloseTo(months, 9);
    expect(p.byDeadline).toBe(byDeadline);
    expect(p.deadlineMs).toBe(fromVnDateTime(2031, 1, 1));
  });

  test('a met target, a flat or a wrong-way pace', () => {
    expect(projectAtPace({ period: AUG_2025, value: 81 }, 3, AT_LEAST_80_BY_2030).kind).toBe(
      'already-met',
    );
    expect(projectAtPace({ period: AUG_2025, value: 50 }, 0, AT_LEAST_80_BY_2030).kind).toBe(
      'never',
    );
    expect(projectAtPace({ period: AUG_2025, value: 50 }, -1, AT_LEAST_80_BY_2030).kind).toBe(
      'never',
    );
  });

  test('lower-is-better targets progress with a falling value', () => {
    const p = projectAtPace({ period: AUG_2025, value: 10 }, -1, {
      comparator: '<=',
      value: 4,
      year: 2030,
    });
    expect(p.kind === 'projected' && p.monthsNeeded).toBe(6);
  });

  test('at exactly the required pace the target is reached at the deadline', () => {
    const pace = requiredMonthlyPace(50, AUG_2025, AT_LEAST_80_BY_2030);
    expect(pace.kind).toBe('required');
    if (pace.kind !== 'required') return;
    const p = projectAtPace({ period: AUG_2025, value: 50 }, pace.perMonth, AT_LEAST_80_BY_2030);
    expect(p.kind === 'projected' && p.estimateMs).toBe(fromVnDateTime(2031, 1, 1));
  });
});
