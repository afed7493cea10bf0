import { DEFAULT_DOSSIER_SLA, DEFAULT_FEEDBACK_SLA, evaluateSla } from './sla';

describe('SLA alerts', () => {
  it.each([
    // overdue, pending, severity
    [0, 820, null],
    [1, 820, 'warning'],
    [35, 855, 'warning'],
    [50, 5000, 'critical'], // count
    [10, 80, 'critical'], // share 12.5 %
    [0, 0, null],
    [-3, 10, null],
  ] as const)('dossiers: %d overdue of %d pending → %s', (overdue, pending, severity) => {
    expect(evaluateSla(overdue, pending, DEFAULT_DOSSIER_SLA).severity).toBe(severity);
  });

  it('reports the overdue share', () => {
    expect(evaluateSla(35, 855, DEFAULT_DOSSIER_SLA).overdueShare).toBeCloseTo(35 / 855, 10);
    expect(evaluateSla(3, 0, DEFAULT_DOSSIER_SLA).overdueShare).toBeNull();
  });

  it('feedback overdue: critical from 20 items', () => {
    expect(evaluateSla(19, 1000, DEFAULT_FEEDBACK_SLA).severity).toBe('warning');
    expect(evaluateSla(20, 1000, DEFAULT_FEEDBACK_SLA).severity).toBe('critical');
  });

  it('honours a rule with a higher warning count', () => {
    expect(evaluateSla(2, 100, { warningCount: 3 }).severity).toBeNull();
  });
});
