import { assessFreshness, type FreshnessAssessment } from '../freshness/freshness';
import type { GovernmentLevel, KpiDefinition, KpiTarget } from '../kpi/definition';
import type { KpiObservation } from '../kpi/observation';
import { assessAttainment, type Attainment } from './attainment';
import { applicableTargets, strictestTarget, targetFromValue, type TargetLike } from './select';
import { kpiStatus, type KpiStatus } from './status';

/**
 * Everything a tile needs about one observation, in one call: which target applies, how the
 * value stands against it, how fresh the data is, and the resulting status.
 *
 * Target precedence: the observation's own target (a province's target for that unit and
 * period, e.g. Bình Định's monthly 35 % online payment) when the source sends one; otherwise the
 * strictest catalogue target applicable to the period's year and the unit's level.
 */
export interface KpiAssessment {
  readonly status: KpiStatus;
  /** the target judged against; `catalogue` is set when it comes from the catalogue */
  readonly target: (TargetLike & { readonly catalogue?: KpiTarget }) | null;
  /** every catalogue target that applies, for display with their sources */
  readonly catalogueTargets: readonly KpiTarget[];
  readonly attainment: Attainment | null;
  readonly freshness: FreshnessAssessment;
}

export function assessKpi(
  definition: KpiDefinition,
  observation: KpiObservation | null,
  level: GovernmentLevel,
  nowMs: number,
): KpiAssessment {
  const freshness = assessFreshness(definition.freshness, observation?.asOfMs ?? null, nowMs);
  const catalogueTargets =
    observation === null ? [] : applicableTargets(definition, observation.period.year, level);
  const fromSource =
    observation?.target === null || observation?.target === undefined
      ? null
      : targetFromValue(observation.target, definition.polarity);
  const strictest = strictestTarget(catalogueTargets);
  const target = fromSource ?? (strictest === null ? null : { ...strictest, catalogue: strictest });
  const value = observation?.value ?? null;
  const attainment = value === null || target === null ? null : assessAttainment(value, target);
  const status = kpiStatus({
    value,
    target,
    freshness: freshness.state,
    ...(definition.thresholds.atRisk === undefined ? {} : { band: definition.thresholds.atRisk }),
  });
  return { status, target, catalogueTargets, attainment, freshness };
}
