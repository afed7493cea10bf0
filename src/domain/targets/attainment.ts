import type { TargetLike } from './select';

/**
 * How a value stands against a target.
 * - met: the comparator holds (value ≥ 80 for "≥ 80 %", rank ≤ 50 for "top 50");
 * - gap: signed distance in the KPI's unit, positive = beyond the target on the good side,
 *   negative = shortfall (45.8 vs ≥ 50 → −4.2);
 * - ratio: value / target for "higher is better", target / value for "lower is better" (1 = just
 *   met); null where that division means nothing (target 0 for higher-is-better, value 0 for
 *   lower-is-better);
 * - verdict: 'met' or 'behind', the words of the reports ("71.2 % vs 35 %: met").
 */
export interface Attainment {
  readonly met: boolean;
  readonly gap: number;
  readonly ratio: number | null;
  readonly verdict: 'met' | 'behind';
}

export function isHigherBetter(target: TargetLike): boolean {
  return target.comparator === '>=' || target.comparator === '>';
}

export function meetsTarget(value: number, target: TargetLike): boolean {
  switch (target.comparator) {
    case '>=':
      return value >= target.value;
    case '>':
      return value > target.value;
    case '<=':
      return value <= target.value;
    case '<':
      return value < target.value;
  }
}

export function assessAttainment(value: number, target: TargetLike): Attainment {
  const higher = isHigherBetter(target);
  const met = meetsTarget(value, target);
  const gap = higher ? value - target.value : target.value - value;
  let ratio: number | null;
  if (higher) ratio = target.value > 0 ? value / target.value : null;
  else ratio = value > 0 ? target.value / value : null;
  return { met, gap, ratio, verdict: met ? 'met' : 'behind' };
}
