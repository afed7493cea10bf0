import { monthPeriod, quarterPeriod, yearPeriod } from '../domain/time/period';
import { unitSetForPeriod } from './unit-set';

describe('unitSetForPeriod', () => {
  it.each([
    [monthPeriod(2025, 6), 'former'],
    [monthPeriod(2025, 7), 'current'],
    [quarterPeriod(2025, 2), 'former'],
    [quarterPeriod(2025, 3), 'current'],
    [yearPeriod(2024), 'former'],
    [yearPeriod(2025), 'current'],
    [monthPeriod(2019, 12), 'former'],
    [monthPeriod(2030, 1), 'current'],
  ] as const)('%o → %s', (period, set) => {
    expect(unitSetForPeriod(period)).toBe(set);
  });
});
