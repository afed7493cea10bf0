import { queryOptions } from '@tanstack/react-query';
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

/** Query factories for the KPI REST contract (docs/openapi): keys and fetchers together. */
export const kpiQueries = {
  all: ['kpi'] as const,
  series: (params: KpiSeriesParams) =>
    queryOptions({
      queryKey: [...kpiQueries.all, 'series', params] as const,
      queryFn: async ({ signal }) => {
        const observations: KpiObservation[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < MAX_KPI_PAGES; page++) {
          const url = sourceUrl('kpi', 'kpi-observations', { ...params, cursor });
          const json = await fetchJson(url, { signal, timeoutMs: sourceTimeout('kpi') });
          const parsed = unwrapContract(parseKpiObservationPage(json, { source: 'kpi' }));
          observations.push(...parsed.observations);
          if (parsed.nextCursor === null) return observations;
          cursor = parsed.nextCursor;
        }
        throw new ContractFailure(
          contractError('nextCursor', `more than ${MAX_KPI_PAGES} pages: stopped following`, 'kpi'),
        );
      },
    }),
};
