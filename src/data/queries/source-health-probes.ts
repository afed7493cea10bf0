import type { SourceId } from '../config/runtime-config';

/**
 * What this browser saw of each endpoint: every probe's time, outcome and latency, kept for
 * 24 hours in localStorage. The health report says what the sources delivered; the probes say
 * whether the dashboard could reach them, and how fast: the "uptime over 24 h" of the sources
 * scene is the share of successful probes among those this browser made (it says how many).
 */
export interface ProbeResult {
  readonly endpoint: SourceId;
  readonly atMs: number;
  readonly ok: boolean;
  readonly latencyMs: number;
  /** why it failed, as the source said it (technical detail), null on success */
  readonly error: string | null;
  /** the kind of failure, for a message in the user's language */
  readonly errorKind?: ProbeErrorKind;
  /** HTTP status of an 'http' failure */
  readonly status?: number;
}

export type ProbeErrorKind =
  'network' | 'timeout' | 'http' | 'malformed-json' | 'contract' | 'unknown';

export interface EndpointStats {
  readonly endpoint: SourceId;
  readonly lastSuccessAtMs: number | null;
  readonly lastLatencyMs: number | null;
  readonly lastError: {
    readonly atMs: number;
    readonly message: string;
    readonly kind: ProbeErrorKind;
    readonly status: number | null;
  } | null;
  /** last probe failed */
  readonly failing: boolean;
  /** share of successful probes in the window, 0–1; null with no probe */
  readonly uptime: number | null;
  readonly probes: number;
}

export const PROBE_WINDOW_MS = 24 * 3_600_000;
/** A probe a minute for a day, per endpoint: the log never grows past this. */
export const MAX_PROBES_PER_ENDPOINT = 24 * 60;

export function pruneProbes(log: readonly ProbeResult[], nowMs: number): ProbeResult[] {
  const kept = log.filter((p) => p.atMs > nowMs - PROBE_WINDOW_MS && p.atMs <= nowMs + 60_000);
  const byEndpoint = new Map<string, ProbeResult[]>();
  for (const p of kept) byEndpoint.set(p.endpoint, [...(byEndpoint.get(p.endpoint) ?? []), p]);
  return [...byEndpoint.values()]
    .flatMap((ps) => ps.sort((a, b) => a.atMs - b.atMs).slice(-MAX_PROBES_PER_ENDPOINT))
    .sort((a, b) => a.atMs - b.atMs);
}

export function endpointStats(
  log: readonly ProbeResult[],
  endpoint: SourceId,
  nowMs: number,
): EndpointStats {
  const mine = log
    .filter((p) => p.endpoint === endpoint && p.atMs > nowMs - PROBE_WINDOW_MS)
    .sort((a, b) => a.atMs - b.atMs);
  const last = mine.at(-1);
  const lastOk = mine.filter((p) => p.ok).at(-1);
  const lastFail = mine.filter((p) => !p.ok).at(-1);
  return {
    endpoint,
    lastSuccessAtMs: lastOk?.atMs ?? null,
    lastLatencyMs: last?.latencyMs ?? null,
    lastError: lastFail
      ? {
          atMs: lastFail.atMs,
          message: lastFail.error ?? '',
          kind: lastFail.errorKind ?? 'unknown',
          status: lastFail.status ?? null,
        }
      : null,
    failing: last !== undefined && !last.ok,
    uptime: mine.length === 0 ? null : mine.filter((p) => p.ok).length / mine.length,
    probes: mine.length,
  };
}

const STORAGE_KEY = 'ioc-source-probes';

function isProbe(v: unknown): v is ProbeResult {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p.endpoint === 'string' &&
    typeof p.atMs === 'number' &&
    Number.isFinite(p.atMs) &&
    typeof p.ok === 'boolean' &&
    typeof p.latencyMs === 'number' &&
    Number.isFinite(p.latencyMs) &&
    (p.error === null || typeof p.error === 'string')
  );
}

/** The stored log (what earlier pages probed); unreadable or foreign entries are dropped. */
export function readProbeLog(): ProbeResult[] {
  try {
    const raw = storage()?.getItem(STORAGE_KEY);
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isProbe) : [];
  } catch {
    return [];
  }
}

export function writeProbeLog(log: readonly ProbeResult[]): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(log));
  } catch {
    // storage full or disabled: the stats cover this page's probes only
  }
}

/** localStorage where there is one (not in Node, nor with storage blocked). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
