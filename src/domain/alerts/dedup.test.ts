import { alertKey, dedupeConditions } from './dedup';
import type { AlertCondition } from './types';
import { moreSevere } from './types';

function condition(partial: Partial<AlertCondition>): AlertCondition {
  return {
    key: alertKey('aqi.threshold', { stationId: 's1' }),
    ruleId: 'aqi.threshold',
    kind: 'threshold',
    severity: 'warning',
    subject: { stationId: 's1' },
    value: 160,
    threshold: 151,
    observedAtMs: 0,
    ...partial,
  };
}

describe('deduplication', () => {
  it('keys on rule and subject only', () => {
    expect(alertKey('sla.dossiers', { unitCode: '19', kpiId: 'dossiers.pending-overdue' })).toBe(
      'rule=sla.dossiers|unitCode=19|kpiId=dossiers.pending-overdue',
    );
  });

  it('escapes separators so that different subjects never share a key', () => {
    const a = alertKey('r', { unitCode: '1|kpiId=x' });
    const b = alertKey('r', { unitCode: '1', kpiId: 'x' });
    expect(a).not.toBe(b);
  });

  it('keeps the most severe, then the latest, per key', () => {
    const out = dedupeConditions([
      condition({ severity: 'warning', observedAtMs: 3 }),
      condition({ severity: 'critical', observedAtMs: 1 }),
      condition({ severity: 'critical', observedAtMs: 2, value: 210 }),
      condition({ key: 'other', observedAtMs: 5 }),
    ]);
    expect(out).toHaveLength(2);
    expect(out.find((c) => c.key !== 'other')).toMatchObject({
      severity: 'critical',
      observedAtMs: 2,
    });
  });

  it('orders severities', () => {
    expect(moreSevere('info', 'critical')).toBe('critical');
    expect(moreSevere('warning', 'info')).toBe('warning');
  });
});
