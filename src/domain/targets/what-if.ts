import { monthIndexToEpochMs, periodEndMonthIndex } from '../time/period';
import { assessAttainment, isHigherBetter } from './attainment';
import { deadlineMonthIndex } from './pace';
import type { HistoryPoint } from './projection';
import type { TargetLike } from './select';

/**
 * What-if projection for trainers: "if the share rises 3 points a month from its latest value,
 * when is the target reached?" The assumed pace replaces the fitted trend of
 * `projectTargetDate`; dates use the same month arithmetic (a value is read at the end of its
 * period; the deadline is the end of the target year), so both projections can be shown side
 * by side and agree when the assumed pace equals the fitted slope.
 */
export type PaceProjection =
  | { readonly kind: 'already-met' }
  /** the assumed pace does not move the value towards the target */
  | { readonly kind: 'never' }
  | {
      readonly kind: 'projected';
      /** continuous month index of the crossing */
      readonly monthIndex: number;
      readonly estimateMs: number;
      readonly monthsNeeded: number;
      readonly deadlineMs: number;
      readonly byDeadline: boolean;
    };

export function projectAtPace(
  latest: HistoryPoint,
  perMonth: number,
  target: TargetLike & { readonly year: number },
): PaceProjection {
  if (assessAttainment(latest.value, target).met) return { kind: 'already-met' };
  const progress = (isHigherBetter(target) ? 1 : -1) * perMonth;
  if (!Number.isFinite(perMonth) || !(progress > 0)) return { kind: 'never' };
  const monthsNeeded = (target.value - latest.value) / perMonth;
  const monthIndex = periodEndMonthIndex(latest.period) + monthsNeeded;
  const deadline = deadlineMonthIndex(target.year);
  return {
    kind: 'projected',
    monthIndex,
    estimateMs: monthIndexToEpochMs(monthIndex),
    monthsNeeded,
    deadlineMs: monthIndexToEpochMs(deadline),
    byDeadline: monthIndex <= deadline,
  };
}
