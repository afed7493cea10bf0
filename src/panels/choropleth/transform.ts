import type { KpiDefinition } from '../../domain/kpi/definition';
import type { UnitValues } from '../../map';
import type { RankedRow } from '../ranking-bar/transform';

/**
 * Class boundaries of a choropleth, in the KPI's unit. Percent KPIs use fixed 20-point bands
 * (20/40/60/80): fixed bands keep a colour meaning the same month after month and province
 * after province, and 80 % is the 2025 online-dossier target of Decision 942. Other units
 * split their valid range in five equal bands.
 */
export function choroplethThresholds(kpi: KpiDefinition): number[] {
  if (kpi.unit === 'percent') return [20, 40, 60, 80];
  const { min, max } = kpi.range;
  const step = (max - min) / 5;
  return [1, 2, 3, 4].map((i) => min + i * step);
}

/** The band of a value: 0 below the first threshold … thresholds.length at or above the last. */
export function bandOf(value: number, thresholds: readonly number[]): number {
  let band = 0;
  for (const threshold of thresholds) if (value >= threshold) band += 1;
  return band;
}

/** Ranked rows (one per province) → the map's values, coloured by band. */
export function toUnitValues(
  rows: readonly RankedRow[],
  thresholds: readonly number[],
): UnitValues {
  const values: Record<string, UnitValues[string]> = {};
  for (const row of rows) {
    values[row.code] =
      row.value === null
        ? { value: null, label: row.valueText }
        : { value: row.value, classIndex: bandOf(row.value, thresholds), label: row.valueText };
  }
  return values;
}
