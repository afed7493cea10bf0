/**
 * User-timing entries ("sensors:*") for the main-thread work of a refresh, read by the sensors
 * bench (bench/sensors.mjs) to attribute long tasks. Diagnostics only: an environment without
 * user timing loses nothing.
 */
export function measureSince(name: string, startMs: number): void {
  try {
    performance.measure(`sensors:${name}`, { start: startMs });
  } catch {
    /* no user timing here */
  }
}

export const timingNow = (): number => performance.now();
