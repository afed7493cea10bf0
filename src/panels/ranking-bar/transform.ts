import type { TFunction } from 'i18next';
import { chartText, textTooltip, type BarSeries, type ChartOption } from '../../charts';
import type { KpiDefinition } from '../../domain/kpi/definition';
import type { LegalSource } from '../../domain/kpi/legal-source';
import type { KpiObservation } from '../../domain/kpi/observation';
import { competitionRank } from '../../domain/scoring/rank';
import { applicableTargets, strictestTarget } from '../../domain/targets/select';
import { comparePeriods, periodKey, type Period } from '../../domain/time/period';
import { formatPeriod } from '../../i18n/format';
import type { Language } from '../../i18n/locale';
import type { Palette } from '../../ui/tokens';
import type { CsvTable } from '../common/csv';
import { formatKpiValue, formatTarget, unitOfMeasure } from '../common/kpi-format';

export interface RankingContext {
  lang: Language;
  t: TFunction;
  legalSource: (id: string) => LegalSource | undefined;
}

/** One unit to rank; observations null when its figures could not be loaded. */
export interface RankingItem {
  code: string;
  name: string;
  observations: readonly KpiObservation[] | null;
}

export interface RankingInput {
  kpi: KpiDefinition;
  items: readonly RankingItem[];
  ownCode: string;
  /** bars drawn: the best `limit` plus the own unit; null = all */
  limit: number | null;
  /**
   * A figure to compare every unit with, drawn as a labelled line (the province's own value
   * when its departments or communes are ranked). Absent: none.
   */
  reference?: { name: string; value: number | null };
}

export interface RankedRow {
  code: string;
  name: string;
  value: number | null;
  valueText: string;
  rank: number | null;
  rankText: string;
  own: boolean;
  asOfText: string | null;
  source: string | null;
}

export interface RankingView {
  title: string;
  kpi: KpiDefinition;
  period: Period | null;
  periodText: string | null;
  /** every unit: ranked ones by rank, then the unranked */
  rows: RankedRow[];
  /** the bars drawn, best first (own unit appended when beyond the limit) */
  bars: RankedRow[];
  /** ranked units not drawn */
  hiddenCount: number;
  rankedCount: number;
  failedCount: number;
  own: RankedRow | null;
  /** "Cần Thơ: hạng 12/34" */
  ownText: string | null;
  target: { value: number; text: string; label: string } | null;
  summary: string;
  asOf: string | null;
  source: string | null;
  /** the reference line, with its words ("Cần Thơ (toàn tỉnh): 58,1%") */
  reference?: { value: number; text: string } | null;
}

/**
 * The period to rank: the latest one for which at least half of the loaded units report.
 * A source that lags for most units must not produce a ranking of the three that reported.
 */
export function rankingPeriod(items: readonly RankingItem[], indicatorId: string): Period | null {
  const counts = new Map<string, { period: Period; units: Set<string> }>();
  let loaded = 0;
  for (const item of items) {
    if (item.observations === null) continue;
    loaded += 1;
    for (const o of item.observations) {
      if (o.indicatorId !== indicatorId || o.value === null) continue;
      const key = periodKey(o.period);
      const entry = counts.get(key) ?? { period: o.period, units: new Set<string>() };
      entry.units.add(item.code);
      counts.set(key, entry);
    }
  }
  const periods = [...counts.values()].sort((a, b) => comparePeriods(b.period, a.period));
  const quorum = Math.ceil(loaded / 2);
  return (periods.find((p) => p.units.size >= quorum) ?? periods[0])?.period ?? null;
}

