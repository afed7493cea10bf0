import type { KpiDefinition, KpiTarget } from '../../domain/kpi/definition';
import { parsePeriod, type Period } from '../../domain/time/period';
import { formatNumber, formatPercent, formatPeriod } from '../../i18n/format';
import type { Language } from '../../i18n/locale';

const COMPARATOR_TEXT: Record<KpiTarget['comparator'], string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
};

/** A value in the KPI's unit: percent KPIs hold percentage points (58.1 → "58,1%"). */
export function formatKpiValue(
  value: number | null,
  kpi: Pick<KpiDefinition, 'unit' | 'precision'>,
  lang: Language,
  precision: number = kpi.precision,
): string {
  if (value === null) return formatNumber(null, lang);
  return kpi.unit === 'percent'
    ? formatPercent(value / 100, lang, precision)
    : formatNumber(value, lang, precision);
}

/** "≥ 80%": a target as the documents write it. */
export function formatTarget(
  target: Pick<KpiTarget, 'comparator' | 'value'>,
  kpi: Pick<KpiDefinition, 'unit' | 'precision'>,
  lang: Language,
): string {
  const precision = Number.isInteger(target.value) ? 0 : kpi.precision;
  return `${COMPARATOR_TEXT[target.comparator]} ${formatKpiValue(target.value, kpi, lang, precision)}`;
}

/** A compact period label for a chart axis: "08/2025", "Quý III/2025", "2025". */
export function shortPeriodLabel(key: string, lang: Language): string {
  const parsed = parsePeriod(key);
  if (!parsed.ok) {
    // Months beyond the reporting calendar (a projection to 2107) are still months.
    const month = /^(\d{4})-(\d{2})$/.exec(key);
    return month ? `${month[2] ?? ''}/${month[1] ?? ''}` : key;
  }
  const p: Period = parsed.value;
  if (p.kind === 'month') return `${String(p.month).padStart(2, '0')}/${p.year}`;
  return formatPeriod(key, lang);
}

/** The unit of measure for a CSV column: "%" for percent KPIs, else the catalogue's unit id. */
export function unitOfMeasure(kpi: Pick<KpiDefinition, 'unit'>): string {
  return kpi.unit === 'percent' ? '%' : kpi.unit;
}
