import type { FreshnessState } from '../freshness/freshness';
import type { AtRiskBand } from '../kpi/definition';
import { assessAttainment } from './attainment';
import type { TargetLike } from './select';

/**
 * Status of a KPI value against its target. The rule, in order:
 * 1. no value, or the source has never delivered → 'no-data';
 * 2. the source is stale (freshness/freshness.ts) → 'stale' (the number is shown, greyed, but not
 *    judged: a leader must not act on an old green);
 * 3. no target applies → 'no-target';
 * 4. target met → 'on-track';
 * 5. shortfall within the at-risk band → 'at-risk';
 * 6. otherwise → 'off-track'.
 * The band is the wider of `relative × |target|` and `absolute` (KPI unit); default relative
 * 0.1, i.e. within 10 % of the target. A "late" source is still judged (it is merely overdue).
 * Status says where the value stands now; whether the target will be reached in time is the
 * projection's question (targets/projection.ts).
 */
export type KpiStatus = 'on-track' | 'at-risk' | 'off-track' | 'no-data' | 'stale' | 'no-target';

export const DEFAULT_AT_RISK_BAND: AtRiskBand = { relative: 0.1 };

export interface StatusInput {
  readonly value: number | null;
  readonly target: TargetLike | null;
  readonly band?: AtRiskBand;
  readonly freshness?: FreshnessState;
}

export function bandWidth(target: TargetLike, band: AtRiskBand = DEFAULT_AT_RISK_BAND): number {
  const relative = (band.relative ?? 0) * Math.abs(target.value);
  return Math.max(relative, band.absolute ?? 0);
}

export function kpiStatus(input: StatusInput): KpiStatus {
  if (input.value === null || !Number.isFinite(input.value) || input.freshness === 'no-data') {
    return 'no-data';
  }
  if (input.freshness === 'stale') return 'stale';
  if (input.target === null) return 'no-target';
  const attainment = assessAttainment(input.value, input.target);
  if (attainment.met) return 'on-track';
  return -attainment.gap <= bandWidth(input.target, input.band) ? 'at-risk' : 'off-track';
}

/** Severity order of the judged statuses, best first (for sorting and monotonicity checks). */
export const STATUS_ORDER: readonly KpiStatus[] = ['on-track', 'at-risk', 'off-track'];
