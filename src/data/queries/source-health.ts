import { queryOptions } from '@tanstack/react-query';
import type { SourceHealthReport } from '../../domain/freshness/source-health';
import { fetchJson } from '../http/fetch-json';
import { isHttpFailure } from '../http/errors';
import { sourceTimeout, sourceUrl } from '../config/current-config';
import type { SourceId } from '../config/runtime-config';
import { parseSourceHealth } from '../contracts/source-health';
import { parseAlerts } from '../contracts/alerts';
import { parseKpiObservationPage } from '../contracts/kpi-observation';
import { parseThings } from '../contracts/sensorthings';
import { err, type Result } from '../../domain/result';
import type { ContractError } from '../contracts/errors';
import { isContractFailure, unwrapContract } from './contract-failure';
import { pruneProbes, readProbeLog, writeProbeLog, type ProbeResult } from './source-health-probes';

/**
 * Source health: the report of GET {kpi}/source-health (what each catalogue source delivered,
 * its freshness under its contract, whether it answers), and this browser's own probes of the
 * endpoints behind the sources (latency, last success, last error, uptime over 24 h).
 */

export const SOURCE_HEALTH_POLL_MS = 30_000;
export const PROBE_INTERVAL_MS = 60_000;

/** The endpoints the dashboard reads catalogue sources through, by protocol. */
export const PROBED_ENDPOINTS: readonly SourceId[] = ['kpi', 'sensors', 'alerts'];

/** A cheap request per endpoint, parsed with the production contract: an answer that breaks it is a failure. */
function probeRequest(
  endpoint: SourceId,
  unitCode: string,
): { url: string; parse: (json: unknown) => Result<unknown, ContractError> } {
  switch (endpoint) {
    case 'kpi':
      return {
        url: sourceUrl('kpi', 'kpi-observations', {
          indicatorId: 'dvc.online-dossier-share',
          unitCode,
          limit: 1,
        }),
        parse: (json) => parseKpiObservationPage(json, { source: 'kpi' }),
      };
    case 'sensors':
      return {
        url: sourceUrl('sensors', 'Things', { $top: 1 }),
        parse: (json) => parseThings(json, { source: 'sensors' }),
      };
    default:
      return {
        url: sourceUrl('alerts', 'alerts', { unitCode, limit: 1 }),
        // The lists keep the good rows of a page, but for the source's health a row that
        // breaks the contract is a failure to report, not a detail to skip.
        parse: (json) => {
          const page = parseAlerts(json, { source: 'alerts' });
          return page.ok && page.value.skipped ? err(page.value.skipped.first) : page;
        },
      };
  }
}

function failureOf(error: unknown): Pick<ProbeResult, 'error' | 'errorKind' | 'status'> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 300);
  if (isHttpFailure(error)) {
    const kind = error.kind === 'aborted' ? 'network' : error.kind;
    return {
      error: message,
      errorKind: kind,
      ...(error.status === undefined ? {} : { status: error.status }),
    };
  }
  if (isContractFailure(error)) return { error: message, errorKind: 'contract' };
  return { error: message, errorKind: 'unknown' };
}

export async function probeEndpoint(
  endpoint: SourceId,
  unitCode: string,
  signal?: AbortSignal,
): Promise<ProbeResult> {
  const { url, parse } = probeRequest(endpoint, unitCode);
  const started = performance.now();
  const atMs = Date.now();
  try {
    const json = await fetchJson(url, {
      ...(signal ? { signal } : {}),
      timeoutMs: sourceTimeout(endpoint),
    });
    const parsed = parse(json);
    const latencyMs = Math.round(performance.now() - started);
    return parsed.ok
      ? { endpoint, atMs, ok: true, latencyMs, error: null }
      : {
          endpoint,
          atMs,
          ok: false,
          latencyMs,
          error: `${parsed.error.field} — ${parsed.error.message}`.slice(0, 300),
          errorKind: 'contract',
        };
  } catch (error) {
    return {
      endpoint,
      atMs,
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      ...failureOf(error),
    };
  }
}

export const sourceHealthQueries = {
  all: ['source-health'] as const,
  report: (unitCode: string) =>
    queryOptions({
      queryKey: [...sourceHealthQueries.all, 'report', unitCode] as const,
      queryFn: async ({ signal }): Promise<SourceHealthReport> => {
        const json = await fetchJson(sourceUrl('kpi', 'source-health', { unitCode }), {
          signal,
          timeoutMs: sourceTimeout('kpi'),
        });
        return unwrapContract(parseSourceHealth(json, { source: 'kpi' }));
      },
      refetchInterval: SOURCE_HEALTH_POLL_MS,
      placeholderData: (previous) => previous,
    }),
  /** Probes every endpoint once, appends to the 24-hour log and returns the log. */
  probes: (unitCode: string) =>
    queryOptions({
      queryKey: [...sourceHealthQueries.all, 'probes', unitCode] as const,
      queryFn: async ({ signal }): Promise<ProbeResult[]> => {
        const results = await Promise.all(
          PROBED_ENDPOINTS.map((e) => probeEndpoint(e, unitCode, signal)),
        );
        const log = pruneProbes([...readProbeLog(), ...results], Date.now());
        writeProbeLog(log);
        return log;
      },
      refetchInterval: PROBE_INTERVAL_MS,
      placeholderData: (previous) => previous,
      // A probe never throws (failures are its result): no retry delay before showing "down".
      retry: false,
    }),
};
