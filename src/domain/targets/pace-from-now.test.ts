import fc from 'fast-check';
import { fromVnDateTime } from '../time/zone';
import { requiredPaceFromNow } from './pace-from-now';

const NOV_2026 = fromVnDateTime(2026, 11, 1); // 49 months before the end of 2030

describe('required pace from now', () => {
  it.each([
    // value, comparator, target, year, now, expected per month
    ['fully online services 62 % → 100 % by 2030', 62, '>=', 100, 2030, NOV_2026, 38 / 50],
    ['e-payment accounts 60 % → > 80 % by 2030', 60, '>', 80, 2030, NOV_2026, 20 / 50],
    ['EGDI rank 71 → top 30 by 2030 (must fall)', 71, '<=', 30, 2030, NOV_2026, -41 / 50],
    [
      'from the 1st of December 2030: one month left',
      90,
      '>=',
      100,
      2030,
      fromVnDateTime(2030, 12, 1),
      10,
    ],
  ] as const)('%s', (_label, value, comparator, target, year, now, perMonth) => {
    const pace = requiredPaceFromNow(value, { comparator, value: target, year }, now);
    expect(pace.kind).toBe('required');
    if (pace.kind !== 'required') return;
    expect(pace.perMonth).toBeCloseTo(perMonth, 9);
    expect(pace.perYear).toBeCloseTo(perMonth * 12, 9);
    expect(pace.remaining).toBeCloseTo(target - value, 9);
  });

  it('counts from today, not from the end of the value period', () => {
    const pace = requiredPaceFromNow(50, { comparator: '>=', value: 100, year: 2030 }, NOV_2026);
    expect(pace.kind === 'required' && pace.monthsLeft).toBeCloseTo(50, 9);
  });

  it.each([
    ['already met', 100, NOV_2026, { kind: 'already-met' }],
    ['deadline passed', 70, fromVnDateTime(2031, 1, 1), { kind: 'deadline-passed', shortfall: 30 }],
  ])('%s', (_label, value, now, expected) => {
    expect(requiredPaceFromNow(value, { comparator: '>=', value: 100, year: 2030 }, now)).toEqual(
      expected,
    );
  });

  it('property: keeping the pace lands exactly on the target at the deadline', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 99, noNaN: true }),
        fc.integer({ min: 2026, max: 2040 }),
        fc.integer({ min: 0, max: 11 }),
        (value, year, monthOffset) => {
          const now = fromVnDateTime(2026, 1 + monthOffset, 1);
          const pace = requiredPaceFromNow(value, { comparator: '>=', value: 100, year }, now);
          if (pace.kind !== 'required') return;
          expect(pace.perMonth).toBeGreaterThan(0);
          expect(value + pace.perMonth * pace.monthsLeft).toBeCloseTo(100, 6);
        },
      ),
    );
  });
});
