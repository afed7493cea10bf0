import { periodEndMonthIndex, type Period } from '../time/period';
import { assessAttainment } from './attainment';
import type { TargetLike } from './select';

/**
 * Required monthly pace: how much the KPI must change per month, from the latest value, to reach
 * the target by the end of the target's year (Vietnamese time). Values are read as at the end of
 * their period (periodEndMonthIndex), so a value for 2025-08 has 4 months left to a 2025 target.
 */
export type RequiredPace =
  | { readonly kind: 'already-met' }
  | { readonly kind: 'deadline-passed'; readonly shortfall: number }
  | {
      readonly kind: 'required';
      /** change needed per month, in the KPI's unit; negative when the value must fall */
      readonly perMonth: number;
      readonly monthsLeft: number;
      /** total change still needed (same sign as perMonth) */
      readonly remaining: number;
    };

export function deadlineMonthIndex(targetYear: number): number {
  return targetYear * 12 + 12;
}

export function requiredMonthlyPace(
  value: number,
  period: Period,
  target: TargetLike & { readonly year: number },
): RequiredPace {
  const attainment = assessAttainment(value, target);
  if (attainment.met) return { kind: 'already-met' };
  const monthsLeft = deadlineMonthIndex(target.year) - periodEndMonthIndex(period);
  if (monthsLeft <= 0) return { kind: 'deadline-passed', shortfall: -attainment.gap };
  const remaining = target.value - value;
  return { kind: 'required', perMonth: remaining / monthsLeft, monthsLeft, remaining };
}
