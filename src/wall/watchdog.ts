/**
 * The wall's watchdog decisions, pure. Every sample says how big the page is (JS heap, DOM
 * nodes, live charts and maps) and whether the rotation still moves; a limit crossed on
 * `sustain` consecutive samples (one GC spike is not a leak), or a stall, asks for a
 * state-preserving reload with the reason.
 */
export interface WatchdogSample {
  readonly atMs: number;
  /** used JS heap, bytes; null where the browser does not say (performance.memory is Chromium's) */
  readonly heapBytes: number | null;
  readonly domNodes: number;
  readonly charts: number;
  readonly maps: number;
  /** rotation advances so far, and whether it is paused (a paused wall is not stalled) */
  readonly advances: number;
  readonly paused: boolean;
  /** how late the sampling timer fired, ms: a page that hangs fires late */
  readonly lagMs: number;
}

export interface WatchdogLimits {
  readonly heapBytes: number;
  readonly domNodes: number;
  readonly charts: number;
  readonly maps: number;
  /** no rotation advance for this long while not paused = stalled */
  readonly stallMs: number;
  /** a timer firing this late means the main thread hung */
  readonly lagMs: number;
  /** consecutive samples over a size limit before acting */
  readonly sustain: number;
}

export type WatchdogReason = 'heap' | 'dom' | 'charts' | 'maps' | 'stall' | 'hang';

export interface WatchdogState {
  readonly over: Readonly<Partial<Record<WatchdogReason, number>>>;
  /** last time the rotation advanced (or was paused/resumed), ms */
  readonly progressAtMs: number;
  readonly advances: number;
}

export type WatchdogDecision =
  | { readonly action: 'ok' }
  | { readonly action: 'reload'; readonly reason: WatchdogReason; readonly detail: string };

/** Limits for a scene rotation whose longest scene lasts `longestSceneMs`. */
export function defaultLimits(
  longestSceneMs: number,
  heapLimitBytes: number | null,
): WatchdogLimits {
  return {
    // 1 GiB, or 70% of the browser's own limit when lower.
    heapBytes: Math.min(
      1024 ** 3,
      heapLimitBytes ? heapLimitBytes * 0.7 : Number.POSITIVE_INFINITY,
    ),
    domNodes: 25_000,
    charts: 24,
    maps: 4,
    stallMs: Math.max(3 * longestSceneMs, 60_000),
    lagMs: 30_000,
    sustain: 3,
  };
}

export function startWatchdog(nowMs: number): WatchdogState {
  return { over: {}, progressAtMs: nowMs, advances: 0 };
}

function formatMb(bytes: number): string {
  return `${String(Math.round(bytes / 1024 / 1024))} MB`;
}

export function assessWatchdog(
  state: WatchdogState,
  sample: WatchdogSample,
  limits: WatchdogLimits,
): { state: WatchdogState; decision: WatchdogDecision } {
  const moved = sample.advances !== state.advances || sample.paused;
  const progressAtMs = moved ? sample.atMs : state.progressAtMs;

  const checks: [WatchdogReason, boolean, string][] = [
    [
      'heap',
      sample.heapBytes !== null && sample.heapBytes > limits.heapBytes,
      `${formatMb(sample.heapBytes ?? 0)} > ${formatMb(limits.heapBytes)}`,
    ],
    [
      'dom',
      sample.domNodes > limits.domNodes,
      `${String(sample.domNodes)} > ${String(limits.domNodes)}`,
    ],
    [
      'charts',
      sample.charts > limits.charts,
      `${String(sample.charts)} > ${String(limits.charts)}`,
    ],
    ['maps', sample.maps > limits.maps, `${String(sample.maps)} > ${String(limits.maps)}`],
  ];
  const over: Partial<Record<WatchdogReason, number>> = {};
  for (const [reason, crossed, detail] of checks) {
    if (!crossed) continue;
    const count = (state.over[reason] ?? 0) + 1;
    over[reason] = count;
    if (count >= limits.sustain) {
      return {
        state: { over, progressAtMs, advances: sample.advances },
        decision: { action: 'reload', reason, detail },
      };
    }
  }
  const next: WatchdogState = { over, progressAtMs, advances: sample.advances };
  if (sample.lagMs > limits.lagMs) {
    return {
      state: next,
      decision: {
        action: 'reload',
        reason: 'hang',
        detail: `${String(Math.round(sample.lagMs / 1000))} s`,
      },
    };
  }
  if (!sample.paused && sample.atMs - progressAtMs > limits.stallMs) {
    return {
      state: next,
      decision: {
        action: 'reload',
        reason: 'stall',
        detail: `${String(Math.round((sample.atMs - progressAtMs) / 1000))} s`,
      },
    };
  }
  return { state: next, decision: { action: 'ok' } };
}
