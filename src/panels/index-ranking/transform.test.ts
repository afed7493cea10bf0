import { getKpi } from '../../catalog/kpis/registry';
import type { IndexPeriod, IndexUnitScore } from '../../data/queries/index-scores';
import { parsePeriod } from '../../domain/time/period';
import { createI18n } from '../../i18n/i18n';
import { palettes } from '../../ui/tokens';
import { rankingChartOption, rankingCsv } from '../ranking-bar/transform';
import { formatIndexScore } from './format';
import { toIndexRankingView } from './transform';

const KPI = getKpi('index766.total')!;
const UNITS = [
  { code: '01', name: 'Hà Nội' },
  { code: '19', name: 'Thái Nguyên' },
  { code: '79', name: 'Hồ Chí Minh' },
  { code: '92', name: 'Cần Thơ' },
];

function unit(
  code: string,
  total: number | null,
  rank: number | null,
  maxTotal = 100,
): IndexUnitScore {
  return {
    unitCode: code,
    total,
    maxTotal,
    groups: [],
    rank,
    from: [code],
    missing: [],
    asOfMs: Date.parse('2025-09-10T08:00:00+07:00'),
    asOfText: '2025-09-10T08:00:00+07:00',
    source: 'Cổng DVC',
  };
}

function period(key: string, units: IndexUnitScore[]): IndexPeriod {
  const p = parsePeriod(key);
  if (!p.ok) throw new Error(key);
  return {
    index: 'index766',
    period: p.value,
    key,
    reportedOn: 'current',
    rankBasis: 'published',
    rankOf: 34,
    units,
  };
}

const ctx = { lang: 'vi' as const, t: createI18n('vi').t };

describe('index ranking view', () => {
  test.each([
    {
      name: 'ranks as given (published, ties shared), best first; units without a score last',
      units: [unit('01', 80, 2), unit('19', 86.97, 1), unit('79', 80, 2)],
      own: '79',
      rows: [
        ['19', 1, '86,97'],
        ['01', 2, '80,00'],
        ['79', 2, '80,00'],
        ['92', null, '—'],
      ],
      ownText: 'Hồ Chí Minh: hạng 2/34',
    },
    {
      name: 'own province without a score: said in words',
      units: [unit('19', 86.97, 1)],
      own: '92',
      rows: [
        ['19', 1, '86,97'],
        ['01', null, '—'],
        ['79', null, '—'],
        ['92', null, '—'],
      ],
      ownText: 'Cần Thơ: chưa có số liệu kỳ này',
    },
  ])('$name', ({ units, own, rows, ownText }) => {
    const view = toIndexRankingView(
      { kpi: KPI, period: period('2025-08', units), units: UNITS, ownCode: own },
      ctx,
    );
    expect(view.rows.map((r) => [r.code, r.rank, r.valueText])).toEqual(rows);
    expect(view.ownText).toBe(ownText);
    expect(view.bars.every((b) => b.rank !== null)).toBe(true);
    expect(view.periodText).toBe('Tháng 08/2025');
  });

  test('DTI on the 0–1 scale prints four decimals; the chart and CSV of the ranking bar work on it', () => {
    const dti = getKpi('dti.score')!;
    const view = toIndexRankingView(
      {
        kpi: dti,
        period: period('2020', [unit('01', 0.4874, 1, 1), unit('92', 0.3, 2, 1)]),
        units: UNITS,
        ownCode: '92',
      },
      ctx,
    );
    expect(view.rows[0]?.valueText).toBe('0,4874');
    expect(view.periodText).toBe('Năm 2020');
    const option = rankingChartOption(view, { ...ctx, palette: palettes.desk, animate: false });
    expect((option.yAxis as { data: string[] }).data).toEqual(['01', '92']);
    const csv = rankingCsv(view, ctx.t);
    expect(csv.rows[0]?.slice(0, 4)).toEqual([1, '01', 'Hà Nội', 0.4874]);
  });

  test.each([
    [86.974, 100, '86,97'],
    [612.5, 1000, '612,50'],
    [0.48736, 1, '0,4874'],
    [null, 100, '—'],
  ])('score %s of %s → %s', (value, max, text) => {
    expect(formatIndexScore(value, max, 'vi')).toBe(text);
  });
});
