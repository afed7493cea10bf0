import type { TFunction } from 'i18next';
import { chartText, textTooltip, type BarSeries, type ChartOption } from '../../charts';
import {
  dossierRatios,
  pendingTotal,
  processedTotal,
  type DossierStats,
} from '../../domain/dossiers/stats';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { Language } from '../../i18n/locale';
import { toVnIsoString } from '../../domain/time/zone';
import type { Palette } from '../../ui/tokens';
import type { CsvTable } from '../common/csv';

/** One unit of the breakdown (a department, or a procedure of a department) with its counts. */
export interface BacklogItem {
  key: string;
  name: string;
  /** a short label for the chart axis */
  shortName: string;
  stats: DossierStats;
}

export interface BacklogRow {
  key: string;
  name: string;
  shortName: string;
  received: number;
  processed: number;
  /** percent processed early or on time; null when nothing was processed */
  onTimeShare: number | null;
  onTimeNumerator: number;
  pendingWithin: number;
  pendingOverdue: number;
  pending: number;
  asOfMs: number;
  source: string;
}

/**
 * Pure: the breakdown → rows, the most overdue first (then the largest backlog, then by name),
 * so the unit that needs attention is at the top of the chart and the table.
 */
export function toBacklogRows(items: readonly BacklogItem[]): BacklogRow[] {
  return items
    .map((item) => {
      const s = item.stats;
      const onTime = dossierRatios(s)['dossiers.on-time-share'];
      return {
        key: item.key,
        name: item.name,
        shortName: item.shortName,
        received: s.received,
        processed: processedTotal(s),
        onTimeShare: onTime?.value ?? null,
        onTimeNumerator: onTime?.numerator ?? 0,
        pendingWithin: s.pendingWithinDeadline,
        pendingOverdue: s.pendingOverdue,
        pending: pendingTotal(s),
        asOfMs: s.asOfMs,
        source: s.source,
      };
    })
    .sort(
      (a, b) =>
        b.pendingOverdue - a.pendingOverdue ||
        b.pending - a.pending ||
        a.name.localeCompare(b.name, 'vi'),
    );
}

/** One sentence for screen readers (the chart's label). */
export function backlogSummary(rows: readonly BacklogRow[], t: TFunction, lang: Language): string {
  const top = rows[0];
  if (!top || top.pendingOverdue === 0)
    return t('dossiers.backlog.summaryNone', { count: rows.length });
  return t('dossiers.backlog.summary', {
    count: rows.length,
    top: top.name,
    overdue: formatNumber(top.pendingOverdue, lang),
    pending: formatNumber(top.pending, lang),
  });
}

export interface BacklogChartContext {
  lang: Language;
  t: TFunction;
  palette: Palette;
  animate: boolean;
}

/**
 * Pure: pending dossiers as stacked horizontal bars, within the deadline then overdue. The
 * overdue part is hatched as well as coloured, and both parts are named in the legend and the
 * tooltip: colour is never the only signal.
 */
export function backlogChartOption(
  rows: readonly BacklogRow[],
  ctx: BacklogChartContext,
): ChartOption {
  const { lang, t, palette } = ctx;
  const within: BarSeries = {
    id: 'within',
    type: 'bar',
    stack: 'pending',
    name: chartText(t('dossiers.measures.pendingWithin')),
    itemStyle: { color: palette.series[0] },
    data: rows.map((r) => r.pendingWithin),
  };
  const overdue: BarSeries = {
    id: 'overdue',
    type: 'bar',
    stack: 'pending',
    name: chartText(t('dossiers.measures.pendingOverdue')),
    itemStyle: {
      color: palette.bad,
      decal: {
        symbol: 'rect',
        dashArrayX: [1, 0],
        dashArrayY: [3, 3],
        rotation: -Math.PI / 4,
        color: palette.surface,
      },
    },
    label: {
      show: true,
      position: 'right',
      color: palette.text,
      formatter: (p: { dataIndex: number }) => {
        const row = rows[p.dataIndex];
        return row
          ? chartText(
              `${formatNumber(row.pendingOverdue, lang)} / ${formatNumber(row.pending, lang)}`,
            )
          : '';
      },
    },
    data: rows.map((r) => r.pendingOverdue),
  };
  return {
    animation: ctx.animate,
    grid: { left: 8, right: 72, top: 32, bottom: 8, outerBoundsMode: 'same' },
    legend: { top: 0, textStyle: { color: palette.text } },
    tooltip: textTooltip('axis', (index) => {
      const row = rows[index];
      if (!row) return null;
      return {
        title: row.name,
        rows: [
          {
            symbol: '■',
            label: t('dossiers.measures.pendingWithin'),
            value: formatNumber(row.pendingWithin, lang),
          },
          {
            symbol: '▨',
            label: t('dossiers.measures.pendingOverdue'),
            value: formatNumber(row.pendingOverdue, lang),
          },
          {
            symbol: '∑',
            label: t('dossiers.measures.pending'),
            value: formatNumber(row.pending, lang),
          },
          {
            symbol: '✔',
            label: t('dossiers.measures.onTimeShare'),
            value: formatPercent(row.onTimeShare === null ? null : row.onTimeShare / 100, lang),
          },
        ],
      };
    }),
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => chartText(r.shortName)),
      axisLabel: { color: palette.text, width: 160, overflow: 'truncate' },
    },
    xAxis: {
      type: 'value',
      minInterval: 1,
      // few ticks: grouped thousands ("1.200") would run into each other in a half-width panel
      splitNumber: 3,
      axisLabel: { color: palette.textMuted, formatter: (v: number) => formatNumber(v, lang) },
    },
    series: [within, overdue],
  };
}

/** Every row with its counts, for CSV (numbers as numbers, shares in percent). */
export function backlogCsv(
  rows: readonly BacklogRow[],
  nameHeader: string,
  period: string,
  t: TFunction,
): CsvTable {
  return {
    header: [
      t('dossiers.columns.unitCode'),
      nameHeader,
      t('dossiers.columns.period'),
      t('dossiers.measures.received'),
      t('dossiers.measures.processed'),
      `${t('dossiers.measures.onTimeShare')} (%)`,
      t('dossiers.measures.pendingWithin'),
      t('dossiers.measures.pendingOverdue'),
      t('dossiers.measures.pending'),
      t('dossiers.columns.asOf'),
      t('dossiers.columns.source'),
    ],
    rows: rows.map((r) => [
      r.key,
      r.name,
      period,
      r.received,
      r.processed,
      r.onTimeShare === null ? null : Math.round(r.onTimeShare * 100) / 100,
      r.pendingWithin,
      r.pendingOverdue,
      r.pending,
      toVnIsoString(r.asOfMs),
      r.source,
    ]),
  };
}
