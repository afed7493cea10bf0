import { assessAttainment } from './attainment';
import { monthIndexOfEpochMs } from './glide-path';
import { deadlineMonthIndex } from './pace';
import type { TargetLike } from './select';

/**
 * Required pace from now: how much the KPI must change per month (and per year) from its
 * latest value, starting today, to reach the target by the end of the target year (Vietnamese
 * time). Unlike requiredMonthlyPace, which counts from the end of the value's period, this
 * counts from the instant the leader reads it: a yearly figure for 2025 read in November 2026
 * leaves about 49 months to 2030, not 60.
 */
export type PaceFromNow =
  | { readonly kind: 'already-met' }
  | { readonly kind: 'deadline-passed'; readonly shortfall: number }
  | {
      readonly kind: 'required';
      /** change needed per month, in the KPI's unit; negative when the value must fall */
      readonly perMonth: number;
      /** the same per 12 months */
      readonly perYear: number;
      /** months (fractional) from now to the deadline */
      readonly monthsLeft: number;
      /** total change still needed (same sign as perMonth) */
      readonly remaining: number;
    };

export function requiredPaceFromNow(
  value: number,
  target: TargetLike & { readonly year: number },
  nowMs: number,
): PaceFromNow {
  const attainment = assessAttainment(value, target);
  if (attainment.met) return { kind: 'already-met' };
  const monthsLeft = deadlineMonthIndex(target.year) - monthIndexOfEpochMs(nowMs);
  if (!(monthsLeft > 0)) return { kind: 'deadline-passed', shortfall: -attainment.gap };
  const remaining = target.value - value;
  const perMonth = remaining / monthsLeft;
  return { kind: 'required', perMonth, perYear: perMonth * 12, monthsLeft, remaining };
}
