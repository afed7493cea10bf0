import { getKpi } from '../../catalog/kpis/registry';
import { createI18n } from '../../i18n/i18n';
import { observation } from '../common/testing/observations';
import { historyCsv, toHistoryRows } from './transform';

const KPI = getKpi('dvc.online-dossier-share')!;

describe('history table rows', () => {
  const observations = [
    observation(KPI.id, '92', 2026, 10, 58.1, {
      numerator: 5810,
      denominator: 10000,
      status: 'provisional',
    }),
    observation(KPI.id, '92', 2026, 9, 57.4, { numerator: 5740, denominator: 10000 }),
    observation('other', '92', 2026, 9, 1),
  ];

  test('one row per period, oldest first, formatted in vi-VN', () => {
    const rows = toHistoryRows(KPI, observations, 'vi');
    expect(
      rows.map((r) => [r.key, r.periodText, r.valueText, r.numeratorText, r.asOfDisplay]),
    ).toEqual([
      ['2026-09', 'Tháng 09/2026', '57,4%', '5.740', '28/09/2026 10:00'],
      ['2026-10', 'Tháng 10/2026', '58,1%', '5.810', '28/10/2026 10:00'],
    ]);
    expect(rows[1]?.provisional).toBe(true);
  });

  test('English', () => {
    expect(toHistoryRows(KPI, observations, 'en')[0]).toMatchObject({
      periodText: '09/2026',
      valueText: '57.4%',
      numeratorText: '5,740',
    });
  });

  test('CSV with machine values', () => {
    const rows = toHistoryRows(KPI, observations, 'vi');
    const csv = historyCsv(KPI, '92', 'Cần Thơ', rows, createI18n('vi').t);
    expect(csv.rows[1]).toEqual([
      KPI.id,
      '92',
      'Cần Thơ',
      '2026-10',
      'Tháng 10/2026',
      58.1,
      '%',
      5810,
      10000,
      'Tạm tính',
      '2026-10-28T10:00:00+07:00',
      'test',
    ]);
  });
});
