import type { KpiUnit } from './definition';

/**
 * Ratios. A ratio is a fraction in [0, 1] for a valid part/whole (0 ≤ numerator ≤ denominator);
 * a KPI value is the ratio times the unit's scale (100 for percent, 10,000 for "per 10,000
 * people"). Ratios across units are always recomputed from summed counts, never averaged.
 */

/** numerator / denominator, or null when the denominator is zero, negative or not finite. */
export function ratio(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0) return null;
  return numerator / denominator;
}

export function percentFromRatio(r: number): number {
  return r * 100;
}

/** Multiplier from a ratio to a KPI value in the given unit. */
export function ratioScale(unit: KpiUnit): number {
  switch (unit) {
    case 'percent':
      return 100;
    case 'per-10k-people':
      return 10_000;
    default:
      return 1;
  }
}

/** The KPI value of a numerator and denominator in the KPI's unit (null without a denominator). */
export function valueFromCounts(
  numerator: number,
  denominator: number,
  unit: KpiUnit,
): number | null {
  const r = ratio(numerator, denominator);
  return r === null ? null : r * ratioScale(unit);
}

/** A ratio over several parts: sum the numerators, sum the denominators, then divide. */
export function ratioOfSums(
  parts: readonly { readonly numerator: number; readonly denominator: number }[],
): { numerator: number; denominator: number; ratio: number | null } {
  let numerator = 0;
  let denominator = 0;
  for (const p of parts) {
    numerator += p.numerator;
    denominator += p.denominator;
  }
  return { numerator, denominator, ratio: ratio(numerator, denominator) };
}
