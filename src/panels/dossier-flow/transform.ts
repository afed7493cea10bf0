import type { TFunction } from 'i18next';
import { chartText, textTooltip, type ChartOption } from '../../charts';
import { dossierRatios, processedTotal, type DossierStats } from '../../domain/dossiers/stats';
import { comparePeriods, parsePeriod, periodKey } from '../../domain/time/period';
import { toVnIsoString } from '../../domain/time/zone';
import { formatNumber, formatPercent, formatPeriod } from '../../i18n/format';
import type { Language } from '../../i18n/locale';
import type { Palette } from '../../ui/tokens';
import type { CsvTable } from '../common/csv';

export interface FlowRow {
  key: string;
  periodText: string;
  received: number;
  processed: number;
  early: number;
  onTime: number;
  late: number;
  /** percent processed early or on time; null when nothing was processed */
  onTimeShare: number | null;
  asOfMs: number;
  source: string;
}

/**
 * Pure: a unit's monthly statistics → the `months` months ending at `upTo` (inclusive), oldest
 * first. Months after `upTo` are left out, so the chart ends at the period the user chose.
 */
export function toFlowRows(
  stats: readonly DossierStats[],
  upTo: string | null,
  months: number,
  lang: Language,
): FlowRow[] {
  const end = upTo === null ? null : parsePeriod(upTo);
  const kept = stats
    .filter((s) => end === null || !end.ok || comparePeriods(s.period, end.value) <= 0)
    .sort((a, b) => comparePeriods(a.period, b.period));
  return kept.slice(Math.max(0, kept.length - months)).map((s) => {
    const key = periodKey(s.period);
    const share = dossierRatios(s)['dossiers.on-time-share'];
    return {
      key,
      periodText: formatPeriod(key, lang),
      received: s.received,
      processed: processedTotal(s),
      early: s.processedEarly,
      onTime: s.processedOnTime,
      late: s.processedLate,
      onTimeShare: share?.value ?? null,
      asOfMs: s.asOfMs,
      source: s.source,
    };
  });
}

/** Totals over the rows; the share is pooled (sum of numerators over sum of denominators). */
export function flowTotals(rows: readonly FlowRow[]) {
  const received = rows.reduce((s, r) => s + r.received, 0);
  const processed = rows.reduce((s, r) => s + r.processed, 0);
  const good = rows.reduce((s, r) => s + r.early + r.onTime, 0);
  return { received, processed, onTimeShare: processed === 0 ? null : (good / processed) * 100 };
}

export function flowSummary(rows: readonly FlowRow[], t: TFunction, lang: Language): string {
  const totals = flowTotals(rows);
  return t('dossiers.flow.summary', {
    months: rows.length,
    period: rows.at(-1)?.periodText ?? '—',
    received: formatNumber(totals.received, lang),
    processed: formatNumber(totals.processed, lang),
    share: formatPercent(totals.onTimeShare === null ? null : totals.onTimeShare / 100, lang),
  });
}

export interface FlowChartContext {
  lang: Language;
  t: TFunction;
  palette: Palette;
  animate: boolean;
}

/** Pure: received and processed as bars (the second hatched), the on-time share as a line. */
export function flowChartOption(rows: readonly FlowRow[], ctx: FlowChartContext): ChartOption {
  const { lang, t, palette } = ctx;
  const pct = (v: number | null) => formatPercent(v === null ? null : v / 100, lang);
  return {
    animation: ctx.animate,
    grid: { left: 8, right: 8, top: 40, bottom: 8, outerBoundsMode: 'same' },
    legend: { top: 0, textStyle: { color: palette.text } },
    tooltip: textTooltip('axis', (index) => {
      const r = rows[index];
      if (!r) return null;
      return {
        title: r.periodText,
        rows: [
          {
            symbol: '■',
            label: t('dossiers.measures.received'),
            value: formatNumber(r.received, lang),
          },
          {
            symbol: '▨',
            label: t('dossiers.measures.processed'),
            value: formatNumber(r.processed, lang),
          },
          { symbol: '●', label: t('dossiers.measures.onTimeShare'), value: pct(r.onTimeShare) },
        ],
      };
    }),
    xAxis: {
      type: 'category',
      data: rows.map((r) => chartText(r.periodText)),
      axisLabel: { color: palette.text },
    },
    yAxis: [
      {
        type: 'value',
        name: chartText(t('dossiers.flow.countAxis')),
        minInterval: 1,
        axisLabel: { color: palette.textMuted, formatter: (v: number) => formatNumber(v, lang) },
      },
      {
        type: 'value',
        name: chartText(t('dossiers.flow.shareAxis')),
        min: 0,
        max: 100,
        splitLine: { show: false },
        axisLabel: { color: palette.textMuted, formatter: (v: number) => formatNumber(v, lang) },
      },
    ],
    series: [
      {
        id: 'received',
        type: 'bar',
        name: chartText(t('dossiers.measures.received')),
        itemStyle: { color: palette.series[0] },
        data: rows.map((r) => r.received),
      },
      {
        id: 'processed',
        type: 'bar',
        name: chartText(t('dossiers.measures.processed')),
        itemStyle: {
          color: palette.series[1],
          decal: {
            symbol: 'rect',
            dashArrayX: [1, 0],
            dashArrayY: [3, 3],
            rotation: -Math.PI / 4,
            color: palette.surface,
          },
        },
        data: rows.map((r) => r.processed),
      },
      {
        id: 'on-time-share',
        type: 'line',
        yAxisIndex: 1,
        name: chartText(t('dossiers.measures.onTimeShare')),
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { color: palette.text, width: 2 },
        itemStyle: { color: palette.text },
        data: rows.map((r) => r.onTimeShare),
      },
    ],
  };
}

export function flowCsv(rows: readonly FlowRow[], unitCode: string, t: TFunction): CsvTable {
  return {
    header: [
      t('dossiers.columns.unitCode'),
      t('dossiers.columns.period'),
      t('dossiers.measures.received'),
      t('dossiers.measures.processed'),
      t('dossiers.measures.early'),
      t('dossiers.measures.onTime'),
      t('dossiers.measures.late'),
      `${t('dossiers.measures.onTimeShare')} (%)`,
      t('dossiers.columns.asOf'),
      t('dossiers.columns.source'),
    ],
    rows: rows.map((r) => [
      unitCode,
      r.key,
      r.received,
      r.processed,
      r.early,
      r.onTime,
      r.late,
      r.onTimeShare === null ? null : Math.round(r.onTimeShare * 100) / 100,
      toVnIsoString(r.asOfMs),
      r.source,
    ]),
  };
}
