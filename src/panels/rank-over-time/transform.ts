import type { TFunction } from 'i18next';
import { chartText, textTooltip, type ChartOption, type LineSeries } from '../../charts';
import type { IndexHistory, IndexId, IndexPeriod } from '../../data/queries/index-scores';
import { formatPeriod } from '../../i18n/format';
import type { Language } from '../../i18n/locale';
import type { Palette } from '../../ui/tokens';
import type { CsvTable } from '../common/csv';
import { shortPeriodLabel } from '../common/kpi-format';
import { formatIndexScore } from '../index-ranking/format';

export interface RankOverTimeContext {
  lang: Language;
  t: TFunction;
}

export interface RankOverTimeInput {
  history: IndexHistory;
  ownCode: string;
  peers: readonly string[];
  /** latest periods to keep; null = all */
  periods: number | null;
  /** name of a current province in the user's language */
  unitName: (code: string) => string;
}

export type RankBasis = 'aggregated' | 'published' | 'recomputed';

export interface RankPeriod {
  key: string;
  periodText: string;
  basis: RankBasis;
  rankOf: number;
}

export interface RankPoint {
  rank: number | null;
  total: number | null;
  maxTotal: number | null;
  scoreText: string;
  from: readonly string[];
  missing: readonly string[];
}

export interface RankLine {
  code: string;
  name: string;
  role: 'own' | 'peer';
  /** one per view period, aligned with `periods` */
  points: RankPoint[];
  /** "Cần Thơ: hạng 4/34 (Tháng 10/2026)" */
  latestText: string;
}

export interface RankOverTimeView {
  index: IndexId;
  indexName: string;
  periods: RankPeriod[];
  lines: RankLine[];
  /** first and last key of the pre-reform (aggregated) stretch, when shown */
  preReform: { from: string; to: string } | null;
  /** worst rank drawn (axis bottom) */
  maxRank: number;
  summary: string;
  asOf: string | null;
  source: string | null;
}

function basisOf(p: IndexPeriod): RankBasis {
  if (p.reportedOn === 'former') return 'aggregated';
  return p.rankBasis;
}

/** Own province first, then the peers in the order chosen; unknown or repeated codes dropped. */
function lineCodes(own: string, peers: readonly string[], known: (code: string) => boolean) {
  const codes = [own];
  for (const p of peers) if (!codes.includes(p) && known(p)) codes.push(p);
  return codes;
}

/** Pure: an index history → ranks per period for the own province and its peers. */
export function toRankOverTimeView(
  input: RankOverTimeInput,
  ctx: RankOverTimeContext,
): RankOverTimeView {
  const { history, ownCode } = input;
  const { lang, t } = ctx;
  const all = history.periods.filter((p) => p.units.some((u) => u.rank !== null));
  const shown = input.periods === null ? all : all.slice(-input.periods);
  const periods: RankPeriod[] = shown.map((p) => ({
    key: p.key,
    periodText: formatPeriod(p.key, lang),
    basis: basisOf(p),
    rankOf: p.rankOf,
  }));
  const knownCodes = new Set(history.periods.flatMap((p) => p.units.map((u) => u.unitCode)));
  const codes = lineCodes(ownCode, input.peers, (c) => knownCodes.has(c));
  const lastPeriod = periods.at(-1);
  const lines: RankLine[] = codes.map((code) => {
    const name = input.unitName(code);
    const points = shown.map((p): RankPoint => {
      const u = p.units.find((x) => x.unitCode === code);
      return {
        rank: u?.rank ?? null,
        total: u?.total ?? null,
        maxTotal: u?.maxTotal ?? null,
        scoreText: u
          ? formatIndexScore(u.total, u.maxTotal, lang)
          : formatIndexScore(null, 1, lang),
        from: u?.from ?? [],
        missing: u?.missing ?? [],
      };
    });
    const last = points.at(-1);
    const latestText =
      lastPeriod && last?.rank != null
        ? t('rankings.rankOverTime.unitLatest', {
            unit: name,
            rank: last.rank,
            total: lastPeriod.rankOf,
            period: lastPeriod.periodText,
          })
        : t('rankings.rankOverTime.unitNoRank', {
            unit: name,
            period: lastPeriod?.periodText ?? '—',
          });
    return { code, name, role: code === ownCode ? 'own' : 'peer', points, latestText };
  });
  const aggregated = periods.filter((p) => p.basis === 'aggregated');
  const first = aggregated[0];
  const lastAggregated = aggregated.at(-1);
  const indexName = t(`rankings.index.${history.index}`);
  const latestUnits = shown.at(-1)?.units ?? [];
  const latestAsOf = latestUnits.reduce<{ ms: number; text: string } | null>(
    (a, u) => (a === null || u.asOfMs > a.ms ? { ms: u.asOfMs, text: u.asOfText } : a),
    null,
  );
  return {
    index: history.index,
    indexName,
    periods,
    lines,
    preReform: first && lastAggregated ? { from: first.key, to: lastAggregated.key } : null,
    maxRank: Math.max(1, ...periods.map((p) => p.rankOf)),
    summary: t('rankings.rankOverTime.summary', {
      index: indexName,
      from: periods[0]?.periodText ?? '—',
      to: lastPeriod?.periodText ?? '—',
      units: lines.map((l) => `${l.latestText}.`).join(' '),
    }).trim(),
    asOf: latestAsOf?.text ?? null,
    source: latestUnits[0]?.source ?? null,
  };
}

