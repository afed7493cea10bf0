import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../data/http/fetch-json';
import { sourceTimeout, sourceUrl } from '../data/config/current-config';
import { parseAlerts } from '../data/contracts/alerts';
import { parseSourceHealth } from '../data/contracts/source-health';
import { unwrapContract } from '../data/queries/contract-failure';

/**
 * The wall's own queries: source health (for the data-health strip) and critical alerts (for
 * the takeover). Minimal: one page each, parsed by the production contract parsers. The alerts
 * one is used while src/data/queries/alerts.ts does not exist (see docs/wall.md).
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
  criticalAlerts: (unitCode: string) =>
    queryOptions({
      // The unit is in the key: the mock (and a real service) answer for the page's province.
      queryKey: ['wall', 'alerts', 'critical', unitCode] as const,
      queryFn: async ({ signal }) => {
        // Open first, then most severe, newest: the first page holds what a takeover needs.
        const url = sourceUrl('alerts', 'alerts', { severity: 'critical', limit: 200 });
        const json = await fetchJson(url, { signal, timeoutMs: sourceTimeout('alerts') });
        return unwrapContract(parseAlerts(json, { source: 'alerts' })).alerts;
      },
    }),
};
