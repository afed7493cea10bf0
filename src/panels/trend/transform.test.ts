import { getKpi } from '../../catalog/kpis/registry';
import { getLegalSource } from '../../catalog/legal-sources';
import { renderSvg } from '../../charts/testing/render-svg';
import type { KpiDefinition } from '../../domain/kpi/definition';
import { createI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/locale';
import { palettes } from '../../ui/tokens';
import { monthlySeries, observation } from '../common/testing/observations';
import { toTrendView, trendChartOption, trendCsv, type TrendInput } from './transform';

const FULL_ONLINE = getKpi('dvc.full-online-services')!; // ≥ 80 % by 2025, ≥ 100 % by 2030 (749)
const END = { year: 2026, month: 10 };
const MARKUP = '<img src=x onerror=alert(1)>';

function ctx(lang: Language = 'vi') {
  return { lang, t: createI18n(lang).t, legalSource: getLegalSource };
}

function chartCtx(lang: Language = 'vi') {
  return { lang, t: createI18n(lang).t, palette: palettes.desk, animate: false };
}

/** 24 months rising one point a month, 40 → 63. */
const RISING = Array.from({ length: 24 }, (_, i) => 40 + i);

function input(overrides: Partial<TrendInput> = {}): TrendInput {
  return {
    kpi: FULL_ONLINE,
    unitCode: '92',
    unitName: 'Cần Thơ',
    observations: monthlySeries(FULL_ONLINE.id, '92', END, RISING),
    periods: 24,
    showTargets: true,
    showProjection: true,
    annotations: [],
    ...overrides,
  };
}

type Formatter = (params: unknown) => string;

describe('trend view', () => {
  test('the latest periods, oldest first, one value per period (a revision wins)', () => {
    const observations = [
      ...monthlySeries(FULL_ONLINE.id, '92', END, RISING),
      observation(FULL_ONLINE.id, '92', 2026, 10, 64.5, { source: 'revised' }),
      observation('other.kpi', '92', 2026, 11, 99),
    ];
    const view = toTrendView(input({ observations, periods: 12 }), ctx());
    expect(view.points).toHaveLength(12);
    expect(view.points[0]?.key).toBe('2025-11');
    expect(view.points.at(-1)).toMatchObject({ key: '2026-10', value: 64.5, valueText: '64,5%' });
    expect(view.source).toBe('revised');
    expect(view.latestText).toBe('64,5% (Tháng 10/2026)');
  });

  test('target lines from the catalogue, with the legal source', () => {
    const view = toTrendView(input(), ctx());
    expect(view.targets.map((l) => l.label)).toEqual([
      'Mục tiêu 2025: ≥ 80% (749/QĐ-TTg)',
      'Mục tiêu 2030: ≥ 100% (749/QĐ-TTg)',
    ]);
  });

  test('only targets for a province (or any level), and not those over before the window', () => {
    const kpi = getKpi('ops.work-files-online')!; // ministry/province/district/commune targets
    const view = toTrendView(
      input({ kpi, observations: monthlySeries(kpi.id, '92', END, RISING) }),
      ctx(),
    );
    expect(view.targets.map((l) => [l.year, l.value])).toEqual([
      [2025, 90],
      [2030, 100],
    ]);
    expect(view.targets[0]?.sources).toEqual(['749/QĐ-TTg', '942/QĐ-TTg']);
    const later = toTrendView(
      input({ kpi, observations: monthlySeries(kpi.id, '92', { year: 2027, month: 3 }, [50, 51]) }),
      ctx(),
    );
    expect(later.targets.map((l) => l.year)).toEqual([2030]);
  });

  test('no targets when switched off', () => {
    expect(toTrendView(input({ showTargets: false }), ctx()).targets).toEqual([]);
  });

  describe('projection to the next target year', () => {
    test('a rising series is projected to 2030 with its band, consistent with the domain date', () => {
      const view = toTrendView(input(), ctx());
      const projection = view.projection!;
      expect(projection.kind).toBe('projected');
      expect(projection.target.year).toBe(2030);
      // from 2026-11 to 2030-12
      expect(projection.future).toHaveLength(50);
      expect(projection.future[0]?.key).toBe('2026-11');
      expect(projection.future.at(-1)?.key).toBe('2030-12');
      for (const f of projection.future) {
        expect(f.lower).not.toBeNull();
        expect(f.lower!).toBeLessThanOrEqual(f.central + 1e-9);
        expect(f.upper!).toBeGreaterThanOrEqual(f.central - 1e-9);
        expect(f.upper!).toBeLessThanOrEqual(100); // clamped to the KPI's range
      }
      // One point a month from 63 at 2026-10: 100 is reached 37 months later, 2029-11.
      expect(projection.text).toBe(
        'Theo xu hướng hiện nay, dự kiến đạt 100% vào Tháng 11/2029 (khoảng Tháng 11/2029 – Tháng 11/2029). Kịp hạn 2030.',
      );
      const reached = projection.future.find((f) => f.central >= 100 - 1e-9);
      expect(reached?.key).toBe('2029-11');
    });

    test('noisy data: the band widens and the stated interval brackets the estimate', () => {
      const noisy = RISING.map((v, i) => v + (i % 3 === 0 ? 2.5 : i % 3 === 1 ? -2 : 0));
      const view = toTrendView(
        input({ observations: monthlySeries(FULL_ONLINE.id, '92', END, noisy) }),
        ctx(),
      );
      const p = view.projection!;
      expect(p.kind).toBe('projected');
      const last = p.future.at(-1)!;
      expect(last.upper! - last.lower!).toBeGreaterThanOrEqual(0);
      expect(p.future.some((f) => f.upper! - f.lower! > 1)).toBe(true);
      expect(p.text).toMatch(/dự kiến đạt 100% vào Tháng \d{2}\/20\d{2} \(khoảng Tháng/);
    });

    test.each([
      [
        'not improving',
        Array.from({ length: 12 }, (_, i) => 60 - i * 0.5),
        'not-improving',
        'Xu hướng chưa cải thiện: không đạt ≥ 100% (2030) nếu giữ nhịp độ hiện nay.',
      ],
      ['too short', [60, 61], 'insufficient-data', 'Chưa đủ số liệu để dự báo (cần ít nhất 3 kỳ).'],
    ])('%s', (_name, values, kind, text) => {
      const view = toTrendView(
        input({ observations: monthlySeries(FULL_ONLINE.id, '92', END, values) }),
        ctx(),
      );
      expect(view.projection).toMatchObject({ kind, text, future: [] });
    });

    test('already met', () => {
      const kpi = getKpi('dvc.procedures-cut')!; // ≥ 30 % by 2030
      const view = toTrendView(
        input({ kpi, observations: monthlySeries(kpi.id, '92', END, [31, 32, 35]) }),
        ctx(),
      );
      expect(view.projection).toMatchObject({
        kind: 'already-met',
        text: 'Đã đạt mục tiêu 2030 (≥ 30%).',
      });
    });

    test('no projection after the last target year, for neutral KPIs, or when switched off', () => {
      const share = getKpi('dvc.online-dossier-share')!; // 2025 only
      expect(
        toTrendView(
          input({ kpi: share, observations: monthlySeries(share.id, '92', END, RISING) }),
          ctx(),
        ).projection,
      ).toBeNull();
      const received = getKpi('dossiers.received')!;
      expect(
        toTrendView(
          input({ kpi: received, observations: monthlySeries(received.id, '92', END, RISING) }),
          ctx(),
        ).projection,
      ).toBeNull();
      expect(toTrendView(input({ showProjection: false }), ctx()).projection).toBeNull();
    });
  });

  test('a screen-reader summary of what the chart shows', () => {
    const view = toTrendView(input(), ctx());
    expect(view.summary).toMatch(
      /^Tỷ lệ dịch vụ công trực tuyến toàn trình .*, Cần Thơ: 24 kỳ, từ Tháng 11\/2024 đến Tháng 10\/2026; mới nhất 63,0% \(Tháng 10\/2026\)\. Mục tiêu 2025: ≥ 80% \(749\/QĐ-TTg\)\. Mục tiêu 2030: ≥ 100% \(749\/QĐ-TTg\)\. Theo xu hướng/,
    );
  });

  test('empty: no points, a dash, no projection', () => {
    const view = toTrendView(input({ observations: [] }), ctx());
    expect(view.points).toEqual([]);
    expect(view.projection).toBeNull();
    expect(view.latestText).toBe('—');
    expect(view.asOf).toBeNull();
  });

  test('English', () => {
    const view = toTrendView(input(), ctx('en'));
    expect(view.targets[1]?.label).toBe('Target 2030: ≥ 100% (749/QĐ-TTg)');
    expect(view.projection?.text).toBe(
      'At the current pace, 100% is reached in 11/2029 (range 11/2029 – 11/2029). In time for 2030.',
    );
  });
});

describe('trend chart option', () => {
  test('categories run from the first period to the end of the target year', () => {
    const view = toTrendView(input(), ctx());
    const option = trendChartOption(view, chartCtx());
    const xAxis = option.xAxis as { data: string[]; type: string };
    expect(xAxis.type).toBe('category');
    expect(xAxis.data).toHaveLength(24 + 50);
    expect(xAxis.data[0]).toBe('2024-11');
    expect(xAxis.data.at(-1)).toBe('2030-12');
  });

  test('series: observed values, projection, and the band as a stacked pair', () => {
    const view = toTrendView(input(), ctx());
    const option = trendChartOption(view, chartCtx());
    const series = option.series as { id: string; data: unknown[]; stack?: string }[];
    expect(series.map((s) => s.id)).toEqual(['value', 'projection', 'band-lower', 'band']);
    for (const s of series) expect(s.data).toHaveLength(74);
    const value = series[0]!;
    expect(value.data.slice(0, 2)).toEqual([40, 41]);
    expect(value.data.slice(24)).toEqual(Array.from({ length: 50 }, () => null));
    const projection = series[1]!;
    expect(projection.data.slice(0, 23)).toEqual(Array.from({ length: 23 }, () => null));
    expect(projection.data[23]).toBeCloseTo(63);
    expect(series[2]?.stack).toBe('band');
    expect(series[3]?.stack).toBe('band');
    expect(option.legend).toMatchObject({
      data: ['DVC trực tuyến toàn trình', 'Dự báo theo xu hướng', 'Khoảng dự báo (95%)'],
    });
  });

  test('target lines are labelled marks on the value series', () => {
    const view = toTrendView(input({ showProjection: false }), ctx());
    const option = trendChartOption(view, chartCtx());
    const [value] = option.series as {
      markLine: { data: { yAxis?: number; label: { formatter: string } }[] };
    }[];
    expect(value!.markLine.data.map((d) => [d.yAxis, d.label.formatter])).toEqual([
      [80, 'Mục tiêu 2025: ≥ 80% (749/QĐ-TTg)'],
      [100, 'Mục tiêu 2030: ≥ 100% (749/QĐ-TTg)'],
    ]);
    expect((option.series as unknown[]).length).toBe(1);
  });

  test('percent axis 0–100 in vi-VN; rank axes put 1 at the top', () => {
    const option = trendChartOption(toTrendView(input(), ctx()), chartCtx());
    const yAxis = option.yAxis as {
      min: number;
      max: number;
      axisLabel: { formatter: (v: number) => string };
    };
    expect([yAxis.min, yAxis.max]).toEqual([0, 100]);
    expect(yAxis.axisLabel.formatter(40)).toBe('40%');
    expect(yAxis.axisLabel.formatter(12.5)).toBe('12,5%');
    const rank = getKpi('rank.index766')!;
    const rankView = toTrendView(
      input({ kpi: rank, observations: monthlySeries(rank.id, '92', END, [20, 15, 12]) }),
      ctx(),
    );
    expect(trendChartOption(rankView, chartCtx()).yAxis).toMatchObject({
      inverse: true,
      scale: true,
    });
  });

  test('x-axis labels are short periods', () => {
    const option = trendChartOption(toTrendView(input(), ctx()), chartCtx());
    const { axisLabel } = option.xAxis as { axisLabel: { formatter: (k: string) => string } };
    expect(axisLabel.formatter('2025-08')).toBe('08/2025');
  });

  test('markers only where they mean something: provisional and isolated values', () => {
    const values = [50, null, 52, null, 54, 55];
    const option = trendChartOption(
      toTrendView(
        input({
          observations: monthlySeries(FULL_ONLINE.id, '92', END, values),
          showProjection: false,
        }),
        ctx(),
      ),
      chartCtx(),
    );
    const [value] = option.series as { data: unknown[]; symbol: string; showAllSymbol: boolean }[];
    expect(value).toMatchObject({ symbol: 'none', showAllSymbol: true });
    expect(value!.data).toEqual([
      { value: 50, symbol: 'circle', symbolSize: 8 }, // no neighbour: no line to show it
      null,
      { value: 52, symbol: 'circle', symbolSize: 8 },
      null,
      54,
      55,
    ]);
  });

  test('a provisional figure is drawn with a hollow marker (not colour alone)', () => {
    const observations = monthlySeries(FULL_ONLINE.id, '92', END, RISING).map((o, i) =>
      i === 23 ? { ...o, status: 'provisional' as const } : o,
    );
    const option = trendChartOption(toTrendView(input({ observations }), ctx()), chartCtx());
    const [value] = option.series as { data: unknown[] }[];
    expect(value!.data[23]).toEqual({ value: 63, symbol: 'emptyCircle', symbolSize: 12 });
    const format = (option.tooltip as { formatter: Formatter }).formatter;
    expect(format([{ dataIndex: 23 }])).toBe(
      'Tháng 10/2026\n● DVC trực tuyến toàn trình: 63,0% (tạm tính)\n╌ Mục tiêu 2030: ≥ 100%',
    );
  });

  test('the tooltip of a future period gives the projection and its range', () => {
    const option = trendChartOption(toTrendView(input(), ctx()), chartCtx());
    const format = (option.tooltip as { formatter: Formatter }).formatter;
    expect(format([{ dataIndex: 24 }])).toMatch(
      /^Tháng 11\/2026\n┄ Dự báo theo xu hướng: 64,0%\n░ Khoảng dự báo \(95%\): \d+,\d% – \d+,\d%\n╌ Mục tiêu 2030: ≥ 100%$/,
    );
    expect(option.tooltip).toMatchObject({ renderMode: 'richText' });
  });

  test('markup in names and notes stays literal: tooltip text, labels and the drawn SVG', () => {
    const kpi: KpiDefinition = { ...FULL_ONLINE, shortName: { vi: MARKUP, en: MARKUP } };
    const view = toTrendView(
      input({
        kpi,
        observations: monthlySeries(kpi.id, '92', END, RISING),
        annotations: [{ period: '2025-07', label: { vi: `Sáp nhập {b} ${MARKUP}`, en: 'x' } }],
      }),
      ctx(),
    );
    const option = trendChartOption(view, chartCtx());
    const format = (option.tooltip as { formatter: Formatter }).formatter;
    expect(format([{ dataIndex: 0 }])).toContain(`● ${MARKUP}: 40,0%`);
    const [value] = option.series as {
      name: string;
      markLine: { data: { label: { formatter: string } }[] };
    }[];
    expect(value!.name).toBe(MARKUP);
    const note = value!.markLine.data.at(-1)!.label.formatter;
    expect(note.replace(/\u200b/g, '')).toBe(`Sáp nhập {b} ${MARKUP}`);
    expect(note).not.toContain('{b}'); // the template placeholder is neutralised
    const svg = renderSvg(option);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toContain('<img');
  });

  test('annotations outside the drawn periods are dropped', () => {
    const view = toTrendView(
      input({ annotations: [{ period: '2019-01', label: { vi: 'cũ', en: 'old' } }] }),
      ctx(),
    );
    expect(view.annotations).toEqual([]);
  });

  test('draws with the real ECharts: target labels and axis text in the SVG (desk and wall)', () => {
    const view = toTrendView(input(), ctx());
    for (const theme of ['desk', 'wall'] as const) {
      const svg = renderSvg(trendChartOption(view, { ...chartCtx(), palette: palettes[theme] }), {
        theme,
      });
      expect(svg).toContain('Mục tiêu 2030: ≥ 100% (749/QĐ-TTg)');
      expect(svg).toContain('100%');
      expect(svg).toContain(palettes[theme].series[0]);
    }
  });

  test('animation follows the context (off on the wall and for reduced motion)', () => {
    const view = toTrendView(input(), ctx());
    expect(trendChartOption(view, chartCtx()).animation).toBe(false);
    expect(trendChartOption(view, { ...chartCtx(), animate: true }).animation).toBe(true);
  });
});

describe('trend CSV', () => {
  test('one row per period with machine values, oldest first', () => {
    const observations = monthlySeries(FULL_ONLINE.id, '92', END, [58.1, 59.4]).map((o, i) =>
      i === 1 ? { ...o, status: 'provisional' as const, numerator: 594, denominator: 1000 } : o,
    );
    const view = toTrendView(input({ observations }), ctx());
    const csv = trendCsv(view, createI18n('vi').t);
    expect(csv.header).toEqual([
      'Mã chỉ tiêu',
      'Mã đơn vị',
      'Đơn vị',
      'Mã kỳ',
      'Kỳ',
      'Giá trị',
      'Đơn vị tính',
      'Tử số',
      'Mẫu số',
      'Trạng thái số liệu',
      'Số liệu đến',
      'Nguồn',
    ]);
    expect(csv.rows).toEqual([
      [
        FULL_ONLINE.id,
        '92',
        'Cần Thơ',
        '2026-09',
        'Tháng 09/2026',
        58.1,
        '%',
        null,
        null,
        'Chính thức',
        '2026-09-28T10:00:00+07:00',
        'test',
      ],
      [
        FULL_ONLINE.id,
        '92',
        'Cần Thơ',
        '2026-10',
        'Tháng 10/2026',
        59.4,
        '%',
        594,
        1000,
        'Tạm tính',
        '2026-10-28T10:00:00+07:00',
        'test',
      ],
    ]);
  });
});

describe('glide path (optional)', () => {
  const kpi = getKpi('dvc.full-online-services')!; // ≥ 80 % by 2025, ≥ 100 % by 2030 (749)
  // Monthly from 2020-01: 749 was issued on 3/6/2020, so May 2020 (value 24) is the baseline.
  const history = monthlySeries(
    kpi.id,
    '92',
    { year: 2026, month: 10 },
    Array.from({ length: 82 }, (_, i) => 20 + i * 0.5),
  );

  test.each([
    ['2030 target: from May 2020 to the end of 2030', 2030, '2020-05', 22, 100, 50],
    ['2025 target: to the end of 2025, nothing beyond', 2025, '2020-05', 22, 80, 0],
  ])('%s', (_label, targetYear, fromKey, fromValue, toValue, futureCount) => {
    const view = toTrendView(
      input({ kpi, observations: history, periods: 240, glidePath: { targetYear } }),
      ctx(),
    );
    expect(view.glide).not.toBeNull();
    const values = view.glide!.values;
    expect(values[fromKey]).toBeCloseTo(fromValue, 9);
    const keys = Object.keys(values);
    expect(keys[0]).toBe(fromKey);
    expect(values[keys.at(-1)!]).toBeCloseTo(toValue, 9);
    expect(view.glide!.future.length).toBe(futureCount);
    expect(view.glide!.text).toContain('Lộ trình từ 22,0% (Tháng 05/2020)');
    const option = trendChartOption(view, chartCtx());
    const glide = (option.series as { id: string; data: unknown[] }[]).find(
      (s) => s.id === 'glide',
    );
    expect(glide?.data).toHaveLength((option.xAxis as { data: string[] }).data.length);
  });

  test('a national target (EGDI) brings its own target line; without the option, nothing', () => {
    const egdi = getKpi('rank.egdi')!;
    const ranks = [2014, 2016, 2018, 2020, 2022, 2024].map((y, i) => ({
      ...observation(egdi.id, 'VN', y, 12, [99, 89, 88, 86, 86, 71][i]!),
      period: { kind: 'year' as const, year: y },
    }));
    const view = toTrendView(
      input({
        kpi: egdi,
        unitCode: 'VN',
        observations: ranks,
        glidePath: { targetYear: 2030, level: 'national', sourceId: 'qd-942-ttg-2021' },
      }),
      ctx(),
    );
    expect(view.targets.map((l) => l.label)).toContain('Mục tiêu 2030: ≤ 30 (942/QĐ-TTg)');
    // 942 was issued in June 2021: the 2020 survey (86) is the baseline
    expect(view.glide?.values['2020']).toBe(86);
    expect(view.glide?.values['2030']).toBe(30);
    expect(toTrendView(input({ kpi: egdi, observations: ranks }), ctx()).glide).toBeNull();
  });
});