/** Pure: one KPI for many units → the ranking panel's view (competition ranking 1, 2, 2, 4). */
export function toRankingView(input: RankingInput, ctx: RankingContext): RankingView {
  const { kpi, items, ownCode } = input;
  const { lang, t } = ctx;
  const period = rankingPeriod(items, kpi.id);
  const key = period ? periodKey(period) : null;
  const measured = items.map((item) => {
    const observation =
      key === null
        ? undefined
        : item.observations?.findLast(
            (o) => o.indicatorId === kpi.id && periodKey(o.period) === key,
          );
    return { item, observation, value: observation?.value ?? null };
  });
  const ranked = competitionRank(
    measured,
    (m) => m.value,
    kpi.polarity === 'lower-is-better' ? 'lower-first' : 'higher-first',
  );
  const rows: RankedRow[] = ranked.map(({ item: m, rank }) => ({
    code: m.item.code,
    name: m.item.name,
    value: m.value,
    valueText: formatKpiValue(m.value, kpi, lang),
    rank,
    rankText: rank === null ? t('panels.ranking.notRanked') : String(rank),
    own: m.item.code === ownCode,
    asOfText: m.observation?.asOfText ?? null,
    source: m.observation?.source ?? null,
  }));
  const rankedRows = rows.filter((r) => r.rank !== null);
  const own = rows.find((r) => r.own) ?? null;
  const limit = input.limit ?? rankedRows.length;
  const bars = rankedRows.slice(0, limit);
  if (own?.rank != null && !bars.includes(own)) bars.push(own);
  const hiddenCount = rankedRows.length - bars.length;

  let ownText: string | null = null;
  if (own) {
    ownText =
      own.rank === null
        ? t('panels.ranking.ownUnranked', { unit: own.name })
        : t('panels.ranking.ownRank', { unit: own.name, rank: own.rank, total: rankedRows.length });
  }

  const strictest = period
    ? strictestTarget(applicableTargets(kpi, period.year, 'province'))
    : null;
  const target = strictest
    ? {
        value: strictest.value,
        text: formatTarget(strictest, kpi, lang),
        label: t('panels.trend.targetWithSource', {
          year: strictest.year,
          target: formatTarget(strictest, kpi, lang),
          sources: strictest.sourceIds.map((id) => ctx.legalSource(id)?.number ?? id).join(', '),
        }),
      }
    : null;

  const periodText = key ? formatPeriod(key, lang) : null;
  const referenceValue = input.reference?.value ?? null;
  const reference =
    input.reference && referenceValue !== null
      ? {
          value: referenceValue,
          text: t('publicServices.breakdown.reference', {
            unit: input.reference.name,
            value: formatKpiValue(referenceValue, kpi, lang),
          }),
        }
      : null;
  const latestAsOf = rankedRows
    .map((r) => r.asOfText)
    .filter((a): a is string => a !== null)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .at(-1);
  return {
    title: kpi.name[lang],
    kpi,
    period,
    periodText,
    rows,
    bars,
    hiddenCount,
    rankedCount: rankedRows.length,
    failedCount: items.filter((i) => i.observations === null).length,
    own,
    ownText,
    target,
    summary: [
      t('panels.ranking.summary', {
        kpi: kpi.name[lang],
        total: rankedRows.length,
        period: periodText ?? '—',
        own: ownText ? `${ownText}.` : '',
      }).trim(),
      target ? `${target.label}.` : '',
      reference ? `${reference.text}.` : '',
    ]
      .filter((s) => s !== '')
      .join(' '),
    asOf: latestAsOf ?? null,
    source: rankedRows.find((r) => r.source !== null)?.source ?? null,
    ...(input.reference ? { reference } : {}),
  };
}

export interface RankingChartContext {
  lang: Language;
  t: TFunction;
  palette: Palette;
  animate: boolean;
}

