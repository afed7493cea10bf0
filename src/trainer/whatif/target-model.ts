import type { KpiDefinition, KpiTarget } from '../../domain/kpi/definition';
import { requiredMonthlyPace, type RequiredPace } from '../../domain/targets/pace';
import {
  projectTargetDate,
  type HistoryPoint,
  type Projection,
} from '../../domain/targets/projection';
import { applicableTargets, strictestTarget } from '../../domain/targets/select';
import { projectAtPace, type PaceProjection } from '../../domain/targets/what-if';
import { comparePeriods } from '../../domain/time/period';

/**
 * The target what-if: a KPI with a 2030 target, its history, and a monthly pace the trainer
 * chooses. Every figure comes from the domain: the date at the chosen pace (projectAtPace), the
 * pace required by the deadline (requiredMonthlyPace) and the date at the pace seen so far
 * (projectTargetDate, Theil–Sen), side by side.
 */
export const WHAT_IF_YEAR = 2030;

export function target2030(kpi: KpiDefinition): KpiTarget | null {
  const target = strictestTarget(applicableTargets(kpi, WHAT_IF_YEAR, 'province'));
  return target !== null && target.year === WHAT_IF_YEAR ? target : null;
}

export function kpisWith2030Target(kpis: readonly KpiDefinition[]): KpiDefinition[] {
  return kpis.filter((k) => target2030(k) !== null && k.polarity !== 'neutral');
}

export interface TargetWhatIf {
  readonly target: KpiTarget;
  readonly latest: HistoryPoint | null;
  readonly atPace: PaceProjection | null;
  readonly required: RequiredPace | null;
  readonly trend: Projection;
}

export function targetWhatIf(
  kpi: KpiDefinition,
  history: readonly HistoryPoint[],
  perMonth: number,
): TargetWhatIf | null {
  const target = target2030(kpi);
  if (target === null) return null;
  const sorted = history
    .filter((h) => Number.isFinite(h.value))
    .sort((a, b) => comparePeriods(a.period, b.period));
  const latest = sorted.at(-1) ?? null;
  return {
    target,
    latest,
    atPace: latest === null ? null : projectAtPace(latest, perMonth, target),
    required: latest === null ? null : requiredMonthlyPace(latest.value, latest.period, target),
    trend: projectTargetDate(sorted, target),
  };
}
