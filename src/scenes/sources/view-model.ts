import { DATA_SOURCES } from '../../catalog/sources';
import type { SourceId } from '../../data/config/runtime-config';
import {
  endpointStats,
  type EndpointStats,
  type ProbeErrorKind,
  type ProbeResult,
} from '../../data/queries/source-health-probes';
import type { FreshnessContract } from '../../domain/freshness/contract';
import type { FreshnessState } from '../../domain/freshness/freshness';
import type { SourceProtocol } from '../../domain/kpi/data-source';
import type {
  SourceHealth,
  SourceHealthReport,
  SourceStatus,
} from '../../domain/freshness/source-health';

/**
 * One row of the source-health scene: the catalogue source, what the health report says of its
 * deliveries, and what this browser's probes say of the endpoint behind it. The state shown is
 * "down" when the source does not answer (the report says so, or the last probe failed), else
 * its freshness under its contract.
 */
export type SourceState = FreshnessState | 'down';

export interface SourceRow {
  readonly sourceId: string;
  /** catalogue id when known (name in the user's language), else the report's name */
  readonly catalogued: boolean;
  readonly name: string;
  readonly protocol: SourceProtocol;
  readonly ownerDepartmentId: string;
  readonly contract: FreshnessContract | null;
  readonly state: SourceState;
  readonly status: SourceStatus | null;
  readonly lastDeliveryAtMs: number | null;
  readonly lateAtMs: number | null;
  readonly staleAtMs: number | null;
  readonly endpoint: SourceId | null;
  readonly lastSuccessAtMs: number | null;
  readonly latencyMs: number | null;
  readonly lastError: {
    readonly atMs: number | null;
    /** technical detail (from the source or the browser): render as text */
    readonly message: string;
    /** null: the health report's message, shown as is */
    readonly kind: ProbeErrorKind | null;
    readonly status: number | null;
  } | null;
  readonly uptime: number | null;
  readonly probes: number;
  readonly silentDatastreams: number | null;
  readonly datastreams: number | null;
  /** text from the source or its health check: render as text */
  readonly message: string | null;
}

const ENDPOINT_OF: Readonly<Record<SourceProtocol, SourceId | null>> = {
  'kpi-rest': 'kpi',
  sensorthings: 'sensors',
  // Files are uploaded by departments: there is no endpoint to probe.
  'file-import': null,
};

/** Worst first: down, stale, late, no data, fresh; then by name. */
const STATE_ORDER: Readonly<Record<SourceState, number>> = {
  down: 0,
  stale: 1,
  late: 2,
  'no-data': 3,
  fresh: 4,
};

export function sourceRows(
  report: SourceHealthReport | undefined,
  probes: readonly ProbeResult[],
  nowMs: number,
  lang: 'vi' | 'en',
): SourceRow[] {
  const stats = new Map<SourceId, EndpointStats>();
  const statsOf = (endpoint: SourceId | null) => {
    if (endpoint === null) return null;
    let s = stats.get(endpoint);
    if (!s) {
      s = endpointStats(probes, endpoint, nowMs);
      stats.set(endpoint, s);
    }
    return s;
  };
  const reported = new Map<string, SourceHealth>(
    (report?.sources ?? []).map((s) => [s.sourceId, s]),
  );
  // Every catalogue source, reported or not (a missing report must not hide a source), then
  // any source the report knows and the catalogue does not.
  const ids = [
    ...DATA_SOURCES.map((s) => s.id),
    ...[...reported.keys()].filter((id) => !DATA_SOURCES.some((s) => s.id === id)),
  ];
  const rows = ids.map((id): SourceRow => {
    const cat = DATA_SOURCES.find((s) => s.id === id);
    const health = reported.get(id);
    const protocol: SourceProtocol = cat?.protocol ?? health?.protocol ?? 'kpi-rest';
    const endpoint = ENDPOINT_OF[protocol];
    const probe = statsOf(endpoint);
    const down = health?.status === 'down' || probe?.failing === true;
    const freshness: FreshnessState = health?.freshness ?? 'no-data';
    const reportError =
      health?.status === 'down'
        ? {
            atMs: report?.checkedAtMs ?? null,
            message: health.message ?? '',
            kind: null,
            status: null,
          }
        : null;
    return {
      sourceId: id,
      catalogued: cat !== undefined,
      name: cat ? cat.name[lang] : (health?.name ?? id),
      protocol,
      ownerDepartmentId: cat?.ownerDepartmentId ?? health?.ownerDepartmentId ?? '',
      contract: cat?.freshness ?? null,
      state: down ? 'down' : freshness,
      status: health?.status ?? null,
      lastDeliveryAtMs: health?.lastDeliveryAtMs ?? null,
      lateAtMs: health?.lateAtMs ?? null,
      staleAtMs: health?.staleAtMs ?? null,
      endpoint,
      lastSuccessAtMs: probe?.lastSuccessAtMs ?? null,
      latencyMs: probe?.lastLatencyMs ?? null,
      lastError: probe?.lastError ?? reportError,
      uptime: probe?.uptime ?? null,
      probes: probe?.probes ?? 0,
      silentDatastreams: health?.silentDatastreams ?? null,
      datastreams: health?.datastreams ?? null,
      message: health?.message ?? null,
    };
  });
  return rows.sort(
    (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.name.localeCompare(b.name, lang),
  );
}

/** Counts by state, for the scene's summary line. */
export function stateCounts(rows: readonly SourceRow[]): Record<SourceState, number> {
  const out: Record<SourceState, number> = { down: 0, stale: 0, late: 0, 'no-data': 0, fresh: 0 };
  for (const r of rows) out[r.state]++;
  return out;
}
