import { useEffect, useRef } from 'react';
import { pageStats } from './stats';
import { assessWatchdog, defaultLimits, startWatchdog, type WatchdogDecision } from './watchdog';

export const WATCHDOG_INTERVAL_MS = 10_000;

interface Progress {
  advances: number;
  paused: boolean;
}

/**
 * Samples the page every WATCHDOG_INTERVAL_MS and calls `onReload` once when a limit is
 * crossed (watchdog.ts decides). The caller stores the position and reloads.
 */
export function useWatchdog(
  longestSceneMs: number,
  progress: () => Progress,
  onReload: (decision: Extract<WatchdogDecision, { action: 'reload' }>) => void,
): void {
  const latest = useRef({ progress, onReload });
  useEffect(() => {
    latest.current = { progress, onReload };
  });
  useEffect(() => {
    let state = startWatchdog(Date.now());
    let expected = Date.now() + WATCHDOG_INTERVAL_MS;
    let done = false;
    const id = window.setInterval(() => {
      if (done) return;
      const now = Date.now();
      const lagMs = Math.max(0, now - expected);
      expected = now + WATCHDOG_INTERVAL_MS;
      const stats = pageStats();
      const { advances, paused } = latest.current.progress();
      const result = assessWatchdog(
        state,
        {
          atMs: now,
          heapBytes: stats.heapBytes,
          domNodes: stats.domNodes,
          charts: stats.charts,
          maps: stats.maps,
          advances,
          paused,
          lagMs,
        },
        defaultLimits(longestSceneMs, stats.heapLimitBytes),
      );
      state = result.state;
      if (result.decision.action === 'reload') {
        done = true;
        latest.current.onReload(result.decision);
      }
    }, WATCHDOG_INTERVAL_MS);
    return () => {
      window.clearInterval(id);
    };
  }, [longestSceneMs]);
}
