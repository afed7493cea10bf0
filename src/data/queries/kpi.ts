import { queryOptions } from '@tanstack/react-query';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { getKpi } from '../../catalog/kpis/registry';
import { continuousSeries } from '../../domain/admin-units/continuous-series';
import type { KpiObservation } from '../../domain/kpi/observation';
import { fetchJson } from '../http/fetch-json';
import { sourceTimeout, sourceUrl } from '../config/current-config';
import { parseKpiObservationPage } from '../contracts/kpi-observation';
import { contractError } from '../contracts/errors';
import { ContractFailure, unwrapContract } from './contract-failure';

export interface KpiSeriesParams {
  indicatorId: string;
  unitCode: string;
  /** first and last period, inclusive ("2024-01", "2025-10"); omitted = whole history */
  from?: string;
  to?: string;
}

/**
 * Most pages a series may take. A monthly series since 2020 is one page; a source that keeps
 * handing out cursors is broken, and following it forever would hang the panel.
 */
export const MAX_KPI_PAGES = 20;

/**
 * The unit codes to ask for: a current province also needs the former units it was formed
 * from, since history before 1 July 2025 is reported on those (admin-units.md).
 */
export function requestedUnits(unitCode: string): string[] {
  const formedFrom = ADMIN_UNITS.currentByCode(unitCode)?.formedFrom ?? [];
  return [...new Set([unitCode, ...formedFrom])];
}

/** A current province's series, its pre-reform history aggregated from its former units. */
export function asCurrentUnitSeries(
  observations: KpiObservation[],
  params: KpiSeriesParams,
): KpiObservation[] {
  const unit = ADMIN_UNITS.currentByCode(params.unitCode);
  const kpi = getKpi(params.indicatorId);
  if (!unit || !kpi) return observations.filter((o) => o.unitCode === params.unitCode);
  return continuousSeries(
    observations,
    unit.code,
    unit.formedFrom,
    kpi.aggregation,
    kpi.unit === 'percent' ? 100 : 1,
  );
}

/** What one KPI request asks for: the query parameters of `GET {kpi}/kpi-observations`. */
export interface KpiObservationRequest {
  indicatorId: string;
  /** one code, or a comma-separated list */
  unitCode: string;
  from?: string;
  to?: string;
  /** the contract's name for `from`: periods whose end is at or after this period's end */
  periodFrom?: string;
}

/**
 * Every observation of one request, following the cursor; each page validated against the
 * contract. A source that keeps handing out cursors is a contract failure.
 */
export async function fetchKpiObservations(
  request: KpiObservationRequest,
  signal: AbortSignal,
): Promise<KpiObservation[]> {
  const observations: KpiObservation[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_KPI_PAGES; page++) {
    const url = sourceUrl('kpi', 'kpi-observations', { ...request, cursor });
    const json = await fetchJson(url, { signal, timeoutMs: sourceTimeout('kpi') });
    const parsed = unwrapContract(parseKpiObservationPage(json, { source: 'kpi' }));
    observations.push(...parsed.observations);
    if (parsed.nextCursor === null) return observations;
    cursor = parsed.nextCursor;
  }
  throw new ContractFailure(
    contractError('nextCursor', `more than ${MAX_KPI_PAGES} pages: stopped following`, 'kpi'),
  );
}

/** Query factories for the KPI REST contract (docs/openapi): keys and fetchers together. */
export const kpiQueries = {
  all: ['kpi'] as const,
  series: (params: KpiSeriesParams) =>
    queryOptions({
      queryKey: [...kpiQueries.all, 'series', params] as const,
      queryFn: async ({ signal }) => {
        const observations = await fetchKpiObservations(
          { ...params, unitCode: requestedUnits(params.unitCode).join(',') },
          signal,
        );
        return asCurrentUnitSeries(observations, params);
      },
    }),
};
