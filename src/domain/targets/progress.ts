import type { FreshnessState } from '../freshness/freshness';
import { monthIndexToEpochMs, periodEndMonthIndex } from '../time/period';
import { assessAttainment } from './attainment';
import { baselineAt, glideGap, glidePath, type GlidePath, type ValuedPoint } from './glide-path';
import { deadlineMonthIndex } from './pace';
import { requiredPaceFromNow, type PaceFromNow } from './pace-from-now';
import { projectTargetDate, type Projection } from './projection';
import type { TargetLike } from './select';

/**
 * Where one dated target stands, for the targets table. Two phases:
 *
 * - closed (the target year is over, e.g. 2025 targets read in 2026): a verdict, achieved or
 *   missed, judged on the latest value whose period ends by the deadline (the year-end figure
 *   for monthly and yearly KPIs; for a survey every two years, the last survey before it);
 *   'no-data' when nothing was reported by then. A target is not re-judged on later values.
 * - live (the deadline is ahead): the status combines where the value is and where it is
 *   heading, in this order:
 *   1. no value → 'no-data'; 2. source stale → 'stale' (shown, not judged);
 *   3. the target is already met → 'met';
 *   4. the Theil–Sen projection reaches it by the deadline → 'on-track';
 *   5. it reaches it, but after the deadline → 'at-risk';
 *   6. the trend is flat or moving away → 'off-track';
 *   7. too few periods to project → 'insufficient-data'.
 *   The glide path (baseline at the plan's start → target at the deadline) and the required
 *   pace from now are reported beside the status, for the leader to weigh.
 */
export type ClosedVerdict = 'achieved' | 'missed' | 'no-data';
export type LiveStatus =
  'met' | 'on-track' | 'at-risk' | 'off-track' | 'insufficient-data' | 'stale' | 'no-data';

export type TargetProgress =
  | {
      readonly phase: 'closed';
      readonly verdict: ClosedVerdict;
      /** the value judged on; null when none was reported by the deadline */
      readonly judged: ValuedPoint | null;
      readonly deadlineMs: number;
    }
  | {
      readonly phase: 'live';
      readonly status: LiveStatus;
      readonly latest: ValuedPoint | null;
      readonly projection: Projection | null;
      readonly pace: PaceFromNow | null;
      readonly glide: GlidePath | null;
      /** value minus the glide path at the latest period (positive = ahead of plan) */
      readonly glideGap: number | null;
      readonly deadlineMs: number;
    };

export interface ProgressInput {
  readonly history: readonly ValuedPoint[];
  readonly target: TargetLike & { readonly year: number };
  readonly nowMs: number;
  /** month index at which the plan starts (the document's date of issue); null = first value */
  readonly planStartMonth: number | null;
  readonly freshness?: FreshnessState;
}

function byEnd(history: readonly ValuedPoint[]): ValuedPoint[] {
  return history
    .filter((h) => Number.isFinite(h.value))
    .sort((a, b) => periodEndMonthIndex(a.period) - periodEndMonthIndex(b.period));
}

export function targetProgress(input: ProgressInput): TargetProgress {
  const { target, nowMs } = input;
  const deadline = deadlineMonthIndex(target.year);
  const deadlineMs = monthIndexToEpochMs(deadline);
  const sorted = byEnd(input.history);

  if (nowMs >= deadlineMs) {
    const judged = sorted.filter((h) => periodEndMonthIndex(h.period) <= deadline).at(-1) ?? null;
    const verdict: ClosedVerdict =
      judged === null
        ? 'no-data'
        : assessAttainment(judged.value, target).met
          ? 'achieved'
          : 'missed';
    return { phase: 'closed', verdict, judged, deadlineMs };
  }

  const latest = sorted.at(-1) ?? null;
  if (latest === null) {
    return {
      phase: 'live',
      status: 'no-data',
      latest,
      projection: null,
      pace: null,
      glide: null,
      glideGap: null,
      deadlineMs,
    };
  }
  const baseline = baselineAt(sorted, input.planStartMonth ?? -Infinity);
  const glide = baseline ? glidePath(baseline, target) : null;
  const projection = projectTargetDate(sorted, target);
  const pace = requiredPaceFromNow(latest.value, target, nowMs);
  let status: LiveStatus;
  if (input.freshness === 'no-data') status = 'no-data';
  else if (input.freshness === 'stale') status = 'stale';
  else {
    switch (projection.kind) {
      case 'already-met':
        status = 'met';
        break;
      case 'projected':
        status = projection.byDeadline ? 'on-track' : 'at-risk';
        break;
      case 'not-improving':
        status = 'off-track';
        break;
      case 'insufficient-data':
        status = 'insufficient-data';
        break;
    }
  }
  return {
    phase: 'live',
    status,
    latest,
    projection,
    pace,
    glide,
    glideGap: glide ? glideGap(glide, latest, target) : null,
    deadlineMs,
  };
}
