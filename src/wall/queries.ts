import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../data/http/fetch-json';
import { sourceTimeout, sourceUrl } from '../data/config/current-config';
import { parseSourceHealth } from '../data/contracts/source-health';
import { unwrapContract } from '../data/queries/contract-failure';

/**
 * The wall's own query: source health, for the data-health strip (parsed by the production
 * contract parser). Critical alerts come from `alertQueries.list` (src/data/queries/alerts.ts).
 */
export const wallQueries = {
  sourceHealth: (unitCode: string) =>
    queryOptions({
      queryKey: ['wall', 'source-health', unitCode] as const,
      queryFn: async ({ signal }) => {
        const url = sourceUrl('kpi', 'source-health', { unitCode });
        const json = await fetchJson(url, { signal, timeoutMs: sourceTimeout('kpi') });
        return unwrapContract(parseSourceHealth(json, { source: 'kpi' }));
      },
    }),
};
