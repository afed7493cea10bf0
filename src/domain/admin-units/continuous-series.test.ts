import type { KpiObservation } from '../kpi/observation';
import { monthPeriod, periodKey } from '../time/period';
import { continuousSeries } from './continuous-series';

function obs(
  unitCode: string,
  year: number,
  month: number,
  numerator: number,
  denominator: number,
): KpiObservation {
  const asOfText = `${year}-${String(month).padStart(2, '0')}-28T10:00:00+07:00`;
  return {
    indicatorId: 'dvc.online-dossier-share',
    unitCode,
    period: monthPeriod(year, month),
    value: (numerator / denominator) * 100,
    numerator,
    denominator,
    target: null,
    source: 'test',
    asOfMs: Date.parse(asOfText),
    asOfText,
    method: null,
    status: 'final',
  };
}

describe('continuousSeries (Tuyên Quang 08 = former Hà Giang 02 + Tuyên Quang 08)', () => {
  const input = [
    obs('02', 2025, 6, 100, 1000), // Hà Giang, June 2025: 10 %
    obs('08', 2025, 6, 900, 3000), // old Tuyên Quang, June 2025: 30 %
    obs('08', 2025, 7, 1300, 4000), // new Tuyên Quang, July 2025
    obs('02', 2025, 7, 999, 1000), // a stray former-unit row after the reform: ignored
  ];

  test('before the reform: numerators and denominators summed, never percentages averaged', () => {
    const series = continuousSeries(input, '08', ['02', '08'], 'ratio', 100);
    expect(
      series.map((o) => [o.unitCode, periodKey(o.period), o.numerator, o.denominator, o.value]),
    ).toEqual([
      ['08', '2025-06', 1000, 4000, 25], // not (10 + 30) / 2 = 20
      ['08', '2025-07', 1300, 4000, 32.5],
    ]);
    expect(series[0]?.method).toBe('ratio of former units 02 + 08');
  });

  test('a missing member makes the aggregate provisional and says so', () => {
    const series = continuousSeries(
      [obs('08', 2025, 5, 900, 3000)],
      '08',
      ['02', '08'],
      'ratio',
      100,
    );
    expect(series[0]?.status).toBe('provisional');
    expect(series[0]?.method).toContain('missing 02');
  });

  test('an unchanged unit keeps its own history as is', () => {
    const hanoi = [obs('01', 2025, 6, 1, 10), obs('01', 2025, 7, 2, 10)];
    expect(continuousSeries(hanoi, '01', ['01'], 'none', 1)).toEqual(hanoi);
  });

  test('a KPI that does not aggregate has no history for a merged unit', () => {
    expect(
      continuousSeries(input, '08', ['02', '08'], 'none', 1).map((o) => periodKey(o.period)),
    ).toEqual(['2025-07']);
  });
});
