import { FLOOD_STATIONS } from '../../catalog/flood-stations';
import { assessFreshness } from '../freshness/freshness';
import {
  airQualityCondition,
  floodCondition,
  slaCondition,
  stalenessCondition,
  thresholdCondition,
} from './conditions';
import { DEFAULT_DOSSIER_SLA, evaluateSla } from './sla';
import { evaluateThreshold } from './threshold';

const T = Date.parse('2025-09-08T09:00:00+07:00');

describe('alert conditions', () => {
  it('threshold: raises with the level in force, nothing when clear', () => {
    const rule = { direction: 'above', warning: 151, critical: 201, clearMargin: 10 } as const;
    const subject = { stationId: 'nvc', kpiId: 'env.aqi' };
    expect(
      thresholdCondition('threshold.env.aqi', subject, evaluateThreshold(rule, 160, null), 160, T),
    ).toMatchObject({
      key: 'rule=threshold.env.aqi|kpiId=env.aqi|stationId=nvc',
      severity: 'warning',
      threshold: 151,
    });
    expect(thresholdCondition('r', subject, evaluateThreshold(rule, 100, null), 100, T)).toBeNull();
  });

  it('SLA: overdue dossiers of a province', () => {
    const c = slaCondition(
      'sla.dossiers-overdue',
      { unitCode: '19' },
      evaluateSla(35, 855, DEFAULT_DOSSIER_SLA),
      T,
    );
    expect(c).toMatchObject({ kind: 'sla', severity: 'warning', value: 35 });
    expect(
      slaCondition('r', { unitCode: '19' }, evaluateSla(0, 855, DEFAULT_DOSSIER_SLA), T),
    ).toBeNull();
  });

  it('staleness: tells the owning department how old the data is', () => {
    const contract = { kind: 'daily', before: '17:00' } as const;
    const stale = assessFreshness(contract, Date.parse('2025-09-05T16:00:00+07:00'), T);
    expect(stalenessCondition('one-stop-dossiers', 'ttphcc', stale, T)).toMatchObject({
      key: 'rule=staleness|sourceId=one-stop-dossiers|departmentId=ttphcc',
      severity: 'critical',
      value: 3 * 24 * 60 - 7 * 60,
    });
    const fresh = assessFreshness(contract, Date.parse('2025-09-08T08:00:00+07:00'), T);
    expect(stalenessCondition('one-stop-dossiers', 'ttphcc', fresh, T)).toBeNull();
    expect(stalenessCondition('s', 'd', assessFreshness(contract, null, T), T)).toMatchObject({
      severity: 'warning',
      value: null,
    });
  });

  it('flood: Red River at Long Biên above alarm level II', () => {
    const station = FLOOD_STATIONS.find((s) => s.id === 'ha-noi-long-bien')!;
    expect(floodCondition(station, 10.8, T)).toMatchObject({
      severity: 'warning',
      threshold: 10.5,
      subject: { unitCode: '01' },
    });
    expect(floodCondition(station, 8, T)).toBeNull();
  });

  it.each([
    [120, null],
    [151, 'warning'],
    [250, 'critical'],
    [420, 'critical'],
    [-3, null],
  ] as const)('air quality: AQI %d → %s', (aqi, severity) => {
    expect(airQualityCondition('nvc', '01', aqi, T)?.severity ?? null).toBe(severity);
  });
});
