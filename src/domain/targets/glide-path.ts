import { periodEndMonthIndex, type Period } from '../time/period';
import { fromVnDateTime, toVnDateTime } from '../time/zone';
import { isHigherBetter } from './attainment';
import { deadlineMonthIndex } from './pace';
import type { TargetLike } from './select';

/**
 * Glide path: the straight line a plan implies, from a baseline value to the target value at the
 * end of the target year. Comparing the value with the line answers "are we where the plan
 * should be by now?", which a target 4 years away cannot answer on its own.
 *
 * Time is the continuous month index of period.ts (months since January of year 0, a value read
 * as at the END of its period), so a glide path, a projection and a pace use one clock.
 */
export interface GlidePath {
  /** month index of the baseline (end of the baseline's period) */
  readonly fromMonth: number;
  readonly fromValue: number;
  /** month index of the deadline (end of the target year) */
  readonly toMonth: number;
  readonly toValue: number;
}

export interface ValuedPoint {
  readonly period: Period;
  readonly value: number;
}

/**
 * Continuous month index of an instant (inverse of monthIndexToEpochMs): 00:00 on 1 September
 * 2025 in Vietnam is 2025·12 + 8, noon on 16 September about 2025·12 + 8.5.
 */
export function monthIndexOfEpochMs(epochMs: number): number {
  const t = toVnDateTime(epochMs);
  const start = fromVnDateTime(t.year, t.month, 1);
  const end = fromVnDateTime(t.year, t.month + 1, 1);
  return t.year * 12 + (t.month - 1) + (epochMs - start) / (end - start);
}

/** Month index of a calendar date "YYYY-MM-DD" (00:00 Vietnamese time); null if malformed. */
export function monthIndexOfDate(isoDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return monthIndexOfEpochMs(fromVnDateTime(year, month, day));
}

/**
 * The baseline of a plan that starts at `startMonth` (a document's date of issue): the latest
 * value known at the start, or, when the history begins later, its first value. Null without
 * history.
 */
export function baselineAt(
  history: readonly ValuedPoint[],
  startMonth: number,
): ValuedPoint | null {
  const valid = history
    .filter((h) => Number.isFinite(h.value))
    .sort((a, b) => periodEndMonthIndex(a.period) - periodEndMonthIndex(b.period));
  const before = valid.filter((h) => periodEndMonthIndex(h.period) <= startMonth).at(-1);
  return before ?? valid[0] ?? null;
}

/** The glide path from a baseline to a target; null when the baseline is not before the deadline. */
export function glidePath(
  baseline: ValuedPoint,
  target: TargetLike & { readonly year: number },
): GlidePath | null {
  const fromMonth = periodEndMonthIndex(baseline.period);
  const toMonth = deadlineMonthIndex(target.year);
  if (!(fromMonth < toMonth) || !Number.isFinite(baseline.value)) return null;
  return { fromMonth, fromValue: baseline.value, toMonth, toValue: target.value };
}

/**
 * The value the plan expects at a month index: linear between baseline and deadline, the
 * baseline before it and the target after it (the plan asks nothing before it starts, and
 * nothing more than the target after the deadline).
 */
export function glideValueAt(path: GlidePath, monthIndex: number): number {
  if (monthIndex <= path.fromMonth) return path.fromValue;
  if (monthIndex >= path.toMonth) return path.toValue;
  const share = (monthIndex - path.fromMonth) / (path.toMonth - path.fromMonth);
  return path.fromValue + share * (path.toValue - path.fromValue);
}

/**
 * How far a value is from the glide path at its period, in the KPI's unit: positive = ahead of
 * the plan (on the good side for the target's direction), negative = behind it.
 */
export function glideGap(path: GlidePath, point: ValuedPoint, target: TargetLike): number {
  const expected = glideValueAt(path, periodEndMonthIndex(point.period));
  return isHigherBetter(target) ? point.value - expected : expected - point.value;
}
