import { renderSvg } from '../../charts/testing/render-svg';
import type { IndexHistory, IndexPeriod, IndexUnitScore } from '../../data/queries/index-scores';
import { parsePeriod } from '../../domain/time/period';
import { createI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/locale';
import { palettes } from '../../ui/tokens';
import {
  rankOverTimeChartOption,
  rankOverTimeCsv,
  toRankOverTimeView,
  type RankOverTimeInput,
} from './transform';

const NAMES: Record<string, string> = { '01': 'Hà Nội', '79': 'Hồ Chí Minh', '92': 'Cần Thơ' };
const MARKUP = '<img src=x onerror=alert(1)>';

function unit(code: string, total: number | null, rank: number | null): IndexUnitScore {
  return {
    unitCode: code,
    total,
    maxTotal: 100,
    groups: [],
    rank,
    from: code === '92' ? ['92', '93', '94'] : [code],
    missing: [],
    asOfMs: Date.parse('2025-08-10T08:00:00+07:00'),
    asOfText: '2025-08-10T08:00:00+07:00',
    source: 'test',
  };
}

function period(
  key: string,
  units: IndexUnitScore[],
  reportedOn: 'former' | 'current' = 'current',
): IndexPeriod {
  const p = parsePeriod(key);
  if (!p.ok) throw new Error(key);
  return {
    index: 'index766',
    period: p.value,
    key,
    reportedOn,
    rankBasis: reportedOn === 'former' ? 'recomputed' : 'published',
    rankOf: 34,
    units,
  };
}

const HISTORY: IndexHistory = {
  index: 'index766',
  unknownCodes: [],
  periods: [
    period('2025-05', [unit('92', 70, 12), unit('01', 80, 3)], 'former'),
    period('2025-06', [unit('92', 72, 10), unit('01', 81, 2)], 'former'),
    period('2025-07', [unit('92', 75, 7), unit('01', 82, 1), unit('79', 78, 4)]),
    period('2025-08', [unit('92', 76, 5), unit('01', null, null), unit('79', 79, 3)]),
  ],
};

function ctx(lang: Language = 'vi') {
  return { lang, t: createI18n(lang).t };
}
function input(extra: Partial<RankOverTimeInput> = {}): RankOverTimeInput {
  return {
    history: HISTORY,
    ownCode: '92',
    peers: ['01', '79'],
    periods: null,
    unitName: (c) => NAMES[c] ?? c,
    ...extra,
  };
}

describe('rank over time view', () => {
  test.each([
    {
      name: 'own province first, peers in the chosen order, one point per period',
      input: input(),
      lines: [
        ['92', 'own', [12, 10, 7, 5]],
        ['01', 'peer', [3, 2, 1, null]],
        ['79', 'peer', [null, null, 4, 3]],
      ],
    },
    {
      name: 'unknown, repeated and own codes among the peers are dropped',
      input: input({ peers: ['79', '92', '79', '99'] }),
      lines: [
        ['92', 'own', [12, 10, 7, 5]],
        ['79', 'peer', [null, null, 4, 3]],
      ],
    },
    {
      name: 'the latest N periods only',
      input: input({ peers: [], periods: 2 }),
      lines: [['92', 'own', [7, 5]]],
    },
  ])('$name', ({ input: given, lines }) => {
    const view = toRankOverTimeView(given, ctx());
    expect(view.lines.map((l) => [l.code, l.role, l.points.map((p) => p.rank)])).toEqual(lines);
  });

  test('pre-reform periods are marked aggregated, with their stretch for the chart', () => {
    const view = toRankOverTimeView(input(), ctx());
    expect(view.periods.map((p) => [p.key, p.basis])).toEqual([
      ['2025-05', 'aggregated'],
      ['2025-06', 'aggregated'],
      ['2025-07', 'published'],
      ['2025-08', 'published'],
    ]);
    expect(view.preReform).toEqual({ from: '2025-05', to: '2025-06' });
    expect(toRankOverTimeView(input({ periods: 2 }), ctx()).preReform).toBeNull();
  });

  test('latest rank in words, and "no rank" when the last period has none', () => {
    const view = toRankOverTimeView(input(), ctx());
    expect(view.lines.map((l) => l.latestText)).toEqual([
      'Cần Thơ: hạng 5/34 (Tháng 08/2025)',
      'Hà Nội: không có thứ hạng kỳ Tháng 08/2025',
      'Hồ Chí Minh: hạng 3/34 (Tháng 08/2025)',
    ]);
    expect(view.summary).toContain('hạng 1 ở trên cùng');
    const en = toRankOverTimeView(input(), ctx('en'));
    expect(en.lines[0]?.latestText).toBe('Cần Thơ: rank 5 of 34 (08/2025)');
  });

  test('an empty history gives no periods and no crash', () => {
    const view = toRankOverTimeView(
      input({ history: { index: 'dti', periods: [], unknownCodes: [] } }),
      ctx(),
    );
    expect(view.periods).toEqual([]);
    expect(view.lines[0]?.latestText).toBe('Cần Thơ: không có thứ hạng kỳ —');
  });
});

describe('rank over time chart', () => {
  const chartCtx = { ...ctx(), palette: palettes.desk, animate: false };

  test('rank 1 at the top: inverted axis from 1 to 34; own line thicker and named ▶', () => {
    const option = rankOverTimeChartOption(toRankOverTimeView(input(), ctx()), chartCtx);
    expect(option.yAxis).toMatchObject({ inverse: true, min: 1, max: 34, minInterval: 1 });
    const series = option.series as {
      name: string;
      lineStyle: { width: number; type: string };
      symbol: string;
    }[];
    expect(series.map((s) => s.name)).toEqual(['▶ Cần Thơ', 'Hà Nội', 'Hồ Chí Minh']);
    expect(series[0]?.lineStyle.width).toBeGreaterThan(series[1]?.lineStyle.width ?? 0);
    // Shapes and dashes differ per line: colour is not the only signal.
    expect(new Set(series.map((s) => `${s.symbol}|${s.lineStyle.type}`)).size).toBe(3);
  });

  test('the pre-reform stretch is a labelled area; the tooltip marks it and gives rank and score', () => {
    const option = rankOverTimeChartOption(toRankOverTimeView(input(), ctx()), chartCtx);
    const [own] = option.series as { markArea?: { data: unknown } }[];
    expect(own?.markArea?.data).toEqual([[{ xAxis: '2025-05' }, { xAxis: '2025-06' }]]);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 0 }])).toBe(
      [
        'Tháng 05/2025 (gộp)',
        '● Cần Thơ: 12/34 · 70,00',
        '■ Hà Nội: 3/34 · 80,00',
        '▲ Hồ Chí Minh: Không xếp hạng',
      ].join('\n'),
    );
  });

  test('names from data are text, never markup; draws with the real ECharts', () => {
    const view = toRankOverTimeView(
      input({ unitName: (c) => (c === '01' ? MARKUP : (NAMES[c] ?? c)) }),
      ctx(),
    );
    const svg = renderSvg(rankOverTimeChartOption(view, chartCtx), { height: 300 });
    expect(svg).toContain('Cần Thơ');
    expect(svg).not.toContain('<img');
  });
});

describe('rank over time CSV', () => {
  test('long format: one row per period and province, basis and former units in words', () => {
    const csv = rankOverTimeCsv(
      toRankOverTimeView(input({ peers: ['01'] }), ctx()),
      createI18n('vi').t,
    );
    expect(csv.header.slice(0, 6)).toEqual([
      'Mã kỳ',
      'Kỳ',
      'Mã đơn vị',
      'Đơn vị',
      'Hạng',
      'Trên số đơn vị',
    ]);
    expect(csv.rows).toHaveLength(8);
    expect(csv.rows[0]).toEqual([
      '2025-05',
      'Tháng 05/2025',
      '92',
      'Cần Thơ',
      12,
      34,
      70,
      100,
      'Gộp từ tỉnh cũ, xếp lại trên 34',
      '92 93 94',
      '',
      'index766',
    ]);
    expect(csv.rows[7]).toEqual([
      '2025-08',
      'Tháng 08/2025',
      '01',
      'Hà Nội',
      null,
      34,
      null,
      100,
      'Thứ hạng công bố',
      null,
      null,
      'index766',
    ]);
  });
});
