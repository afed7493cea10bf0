import { KPI_DEFINITIONS, getKpi } from '../../catalog/kpis/registry';
import { getLegalSource } from '../../catalog/legal-sources';
import type { KpiObservation } from '../../domain/kpi/observation';
import { yearPeriod } from '../../domain/time/period';
import { fromVnDateTime } from '../../domain/time/zone';
import { createI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/locale';
import { observation } from '../common/testing/observations';
import {
  NATIONAL_CODE,
  seriesOf,
  targetEntries,
  targetTableCsv,
  toTargetTableView,
  type TargetTableInput,
} from './transform';

const NOW = fromVnDateTime(2026, 11, 20, 9);

function ctx(lang: Language = 'vi') {
  return { lang, t: createI18n(lang).t, legalSource: getLegalSource };
}

/** A yearly series, as at 31 January of the next year (fresh for a yearly-by-31/1 contract). */
function yearly(kpiId: string, unitCode: string, values: Record<number, number>): KpiObservation[] {
  return Object.entries(values).map(([y, value]) => ({
    ...observation(kpiId, unitCode, Number(y), 12, value),
    period: yearPeriod(Number(y)),
    asOfMs: fromVnDateTime(Number(y) + 1, 1, 20),
    asOfText: `${Number(y) + 1}-01-20T10:00:00+07:00`,
  }));
}

function input(
  data: Record<string, KpiObservation[] | null>,
  pillar: TargetTableInput['pillar'] = null,
  kpiIds?: string[],
): TargetTableInput {
  const kpis = kpiIds ? kpiIds.map((id) => getKpi(id)!) : KPI_DEFINITIONS;
  return {
    entries: targetEntries(kpis, '92'),
    series: (kpiId, unitCode) => {
      const key = `${kpiId}|${unitCode}`;
      return key in data ? (data[key] ?? null) : [];
    },
    nowMs: NOW,
    pillar,
    unitName: 'Cần Thơ',
  };
}

describe('target entries', () => {
  test('any/province targets on the province, national ones on the country; others left out', () => {
    const entries = targetEntries(KPI_DEFINITIONS, '92');
    const egdi = entries.filter((e) => e.kpi.id === 'rank.egdi');
    expect(egdi).toHaveLength(4); // 749 and 942, 2025 and 2030: each keeps its own row
    expect(new Set(egdi.map((e) => e.unitCode))).toEqual(new Set([NATIONAL_CODE]));
    const workFiles = entries.filter((e) => e.kpi.id === 'ops.work-files-online');
    // province-level 90 % (2025) and 100 % (2030); district/commune/ministry left out
    expect(workFiles.map((e) => [e.target.year, e.target.value])).toEqual([
      [2025, 90],
      [2030, 100],
    ]);
    expect(new Set(entries.map((e) => e.pillar)).size).toBe(3);
    // no sensor KPI has a programme target
    expect(entries.some((e) => e.kpi.category === 'air-quality')).toBe(false);
  });

  test('one series per KPI and unit, however many targets it has', () => {
    const entries = targetEntries(
      [getKpi('rank.egdi')!, getKpi('dvc.full-online-services')!],
      '92',
    );
    expect(seriesOf(entries)).toEqual([
      { kpiId: 'rank.egdi', unitCode: 'VN' },
      { kpiId: 'dvc.full-online-services', unitCode: '92' },
    ]);
  });
});

describe('targets table rows', () => {
  const FIBRE = 'society.fibre-households';
  const data = {
    // 2025: > 80 % (749) achieved with 85; ≥ 90 % (slides) missed; 2030: 100 %, rising 5/yr
    [`${FIBRE}|92`]: yearly(FIBRE, '92', { 2021: 65, 2022: 70, 2023: 75, 2024: 80, 2025: 85 }),
    'rank.egdi|VN': yearly('rank.egdi', 'VN', { 2018: 88, 2020: 86, 2022: 86, 2024: 71 }),
  };

  test.each([
    // key fragment, status, text shown, current
    [`${FIBRE}|92|2025|any`, 'achieved', 'Đạt', '85,0%'],
    [`${FIBRE}|92|2025|province`, 'missed', 'Không đạt', '85,0%'],
    [`${FIBRE}|92|2030|any`, 'on-track', 'Đúng tiến độ', '85,0%'],
    // EGDI 2025: top 70 (749) achieved on the 2024 survey (71? no: 71 > 70 → missed)
    ['rank.egdi|VN|2025|national|<=|70', 'missed', 'Không đạt', '71'],
    ['rank.egdi|VN|2025|national|<=|50', 'missed', 'Không đạt', '71'],
  ])('%s → %s', (key, status, text, current) => {
    const view = toTargetTableView(input(data, null, [FIBRE, 'rank.egdi']), ctx());
    const row = view.rows.find((r) => r.key.startsWith(key));
    expect(row).toMatchObject({ status, statusText: text, currentText: current });
  });

  test('a 2030 target gets glide path, pace from now and a projected month', () => {
    const view = toTargetTableView(input(data, null, [FIBRE]), ctx());
    const row = view.rows.find((r) => r.year === 2030)!;
    // 749 was issued 3/6/2020, before the first figure: the glide starts at 2021's 65 %
    // and reaches 100 % at the end of 2030: at the end of 2025, 65 + 35·4/9 = 80.56
    expect(row.glideValue).toBeCloseTo(65 + (35 * 4) / 9, 9);
    expect(row.glideText).toBe('80,6% (vượt 4,44 điểm %)');
    expect(row.detail).toBe('Lộ trình từ 65,0% (Năm 2021) đến ≥ 100% cuối năm 2030');
    // 15 points in 49 1/3 months from 20/11/2026
    expect(row.paceMonth).toBeCloseTo(
      15 / (2030 * 12 + 12 - (2026 * 12 + 10 + 19.0 / 30 + 9 / 24 / 30)),
      3,
    );
    expect(row.paceText).toMatch(/^\+0,30 điểm %\/tháng · \+3,6\d? điểm %\/năm$/);
    // 5 points a year from 85 % at the end of 2025: 100 % at the end of 2028
    expect(row.projectedMonth).toBe('2028-12');
    expect(row.projectedText).toMatch(/^12\/2028 \(khoảng \d{2}\/\d{4}–\d{2}\/\d{4}\)$/);
    expect(row.sourceText).toBe('749/QĐ-TTg');
  });

  test('a figure from a report is labelled as such', () => {
    const view = toTargetTableView(input(data, null, [FIBRE]), ctx());
    expect(view.rows.find((r) => r.level === 'province')?.sourceText).toBe(
      'Tài liệu chuyển đổi số cấp tỉnh (tài liệu báo cáo, chưa rõ văn bản pháp lý)',
    );
  });

  test('the pillar filter keeps that pillar only', () => {
    const all = toTargetTableView(input({}), ctx());
    const economy = toTargetTableView(input({}, 'digital-economy'), ctx());
    expect(economy.rows.length).toBeGreaterThan(0);
    expect(economy.rows.length).toBeLessThan(all.rows.length);
    expect(new Set(economy.rows.map((r) => r.pillar))).toEqual(new Set(['digital-economy']));
    expect(economy.rows.map((r) => r.kpiId)).toContain('economy.digital-share-gdp');
  });

  test('no figures: 2025 cannot be judged, 2030 has no data; a failed series says so', () => {
    const view = toTargetTableView(
      input({ [`${FIBRE}|92`]: null }, null, [FIBRE, 'society.e-payment-accounts']),
      ctx(),
    );
    const fibre = view.rows.filter((r) => r.kpiId === FIBRE);
    expect(fibre.every((r) => r.failed && r.currentText === 'Không tải được')).toBe(true);
    expect(view.failedKpis).toBe(1);
    const epay = view.rows.filter((r) => r.kpiId === 'society.e-payment-accounts');
    expect(epay.map((r) => r.status)).toEqual(['closedNoData', 'no-data']);
    expect(view.counts).toEqual({ total: 5, achieved: 0, missed: 0, live: 2 });
  });

  test('English', () => {
    const view = toTargetTableView(input(data, null, [FIBRE]), ctx('en'));
    expect(view.rows.map((r) => r.statusText)).toEqual(['Achieved', 'Missed', 'On track']);
    expect(view.rows[0]?.currentText).toBe('85.0%');
    expect(view.rows[0]?.pillarText).toBe('Digital society');
  });

  test('CSV: machine numbers, one line per target', () => {
    const view = toTargetTableView(input(data, null, [FIBRE]), ctx());
    const csv = targetTableCsv(view, createI18n('vi').t);
    expect(csv.header).toHaveLength(csv.rows[0]!.length);
    expect(csv.rows.map((r) => r.slice(0, 7))).toEqual([
      [FIBRE, getKpi(FIBRE)!.name.vi, 'Xã hội số', 2025, 'any', '>', 80],
      [FIBRE, getKpi(FIBRE)!.name.vi, 'Xã hội số', 2025, 'province', '>=', 90],
      [FIBRE, getKpi(FIBRE)!.name.vi, 'Xã hội số', 2030, 'any', '>=', 100],
    ]);
    expect(csv.rows[2]?.[10]).toBe(85);
    expect(csv.rows[2]?.[15]).toBe('2028-12');
  });
});
