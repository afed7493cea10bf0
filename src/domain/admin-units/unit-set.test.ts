import { monthPeriod, quarterPeriod, yearPeriod } from '../time/period';
import { unitSetAt, unitSetForPeriod, vnDateStartMs } from './unit-set';

describe('which unit set applies', () => {
  it.each([
    ['2025-06', monthPeriod(2025, 6), 'former', false],
    ['2025-07', monthPeriod(2025, 7), 'current', false],
    ['2025-Q2', quarterPeriod(2025, 2), 'former', false],
    ['2025-Q3', quarterPeriod(2025, 3), 'current', false],
    ['2024', yearPeriod(2024), 'former', false],
    ['2025 (straddles the reform)', yearPeriod(2025), 'current', true],
    ['2026', yearPeriod(2026), 'current', false],
  ] as const)('%s → %s', (_label, period, set, straddles) => {
    expect(unitSetForPeriod(period)).toEqual({ set, straddlesReform: straddles });
  });

  it('switches at midnight of 1 July 2025 in Vietnam (17:00 UTC on 30 June)', () => {
    expect(unitSetAt(Date.parse('2025-06-30T16:59:59.999Z'))).toBe('former');
    expect(unitSetAt(Date.parse('2025-06-30T17:00:00.000Z'))).toBe('current');
  });

  it('reads calendar dates strictly', () => {
    expect(vnDateStartMs('2025-07-01')).toBe(Date.parse('2025-07-01T00:00:00+07:00'));
    expect(vnDateStartMs('2025-02-30')).toBeNull();
    expect(vnDateStartMs('1/7/2025')).toBeNull();
  });

  it('falls back to the legal reform date when given a malformed one', () => {
    expect(unitSetForPeriod(monthPeriod(2025, 6), 'not a date').set).toBe('former');
  });
});
