import { useMemo } from 'react';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { kpiQueries } from '../../data/queries/kpi';
import type { KpiObservation } from '../../domain/kpi/observation';

export interface TargetSeries {
  /** observations per "kpiId|unitCode"; null = failed; absent = still loading */
  byKey: ReadonlyMap<string, KpiObservation[] | null>;
  pending: boolean;
  /** every series failed */
  allFailed: boolean;
  firstError: unknown;
  refreshFailed: boolean;
  retry: () => void;
}

interface Combined {
  results: { data: KpiObservation[] | undefined; failed: boolean }[];
  pending: boolean;
  firstError: unknown;
  refreshFailed: boolean;
  retry: () => void;
}

function combine(results: UseQueryResult<KpiObservation[]>[]): Combined {
  return {
    results: results.map((r) => ({ data: r.data, failed: r.isError && r.data === undefined })),
    pending: results.some((r) => r.isPending && r.fetchStatus !== 'idle'),
    firstError: results.find((r) => r.error !== null)?.error ?? null,
    refreshFailed: results.some((r) => r.isRefetchError),
    retry: () => {
      for (const r of results) if (r.isError) void r.refetch();
    },
  };
}

/**
 * The series behind the targets table, one query per KPI × unit (shared with the tiles and
 * trends of the same KPI through kpiQueries.series). One failing KPI leaves the others shown.
 */
export function useTargetSeries(
  series: readonly { kpiId: string; unitCode: string }[],
): TargetSeries {
  const combined = useQueries({
    queries: series.map((s) => kpiQueries.series({ indicatorId: s.kpiId, unitCode: s.unitCode })),
    combine,
  });
  const byKey = useMemo(() => {
    const map = new Map<string, KpiObservation[] | null>();
    combined.results.forEach((r, i) => {
      const s = series[i];
      if (!s) return;
      if (r.data !== undefined) map.set(`${s.kpiId}|${s.unitCode}`, r.data);
      else if (r.failed) map.set(`${s.kpiId}|${s.unitCode}`, null);
    });
    return map;
  }, [combined.results, series]);
  return {
    byKey,
    pending: combined.pending,
    allFailed: series.length > 0 && combined.results.every((r) => r.failed),
    firstError: combined.firstError,
    refreshFailed: combined.refreshFailed,
    retry: combined.retry,
  };
}
