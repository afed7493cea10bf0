import type { TFunction } from 'i18next';
import type { KpiDefinition } from '../../domain/kpi/definition';
import type { KpiObservation } from '../../domain/kpi/observation';
import { comparePeriods, periodKey } from '../../domain/time/period';
import { formatDateTime, formatNumber, formatPeriod } from '../../i18n/format';
import type { Language } from '../../i18n/locale';
import type { CsvTable } from '../common/csv';
import { formatKpiValue, unitOfMeasure } from '../common/kpi-format';

export interface HistoryRow {
  key: string;
  periodText: string;
  value: number | null;
  valueText: string;
  numerator: number | null;
  numeratorText: string;
  denominator: number | null;
  denominatorText: string;
  provisional: boolean;
  asOfMs: number;
  asOfText: string;
  asOfDisplay: string;
  source: string;
}

/** Pure: a KPI's observations for one unit → table rows, oldest first (the table sorts). */
export function toHistoryRows(
  kpi: KpiDefinition,
  observations: readonly KpiObservation[],
  lang: Language,
): HistoryRow[] {
  const byKey = new Map<string, KpiObservation>();
  const ordered = observations
    .filter((o) => o.indicatorId === kpi.id)
    .sort((a, b) => comparePeriods(a.period, b.period));
  for (const o of ordered) byKey.set(periodKey(o.period), o);
  return [...byKey.entries()].map(([key, o]) => ({
    key,
    periodText: formatPeriod(key, lang),
    value: o.value,
    valueText: formatKpiValue(o.value, kpi, lang),
    numerator: o.numerator,
    numeratorText: formatNumber(o.numerator, lang),
    denominator: o.denominator,
    denominatorText: formatNumber(o.denominator, lang),
    provisional: o.status === 'provisional',
    asOfMs: o.asOfMs,
    asOfText: o.asOfText,
    asOfDisplay: formatDateTime(o.asOfMs, lang),
    source: o.source,
  }));
}

export function historyCsv(
  kpi: KpiDefinition,
  unitCode: string,
  unitName: string,
  rows: readonly HistoryRow[],
  t: TFunction,
): CsvTable {
  return {
    header: [
      t('panels.columns.indicator'),
      t('panels.columns.unitCode'),
      t('panels.columns.unit'),
      t('panels.columns.periodCode'),
      t('panels.columns.period'),
      t('panels.columns.value'),
      t('panels.columns.unitOfMeasure'),
      t('panels.columns.numerator'),
      t('panels.columns.denominator'),
      t('panels.columns.status'),
      t('panels.columns.asOf'),
      t('panels.columns.source'),
    ],
    rows: rows.map((r) => [
      kpi.id,
      unitCode,
      unitName,
      r.key,
      r.periodText,
      r.value,
      unitOfMeasure(kpi),
      r.numerator,
      r.denominator,
      t(r.provisional ? 'panels.dataStatus.provisional' : 'panels.dataStatus.final'),
      r.asOfText,
      r.source,
    ]),
  };
}
