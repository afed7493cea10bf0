import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { kpiQueries } from '../../data/queries/kpi';
import type { KpiDefinition } from '../../domain/kpi/definition';
import type { KpiObservation } from '../../domain/kpi/observation';

export interface KpiSeriesSet {
  /** KPIs whose series has arrived, with it */
  loaded: { kpi: KpiDefinition; observations: KpiObservation[] }[];
  /** KPIs still loading (first load) */
  pending: KpiDefinition[];
  /** KPIs whose series could not be loaded, with the error */
  failed: { kpi: KpiDefinition; error: unknown }[];
  /** a refresh failed for a KPI whose earlier figures are still shown */
  refreshFailed: boolean;
  retry: () => void;
}

/**
 * The series of several KPIs for one unit: one query each (kpiQueries.series), so the cache
 * is shared with the tiles and trends of the same unit and one failing KPI leaves the others.
 */
export function useKpiSeriesSet(kpis: readonly KpiDefinition[], unitCode: string): KpiSeriesSet {
  return useQueries({
    queries: kpis.map((kpi) => kpiQueries.series({ indicatorId: kpi.id, unitCode })),
    combine: (results: UseQueryResult<KpiObservation[]>[]) => {
      const set: KpiSeriesSet = {
        loaded: [],
        pending: [],
        failed: [],
        refreshFailed: results.some((r) => r.isRefetchError),
        retry: () => {
          for (const r of results) if (r.isError) void r.refetch();
        },
      };
      results.forEach((r, i) => {
        const kpi = kpis[i];
        if (!kpi) return;
        if (r.data) set.loaded.push({ kpi, observations: r.data });
        else if (r.error) set.failed.push({ kpi, error: r.error });
        else set.pending.push(kpi);
      });
      return set;
    },
  });
}
