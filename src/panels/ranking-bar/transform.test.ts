import { getKpi } from '../../catalog/kpis/registry';
import { getLegalSource } from '../../catalog/legal-sources';
import { renderSvg } from '../../charts/testing/render-svg';
import type { KpiDefinition } from '../../domain/kpi/definition';
import { createI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/locale';
import { palettes } from '../../ui/tokens';
import { monthlySeries, observation } from '../common/testing/observations';
import {
  rankingChartOption,
  rankingCsv,
  rankingPeriod,
  toRankingView,
  type RankingItem,
} from './transform';

const KPI = getKpi('dvc.full-online-services')!; // higher is better; ≥ 100 % by 2030
const END = { year: 2026, month: 10 };
const MARKUP = '<img src=x onerror=alert(1)>';

function ctx(lang: Language = 'vi') {
  return { lang, t: createI18n(lang).t, legalSource: getLegalSource };
}
function chartCtx() {
  return { lang: 'vi' as const, t: createI18n('vi').t, palette: palettes.desk, animate: false };
}

/** Units with one latest value each (and an older one that must not count). */
function items(values: Record<string, number | null>, kpi: KpiDefinition = KPI): RankingItem[] {
  return Object.entries(values).map(([name, value], i) => {
    const code = String(i + 1).padStart(2, '0');
    return { code, name, observations: monthlySeries(kpi.id, code, END, [99, value]) };
  });
}

type Formatter = (params: unknown) => string;

describe('ranking view', () => {
  test('competition ranking: ties share the rank and the next rank skips (1, 2, 2, 4)', () => {
    const view = toRankingView(
      { kpi: KPI, items: items({ A: 70, B: 80, C: 70, D: 90, E: 60 }), ownCode: '03', limit: null },
      ctx(),
    );
    expect(view.rows.map((r) => [r.name, r.rank, r.valueText])).toEqual([
      ['D', 1, '90,0%'],
      ['B', 2, '80,0%'],
      ['A', 3, '70,0%'],
      ['C', 3, '70,0%'],
      ['E', 5, '60,0%'],
    ]);
    expect(view.own).toMatchObject({ name: 'C', rank: 3, own: true });
    expect(view.ownText).toBe('C: hạng 3/5');
    expect(view.periodText).toBe('Tháng 10/2026');
  });

  test('lower is better: the smallest value ranks first', () => {
    const kpi = getKpi('feedback.overdue')!;
    const view = toRankingView(
      { kpi, items: items({ A: 5, B: 1, C: 3 }, kpi), ownCode: '01', limit: null },
      ctx(),
    );
    expect(view.rows.map((r) => r.name)).toEqual(['B', 'C', 'A']);
  });

  test('units with no figure, or whose source failed, are listed last and not ranked', () => {
    const list = items({ A: 70, B: null, C: 80 });
    list.push({ code: '04', name: 'D', observations: null });
    const view = toRankingView({ kpi: KPI, items: list, ownCode: '02', limit: null }, ctx());
    expect(view.rows.map((r) => [r.name, r.rankText])).toEqual([
      ['C', '1'],
      ['A', '2'],
      ['B', 'Không xếp hạng'],
      ['D', 'Không xếp hạng'],
    ]);
    expect(view.rankedCount).toBe(2);
    expect(view.failedCount).toBe(1);
    expect(view.ownText).toBe('B: chưa có số liệu kỳ này');
    expect(view.bars.map((r) => r.name)).toEqual(['C', 'A']); // no bar without a value
  });

  test('limit: the best N bars plus the own unit, the rest counted', () => {
    const values = Object.fromEntries(
      Array.from({ length: 34 }, (_, i) => [`Tỉnh ${i + 1}`, 100 - i]),
    );
    const view = toRankingView({ kpi: KPI, items: items(values), ownCode: '30', limit: 10 }, ctx());
    expect(view.bars).toHaveLength(11);
    expect(view.bars.at(-1)).toMatchObject({ name: 'Tỉnh 30', rank: 30, own: true });
    expect(view.hiddenCount).toBe(23);
    expect(view.rows).toHaveLength(34);
  });

  test('the period ranked is the latest one at least half of the units report', () => {
    const list: RankingItem[] = ['01', '02', '03', '04'].map((code) => ({
      code,
      name: code,
      observations: [observation(KPI.id, code, 2026, 9, 50)],
    }));
    // one early reporter for October must not make October the ranked period
    list[0]!.observations = [...list[0]!.observations!, observation(KPI.id, '01', 2026, 10, 60)];
    expect(rankingPeriod(list, KPI.id)).toEqual({ kind: 'month', year: 2026, month: 9 });
    list[1]!.observations = [...list[1]!.observations!, observation(KPI.id, '02', 2026, 10, 60)];
    expect(rankingPeriod(list, KPI.id)).toEqual({ kind: 'month', year: 2026, month: 10 });
    expect(rankingPeriod([], KPI.id)).toBeNull();
  });

  test('the target applying to the period, with its source; summary for screen readers', () => {
    const view = toRankingView(
      { kpi: KPI, items: items({ A: 70, B: 80 }), ownCode: '01', limit: null },
      ctx(),
    );
    expect(view.target).toEqual({
      value: 100,
      text: '≥ 100%',
      label: 'Mục tiêu 2030: ≥ 100% (749/QĐ-TTg)',
    });
    expect(view.summary).toBe(
      `${KPI.name.vi}: xếp hạng 2 đơn vị, Tháng 10/2026. A: hạng 2/2. Mục tiêu 2030: ≥ 100% (749/QĐ-TTg).`,
    );
  });

  test('English', () => {
    const view = toRankingView(
      { kpi: KPI, items: items({ A: 70, B: 80 }), ownCode: '01', limit: null },
      ctx('en'),
    );
    expect(view.ownText).toBe('A: rank 2 of 2');
    expect(view.rows[0]?.valueText).toBe('80.0%');
  });
});

describe('ranking chart option', () => {
  const view = toRankingView(
    { kpi: KPI, items: items({ A: 70, B: 80, C: 70, D: 90 }), ownCode: '03', limit: null },
    ctx(),
  );
  const option = rankingChartOption(view, chartCtx());

  test('horizontal bars, best at the top, in ranked order', () => {
    expect(option.yAxis).toMatchObject({
      type: 'category',
      inverse: true,
      data: ['04', '02', '01', '03'],
    });
    expect(option.xAxis).toMatchObject({ type: 'value', min: 0, max: 100 });
    const [series] = option.series as { data: { value: number }[] }[];
    expect(series!.data.map((d) => d.value)).toEqual([90, 80, 70, 70]);
  });

  test('the own unit is marked three ways: marker and bold on the axis, striped bar, colour', () => {
    const { axisLabel } = option.yAxis as { axisLabel: { formatter: (c: string) => string } };
    expect(axisLabel.formatter('03')).toBe('{own|▶ 3. C}');
    expect(axisLabel.formatter('01')).toBe('3. A');
    const [series] = option.series as {
      data: { itemStyle: { decal?: unknown; color: string } }[];
    }[];
    const own = series!.data[3]!;
    expect(own.itemStyle.decal).toBeDefined();
    expect(own.itemStyle.color).not.toBe(series!.data[0]!.itemStyle.color);
    expect(series!.data[0]!.itemStyle.decal).toBeUndefined();
  });

  test('each bar carries its vi-VN value as a label, and the target is a labelled line', () => {
    const [series] = option.series as {
      data: { label: { formatter: string } }[];
      markLine: { data: { xAxis: number; label: { formatter: string } }[] };
    }[];
    expect(series!.data.map((d) => d.label.formatter)).toEqual([
      '90,0%',
      '80,0%',
      '70,0%',
      '70,0%',
    ]);
    expect(series!.markLine.data[0]).toMatchObject({
      xAxis: 100,
      label: { formatter: 'Mục tiêu 2030: ≥ 100% (749/QĐ-TTg)' },
    });
  });

  test('text-only tooltip per bar', () => {
    const format = (option.tooltip as { formatter: Formatter }).formatter;
    expect(format({ dataIndex: 3 })).toBe(
      '▶ C (đơn vị của bạn)\n# Hạng: 3\n● DVC trực tuyến toàn trình: 70,0%\n◷ Kỳ: Tháng 10/2026',
    );
    expect(option.tooltip).toMatchObject({ renderMode: 'richText' });
  });

  test('markup and rich-text syntax in unit names stay literal, in the option and the SVG', () => {
    const hostile = toRankingView(
      { kpi: KPI, items: items({ [MARKUP]: 70, '{own|x}': 60 }), ownCode: '01', limit: null },
      ctx(),
    );
    const o = rankingChartOption(hostile, chartCtx());
    const { axisLabel } = o.yAxis as { axisLabel: { formatter: (c: string) => string } };
    expect(axisLabel.formatter('01')).toBe(`{own|▶ 1. ${MARKUP}}`);
    expect(axisLabel.formatter('02')).not.toMatch(/\{own\|x\}/);
    const svg = renderSvg(o, { height: 200 });
    expect(svg).toContain('1. &lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toContain('<img');
  });

  test('draws with the real ECharts (desk and wall)', () => {
    for (const theme of ['desk', 'wall'] as const) {
      const svg = renderSvg(rankingChartOption(view, { ...chartCtx(), palette: palettes[theme] }), {
        theme,
        height: 240,
      });
      expect(svg).toContain('▶ 3. C');
      expect(svg).toContain('90,0%');
    }
  });
});

describe('ranking CSV', () => {
  test('every unit with rank, code, value and period; unranked with an empty rank', () => {
    const list = items({ 'Cần Thơ': 70, 'Hà Nội': null });
    const view = toRankingView({ kpi: KPI, items: list, ownCode: '01', limit: null }, ctx());
    const csv = rankingCsv(view, createI18n('vi').t);
    expect(csv.header.slice(0, 4)).toEqual(['Hạng', 'Mã đơn vị', 'Đơn vị', 'Giá trị']);
    expect(csv.rows).toEqual([
      [
        1,
        '01',
        'Cần Thơ',
        70,
        '%',
        '2026-10',
        'Tháng 10/2026',
        KPI.id,
        '2026-10-28T10:00:00+07:00',
        'test',
      ],
      // the source reported the period without a value: its as-of and name are kept
      [
        null,
        '02',
        'Hà Nội',
        null,
        '%',
        '2026-10',
        'Tháng 10/2026',
        KPI.id,
        '2026-10-28T10:00:00+07:00',
        'test',
      ],
    ]);
  });
});

describe('ranking with a reference (a province among its departments or communes)', () => {
  test.each([
    ['drawn and said in words', 62.5, 'Cần Thơ (toàn tỉnh): 62,5%'],
    ['no provincial figure: no line', null, null],
  ])('%s', (_label, value, text) => {
    const view = toRankingView(
      {
        kpi: KPI,
        items: items({ 'Sở Tư pháp': 70, 'Sở Y tế': 55 }),
        ownCode: '',
        limit: null,
        reference: { name: 'Cần Thơ', value },
      },
      ctx(),
    );
    expect(view.reference?.text ?? null).toBe(text);
    expect(view.own).toBeNull();
    const option = rankingChartOption(view, chartCtx());
    const marks = (option.series as { markLine?: { data: { name: string; xAxis: number }[] } }[])[0]
      ?.markLine?.data;
    const line = marks?.find((m) => m.name === text);
    if (value === null) expect(line).toBeUndefined();
    else expect(line?.xAxis).toBe(value);
    if (text) expect(view.summary).toContain(text);
  });

  test('without a reference the view has none (provinces, as before)', () => {
    const view = toRankingView(
      { kpi: KPI, items: items({ A: 1 }), ownCode: '01', limit: null },
      ctx(),
    );
    expect(view.reference).toBeUndefined();
  });
});