/** Pure: the view → a horizontal bar chart, best at the top, own unit marked three ways. */
export function rankingChartOption(view: RankingView, ctx: RankingChartContext): ChartOption {
  const { kpi, bars } = view;
  const { lang, t, palette } = ctx;
  const labelByCode = new Map(
    bars.map((r) => {
      const text = chartText(`${r.rankText}. ${r.name}`);
      // Own unit: a marker and bold type on the axis, a striped bar: never colour alone.
      return [r.code, r.own ? `{own|▶ ${text}}` : text];
    }),
  );
  const marks = [];
  if (view.target) {
    marks.push({
      name: chartText(view.target.label),
      xAxis: view.target.value,
      // With the category axis inverted, "start" is the top of the line.
      label: {
        formatter: chartText(view.target.label),
        position: 'start' as const,
        align: 'right' as const,
      },
      lineStyle: { color: palette.text, type: 'dashed' as const, width: 2 },
    });
  }
  if (view.reference) {
    // The province's own figure among its departments or communes: a solid line, named.
    marks.push({
      name: chartText(view.reference.text),
      xAxis: view.reference.value,
      label: {
        formatter: chartText(view.reference.text),
        position: 'end' as const,
        align: 'right' as const,
      },
      lineStyle: { color: palette.text, type: 'solid' as const, width: 3 },
    });
  }
  const series: BarSeries = {
    id: 'value',
    type: 'bar',
    name: chartText(kpi.shortName[lang]),
    data: bars.map((r) => ({
      value: r.value,
      itemStyle: r.own
        ? {
            color: palette.series[1],
            decal: {
              symbol: 'rect',
              dashArrayX: [1, 0],
              dashArrayY: [3, 3],
              rotation: -Math.PI / 4,
              color: palette.surface,
            },
            borderColor: palette.text,
            borderWidth: 2,
          }
        : { color: palette.series[0] },
      label: {
        show: true,
        position: 'right',
        formatter: chartText(r.valueText),
        fontWeight: r.own ? 'bold' : 'normal',
        color: palette.text,
        textBorderWidth: 0,
      },
    })),
    ...(marks.length > 0 ? { markLine: { silent: true, symbol: 'none', data: marks } } : {}),
  };
  return {
    animation: ctx.animate,
    grid: {
      left: 8,
      right: 56,
      top: view.target ? 28 : 8,
      bottom: view.reference ? 28 : 8,
      outerBoundsMode: 'same',
    },
    tooltip: textTooltip('item', (index) => {
      const row = bars[index];
      if (!row) return null;
      return {
        title: row.own ? `▶ ${row.name} (${t('panels.ranking.own')})` : row.name,
        rows: [
          { symbol: '#', label: t('panels.columns.rank'), value: row.rankText },
          { symbol: '●', label: kpi.shortName[lang], value: row.valueText },
          ...(view.periodText
            ? [{ symbol: '◷', label: t('panels.columns.period'), value: view.periodText }]
            : []),
        ],
      };
    }),
    yAxis: {
      type: 'category',
      data: bars.map((r) => r.code),
      inverse: true,
      axisLabel: {
        formatter: (code: string) => labelByCode.get(code) ?? code,
        rich: { own: { fontWeight: 'bold', color: palette.text } },
      },
    },
    xAxis: {
      type: 'value',
      min: kpi.unit === 'percent' ? 0 : undefined,
      max: kpi.unit === 'percent' ? 100 : undefined,
      axisLabel: {
        formatter: (value: number) =>
          formatKpiValue(value, kpi, lang, Number.isInteger(value) ? 0 : 1),
      },
    },
    series: [series],
  };
}

/** Every unit with its rank and value, for CSV export. */
export function rankingCsv(view: RankingView, t: TFunction): CsvTable {
  const key = view.period ? periodKey(view.period) : null;
  return {
    header: [
      t('panels.columns.rank'),
      t('panels.columns.unitCode'),
      t('panels.columns.unit'),
      t('panels.columns.value'),
      t('panels.columns.unitOfMeasure'),
      t('panels.columns.periodCode'),
      t('panels.columns.period'),
      t('panels.columns.indicator'),
      t('panels.columns.asOf'),
      t('panels.columns.source'),
    ],
    rows: view.rows.map((r) => [
      r.rank,
      r.code,
      r.name,
      r.value,
      unitOfMeasure(view.kpi),
      key,
      view.periodText,
      view.kpi.id,
      r.asOfText,
      r.source,
    ]),
  };
}
