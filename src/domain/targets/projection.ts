import { theilSen } from '../stats/robust';
import { monthIndexToEpochMs, periodEndMonthIndex, type Period } from '../time/period';
import { assessAttainment, isHigherBetter } from './attainment';
import { deadlineMonthIndex } from './pace';
import type { TargetLike } from './select';

/**
 * When will the KPI reach its target at the pace seen so far?
 *
 * Method: Theil–Sen line through the history (value against month index at the end of each
 * period), with Sen's 95 % confidence interval for the slope; the projected date is where the
 * line crosses the target, and the interval is where the lines with the lower and upper slope
 * bounds (each with its own median intercept) cross it. Why: KPI series are short, noisy and
 * carry one-off spikes (a backlog cleared in one month, a data-entry error); an ordinary
 * least-squares line is pulled by a single outlier, while Theil–Sen tolerates up to ~29 % bad
 * points, assumes no normal errors, and its interval widens honestly for short series.
 *
 * Outcomes:
 * - already-met: the latest value meets the target;
 * - insufficient-data: fewer than MIN_POINTS distinct periods;
 * - not-improving: the estimated slope is zero or points away from the target — unreachable
 *   at the current pace;
 * - projected: a crossing date with its interval; `byDeadline` says whether the estimate falls
 *   before the end of the target year ("unreachable at current pace" when false). The late
 *   bound is null when the slope's interval includes no progress (it may never be reached).
 */

export const MIN_POINTS = 3;

export interface HistoryPoint {
  readonly period: Period;
  readonly value: number;
}

export type Projection =
  | { readonly kind: 'already-met'; readonly latest: HistoryPoint }
  | { readonly kind: 'insufficient-data'; readonly points: number; readonly required: number }
  | { readonly kind: 'not-improving'; readonly slopePerMonth: number }
  | {
      readonly kind: 'projected';
      /** change per month, with its confidence bounds */
      readonly slopePerMonth: number;
      readonly slopeLower: number;
      readonly slopeUpper: number;
      /** projected crossing, epoch ms, and its interval (null = possibly never) */
      readonly estimateMs: number;
      readonly earliestMs: number | null;
      readonly latestMs: number | null;
      /** the deadline (end of the target year), epoch ms */
      readonly deadlineMs: number;
      readonly byDeadline: boolean;
    };

function crossing(slope: number, intercept: number, target: number): number | null {
  if (!Number.isFinite(slope) || !Number.isFinite(intercept) || slope === 0) return null;
  return (target - intercept) / slope;
}

export function projectTargetDate(
  history: readonly HistoryPoint[],
  target: TargetLike & { readonly year: number },
): Projection {
  const valid = history.filter((h) => Number.isFinite(h.value));
  const sorted = [...valid].sort(
    (a, b) => periodEndMonthIndex(a.period) - periodEndMonthIndex(b.period),
  );
  const latest = sorted[sorted.length - 1];
  if (latest !== undefined && assessAttainment(latest.value, target).met) {
    return { kind: 'already-met', latest };
  }
  const distinct = new Set(sorted.map((h) => periodEndMonthIndex(h.period))).size;
  if (latest === undefined || distinct < MIN_POINTS) {
    return { kind: 'insufficient-data', points: distinct, required: MIN_POINTS };
  }
  const fit = theilSen(sorted.map((h) => ({ x: periodEndMonthIndex(h.period), y: h.value })));
  if (fit === null) return { kind: 'insufficient-data', points: distinct, required: MIN_POINTS };

  // Orient so that "progress" is a positive slope whatever the polarity.
  const sign = isHigherBetter(target) ? 1 : -1;
  const progress = sign * fit.slope;
  if (!(progress > 0)) return { kind: 'not-improving', slopePerMonth: fit.slope };

  const latestX = periodEndMonthIndex(latest.period);
  const estimateX = crossing(fit.slope, fit.intercept, target.value);
  if (estimateX === null) return { kind: 'not-improving', slopePerMonth: fit.slope };

  // The faster bound (more progress per month) gives the earliest date, the slower the latest.
  const fast = sign > 0 ? fit.slopeUpper : fit.slopeLower;
  const fastIntercept = sign > 0 ? fit.interceptAtUpper : fit.interceptAtLower;
  const slow = sign > 0 ? fit.slopeLower : fit.slopeUpper;
  const slowIntercept = sign > 0 ? fit.interceptAtLower : fit.interceptAtUpper;
  const earliestX = sign * fast > 0 ? crossing(fast, fastIntercept, target.value) : null;
  const latestBoundX = sign * slow > 0 ? crossing(slow, slowIntercept, target.value) : null;

  // A crossing "in the past" of a line that has not met the target yet means the fitted line is
  // already beyond it while the last value is not: the earliest plausible date is now.
  const clampToNow = (x: number): number => Math.max(x, latestX);
  const deadlineX = deadlineMonthIndex(target.year);
  const estimate = clampToNow(estimateX);
  return {
    kind: 'projected',
    slopePerMonth: fit.slope,
    slopeLower: fit.slopeLower,
    slopeUpper: fit.slopeUpper,
    estimateMs: monthIndexToEpochMs(estimate),
    earliestMs:
      earliestX === null ? null : monthIndexToEpochMs(Math.min(clampToNow(earliestX), estimate)),
    latestMs:
      latestBoundX === null
        ? null
        : monthIndexToEpochMs(Math.max(clampToNow(latestBoundX), estimate)),
    deadlineMs: monthIndexToEpochMs(deadlineX),
    byDeadline: estimate <= deadlineX,
  };
}
