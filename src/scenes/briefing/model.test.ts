import { getKpi } from '../../catalog/kpis/registry';
import { getLegalSource } from '../../catalog/legal-sources';
import { createI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/locale';
import { observation } from '../../panels/common/testing/observations';
import { toBriefingModel } from './model';

const dossiers = getKpi('dvc.online-dossier-share')!;
const ctx = (lang: Language) => ({ lang, t: createI18n(lang).t, legalSource: getLegalSource });
const obs = [
  observation(dossiers.id, '92', 2024, 9, 40, { source: 'Một cửa điện tử' }),
  observation(dossiers.id, '92', 2025, 8, 50, { source: 'Một cửa điện tử' }),
  observation(dossiers.id, '92', 2025, 9, 53.5, { source: 'Một cửa điện tử' }),
];
// 10:30 on 30/09/2025 in Viet Nam; the tests run in New York time on purpose.
const NOW = Date.parse('2025-09-30T10:30:00+07:00');

describe('briefing model', () => {
  test('title block: unit, period, comparison and the generation time in Viet Nam time', () => {
    const model = toBriefingModel(
      {
        unitName: 'Thành phố Cần Thơ',
        period: '2025-09',
        compare: 'yoy',
        nowMs: NOW,
        scorecard: [],
        keyKpis: [],
      },
      ctx('vi'),
    );
    expect(model).toMatchObject({
      unitName: 'Thành phố Cần Thơ',
      periodText: 'Tháng 09/2025',
      compareText: 'Với cùng kỳ năm trước',
      generatedAtText: '30/09/2025 10:30 (UTC+7)',
      summary: { total: 0, good: 0, bad: 0 },
    });
  });

  test.each([
    // compare, change shown
    ['prev', '+3,5 điểm %'],
    ['yoy', '+13,5 điểm %'],
    [undefined, '+3,5 điểm %'],
  ] as const)('key indicators: value, period, change (%s), source and as-of', (compare, change) => {
    const model = toBriefingModel(
      {
        unitName: 'X',
        compare,
        nowMs: NOW,
        scorecard: [],
        keyKpis: [{ kpi: dossiers, observations: obs }],
      },
      ctx('vi'),
    );
    expect(model.keyKpis).toEqual([
      {
        kpiId: dossiers.id,
        name: 'Tỷ lệ hồ sơ TTHC được xử lý hoàn toàn trực tuyến',
        valueText: '53,5%',
        periodText: 'Tháng 09/2025',
        changeText: change,
        statusText: 'Chậm tiến độ',
        tone: 'bad',
        source: 'Một cửa điện tử',
        asOfText: '28/09/2025 10:00',
      },
    ]);
    expect(model.periodText).toBe('Kỳ mới nhất có số liệu');
  });

  test('a chosen month shows that month and the scorecard at that month', () => {
    const model = toBriefingModel(
      {
        unitName: 'X',
        period: '2025-08',
        nowMs: NOW,
        scorecard: [{ kpi: dossiers, observations: obs }],
        keyKpis: [{ kpi: dossiers, observations: obs }],
      },
      ctx('en'),
    );
    expect(model.keyKpis[0]).toMatchObject({
      valueText: '50.0%',
      periodText: '08/2025',
      changeText: '—',
    });
    expect(model.scorecard.map((r) => [r.kpiId, r.year, r.valueText])).toEqual([
      [dossiers.id, 2025, '50.0%'],
    ]);
    expect(model.summary).toEqual({ total: 1, good: 0, bad: 1 });
  });
});
