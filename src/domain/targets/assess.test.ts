import { getKpi } from '../../catalog/kpis/registry';
import type { KpiObservation } from '../kpi/observation';
import { monthPeriod, yearPeriod, type Period } from '../time/period';
import { assessKpi } from './assess';

function obs(
  indicatorId: string,
  period: Period,
  value: number | null,
  target: number | null,
  asOf: string,
): KpiObservation {
  return {
    indicatorId,
    unitCode: '52',
    period,
    value,
    numerator: null,
    denominator: null,
    target,
    source: 'test',
    asOfMs: Date.parse(asOf),
    asOfText: asOf,
    method: null,
    status: 'final',
  };
}

describe('assessKpi', () => {
  it('Bình Định 10/2023 online payment 71.2 % vs its own 35 % target: met, on track', () => {
    const def = getKpi('dossiers.online-payment-share')!;
    const a = assessKpi(
      def,
      obs(def.id, monthPeriod(2023, 10), 71.2, 35, '2023-10-31T16:00:00+07:00'),
      'province',
      Date.parse('2023-10-31T18:00:00+07:00'),
    );
    expect(a).toMatchObject({
      status: 'on-track',
      target: { comparator: '>=', value: 35 },
      attainment: { verdict: 'met' },
      freshness: { state: 'fresh' },
    });
  });

  it('national online dossiers 2024: 45.8 % judged against the 2025 target of Decision 942', () => {
    const def = getKpi('dvc.online-dossier-share')!;
    const a = assessKpi(
      def,
      obs(def.id, yearPeriod(2024), 45.8, null, '2025-01-10T10:00:00+07:00'),
      'national',
      Date.parse('2025-01-10T12:00:00+07:00'),
    );
    expect(a.target?.catalogue?.sourceIds).toEqual(['qd-942-ttg-2021']);
    expect(a.attainment?.verdict).toBe('behind');
    expect(a.status).toBe('off-track'); // 45.8 vs ≥ 80: far beyond the 10 % band
  });

  it('a source target wins over the catalogue one; stale data is not judged; no observation is no data', () => {
    const def = getKpi('dvc.online-dossier-share')!;
    const nowMs = Date.parse('2025-01-10T12:00:00+07:00');
    const withOwn = assessKpi(
      def,
      obs(def.id, yearPeriod(2024), 45.8, 50, '2025-01-10T10:00:00+07:00'),
      'national',
      nowMs,
    );
    expect(withOwn.status).toBe('at-risk');
    expect(withOwn.catalogueTargets.map((t) => t.value)).toEqual([80]);
    const old = assessKpi(
      def,
      obs(def.id, yearPeriod(2024), 95, null, '2025-01-01T10:00:00+07:00'),
      'national',
      nowMs,
    );
    expect(old).toMatchObject({ status: 'stale', freshness: { state: 'stale' } });
    expect(assessKpi(def, null, 'province', nowMs)).toMatchObject({
      status: 'no-data',
      target: null,
      attainment: null,
    });
  });

  it('a neutral KPI gets no target', () => {
    const def = getKpi('dossiers.received')!;
    const a = assessKpi(
      def,
      obs(def.id, monthPeriod(2025, 8), 12500, 10000, '2025-08-31T16:00:00+07:00'),
      'province',
      Date.parse('2025-08-31T18:00:00+07:00'),
    );
    expect(a.status).toBe('no-target');
  });
});
