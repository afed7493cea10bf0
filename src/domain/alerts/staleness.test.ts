import { stalenessSeverity } from './staleness';

describe('staleness alerts', () => {
  it.each([
    ['fresh', null],
    ['late', 'warning'],
    ['stale', 'critical'],
    ['no-data', 'warning'],
  ] as const)('%s → %s', (state, severity) => {
    expect(stalenessSeverity(state)).toBe(severity);
  });

  it('is configurable', () => {
    expect(stalenessSeverity('no-data', { late: null, stale: 'warning', noData: 'critical' })).toBe(
      'critical',
    );
    expect(
      stalenessSeverity('late', { late: null, stale: 'warning', noData: 'critical' }),
    ).toBeNull();
  });
});
