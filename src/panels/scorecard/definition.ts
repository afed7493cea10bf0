import { z } from 'zod';
import { KPI_DEFINITIONS } from '../../catalog/kpis/registry';
import type { GovernmentLevel, KpiDefinition } from '../../domain/kpi/definition';

/** Options of a scorecard placed in a scene: the unit against its 2025/2030 targets. */
export const scorecardOptionsSchema = z.strictObject({
  type: z.literal('scorecard'),
  /** KPIs to list, in this order; default: every catalogued KPI with a provincial target */
  kpiIds: z.array(z.string().min(1)).min(1).max(80).optional(),
});

export type ScorecardOptions = z.infer<typeof scorecardOptionsSchema>;

/** Targets that apply to a province: set for provinces, or for every level. */
export const appliesToProvince = (level: GovernmentLevel) =>
  level === 'province' || level === 'any';

/** The KPIs a scorecard lists: the given ids that exist, or every KPI with a provincial target. */
export function scorecardKpis(options: Pick<ScorecardOptions, 'kpiIds'>): KpiDefinition[] {
  if (options.kpiIds) {
    return options.kpiIds
      .map((id) => KPI_DEFINITIONS.find((k) => k.id === id))
      .filter((k): k is KpiDefinition => k !== undefined);
  }
  return KPI_DEFINITIONS.filter((k) => k.targets.some((t) => appliesToProvince(t.level)));
}