export interface RankOverTimeChartContext extends RankOverTimeContext {
  palette: Palette;
  animate: boolean;
}

/** Symbols and dashes per line: lines differ by shape and dash, never by colour alone. */
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow'] as const;
const GLYPHS = ['●', '■', '▲', '◆', '⬤', '➤'] as const;
const DASHES = ['solid', 'dashed', 'dotted', 'dashed', 'dotted', 'dashed'] as const;

export function lineGlyph(position: number): string {
  return GLYPHS[position % GLYPHS.length] ?? '●';
}

/** Pure: the view → a line chart with rank 1 at the top (inverted axis). */
export function rankOverTimeChartOption(
  view: RankOverTimeView,
  ctx: RankOverTimeChartContext,
): ChartOption {
  const { t, palette } = ctx;
  const keys = view.periods.map((p) => p.key);
  const series: LineSeries[] = view.lines.map((line, i) => {
    const own = line.role === 'own';
    const label = chartText(own ? `▶ ${line.name}` : line.name);
    return {
      id: `rank-${line.code}`,
      type: 'line',
      name: label,
      data: line.points.map((p) => p.rank),
      connectNulls: false,
      color: palette.series[i % palette.series.length],
      symbol: SYMBOLS[i % SYMBOLS.length],
      // The legend shows each line's own marker, so it can be matched without colour.
      legendIcon: SYMBOLS[i % SYMBOLS.length],
      symbolSize: own ? 9 : 7,
      showAllSymbol: 'auto',
      lineStyle: { width: own ? 4 : 2, type: DASHES[i % DASHES.length] },
      z: own ? 5 : 3,
      endLabel: {
        show: true,
        formatter: label,
        fontWeight: own ? 'bold' : 'normal',
        color: palette.text,
      },
      ...(i === 0 && view.preReform
        ? {
            markArea: {
              silent: true,
              itemStyle: { color: palette.textMuted, opacity: 0.12 },
              label: {
                formatter: chartText(t('rankings.rankOverTime.preReform')),
                position: 'insideTop',
                color: palette.text,
              },
              data: [[{ xAxis: view.preReform.from }, { xAxis: view.preReform.to }]],
            },
          }
        : {}),
    };
  });
  return {
    animation: ctx.animate,
    grid: { left: 8, right: 110, top: 40, bottom: 8, outerBoundsMode: 'same' },
    legend: { top: 0, left: 0, data: series.map((s) => String(s.name)) },
    tooltip: textTooltip('axis', (index) => {
      const period = view.periods[index];
      if (!period) return null;
      return {
        title:
          period.basis === 'aggregated'
            ? `${period.periodText} (${t('rankings.rankOverTime.aggregatedMark')})`
            : period.periodText,
        rows: view.lines.map((line, i) => {
          const p = line.points[index];
          const rank = p?.rank == null ? t('rankings.notRanked') : `${p.rank}/${period.rankOf}`;
          return {
            symbol: lineGlyph(i),
            label: line.name,
            value: p?.rank == null ? rank : `${rank} · ${p.scoreText}`,
          };
        }),
      };
    }),
    xAxis: {
      type: 'category',
      data: keys,
      boundaryGap: false,
      axisLabel: { formatter: (key: string) => shortPeriodLabel(key, ctx.lang), hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      name: t('rankings.rankOverTime.axis'),
      nameLocation: 'start',
      inverse: true,
      min: 1,
      max: view.maxRank,
      minInterval: 1,
      axisLabel: { formatter: (value: number) => String(value) },
    },
    series,
  };
}

/** Long format, one row per period and province, for CSV export. */
export function rankOverTimeCsv(view: RankOverTimeView, t: TFunction): CsvTable {
  const basisText: Record<RankBasis, string> = {
    aggregated: t('rankings.rankOverTime.basisAggregated'),
    published: t('rankings.rankOverTime.basisPublished'),
    recomputed: t('rankings.rankOverTime.basisRecomputed'),
  };
  return {
    header: [
      t('panels.columns.periodCode'),
      t('panels.columns.period'),
      t('panels.columns.unitCode'),
      t('panels.columns.unit'),
      t('panels.columns.rank'),
      t('rankings.rankOverTime.rankOf'),
      t('rankings.rankOverTime.score'),
      t('rankings.rankOverTime.maxScore'),
      t('rankings.rankOverTime.basis'),
      t('rankings.rankOverTime.formerUnits'),
      t('rankings.rankOverTime.missingUnits'),
      t('panels.columns.indicator'),
    ],
    rows: view.periods.flatMap((period, i) =>
      view.lines.map((line) => {
        const p = line.points[i];
        return [
          period.key,
          period.periodText,
          line.code,
          line.name,
          p?.rank ?? null,
          period.rankOf,
          p?.total ?? null,
          p?.maxTotal ?? null,
          basisText[period.basis],
          period.basis === 'aggregated' ? (p?.from ?? []).join(' ') : null,
          period.basis === 'aggregated' ? (p?.missing ?? []).join(' ') : null,
          view.index,
        ];
      }),
    ),
  };
}
