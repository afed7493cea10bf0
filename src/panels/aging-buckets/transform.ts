import type { TFunction } from 'i18next';
import { chartText, textTooltip, type ChartOption } from '../../charts';
import type { LateDossier } from '../../domain/dossiers/late';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { Language } from '../../i18n/locale';
import type { Palette } from '../../ui/tokens';
import type { CsvTable } from '../common/csv';

export interface AgingBucket {
  /** first and last day overdue in the bucket; `to` null for the open last bucket */
  from: number;
  to: number | null;
  count: number;
  /** share of the overdue pending dossiers, 0–1; null when there are none */
  share: number | null;
}

/**
 * Pure: buckets of pending overdue dossiers by days overdue. Bounds are the last day of each
 * closed bucket (unsorted or repeated bounds are cleaned up); the last bucket is open-ended.
 * Processed-late dossiers are not pending and are left out.
 */
export function agingBuckets(
  dossiers: readonly LateDossier[],
  bounds: readonly number[],
): AgingBucket[] {
  const ends = [...new Set(bounds.filter((b) => Number.isInteger(b) && b >= 1))].sort(
    (a, b) => a - b,
  );
  const pending = dossiers.filter((d) => d.status === 'pending-overdue');
  const ranges: { from: number; to: number | null }[] = [];
  let from = 1;
  for (const end of ends) {
    ranges.push({ from, to: end });
    from = end + 1;
  }
  ranges.push({ from, to: null });
  const total = pending.length;
  return ranges.map((r) => {
    const count = pending.filter(
      (d) => d.daysLate >= r.from && (r.to === null || d.daysLate <= r.to),
    ).length;
    return { ...r, count, share: total === 0 ? null : count / total };
  });
}

export function bucketLabel(b: AgingBucket, t: TFunction): string {
  return b.to === null
    ? t('dossiers.aging.bucketOpen', { from: b.from - 1 })
    : t('dossiers.aging.bucket', { from: b.from, to: b.to });
}

export function agingSummary(
  buckets: readonly AgingBucket[],
  t: TFunction,
  lang: Language,
): string {
  const total = buckets.reduce((s, b) => s + b.count, 0);
  if (total === 0) return t('dossiers.aging.none');
  const last = buckets.at(-1);
  return t('dossiers.aging.summary', {
    total: formatNumber(total, lang),
    oldest: formatNumber(last?.count ?? 0, lang),
    days: (last?.from ?? 1) - 1,
  });
}

export interface AgingChartContext {
  lang: Language;
  t: TFunction;
  palette: Palette;
  animate: boolean;
}

/** Pure: one bar per bucket, older buckets darker and labelled with their count. */
export function agingChartOption(
  buckets: readonly AgingBucket[],
  ctx: AgingChartContext,
): ChartOption {
  const { lang, t, palette } = ctx;
  return {
    animation: ctx.animate,
    grid: { left: 8, right: 16, top: 24, bottom: 8, outerBoundsMode: 'same' },
    tooltip: textTooltip('item', (index) => {
      const b = buckets[index];
      if (!b) return null;
      return {
        title: bucketLabel(b, t),
        rows: [
          { symbol: '#', label: t('dossiers.columns.count'), value: formatNumber(b.count, lang) },
          { symbol: '%', label: t('dossiers.columns.share'), value: formatPercent(b.share, lang) },
        ],
      };
    }),
    xAxis: {
      type: 'category',
      data: buckets.map((b) => chartText(bucketLabel(b, t))),
      axisLabel: { color: palette.text, interval: 0 },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: palette.textMuted, formatter: (v: number) => formatNumber(v, lang) },
    },
    series: [
      {
        id: 'count',
        type: 'bar',
        name: chartText(t('dossiers.measures.pendingOverdue')),
        data: buckets.map((b, i) => ({
          value: b.count,
          // The open-ended (oldest) bucket is the alarming one: the status colour and a hatch.
          itemStyle:
            i === buckets.length - 1
              ? {
                  color: palette.bad,
                  decal: {
                    symbol: 'rect',
                    dashArrayX: [1, 0],
                    dashArrayY: [3, 3],
                    rotation: -Math.PI / 4,
                    color: palette.surface,
                  },
                }
              : { color: palette.warning },
        })),
        label: {
          show: true,
          position: 'top',
          color: palette.text,
          formatter: (p: { value: unknown }) =>
            typeof p.value === 'number' ? formatNumber(p.value, lang) : '',
        },
      },
    ],
  };
}

export function agingCsv(
  buckets: readonly AgingBucket[],
  scopeCode: string,
  asOfIso: string,
  t: TFunction,
): CsvTable {
  return {
    header: [
      t('dossiers.columns.unitCode'),
      t('dossiers.columns.bucket'),
      t('dossiers.columns.fromDay'),
      t('dossiers.columns.toDay'),
      t('dossiers.columns.count'),
      `${t('dossiers.columns.share')} (%)`,
      t('dossiers.columns.asOf'),
    ],
    rows: buckets.map((b) => [
      scopeCode,
      bucketLabel(b, t),
      b.from,
      b.to,
      b.count,
      b.share === null ? null : Math.round(b.share * 10000) / 100,
      asOfIso,
    ]),
  };
}
