/**
 * The wall's refresh policy: every query refetches every `baseMs` (from the URL), and a query
 * whose refreshes keep failing backs off (×2 per failure, at most `MAX_BACKOFF_MS`) so that a
 * wall does not hammer a source that is down. Each fetch still retries with backoff itself
 * (app/query-client.ts); this spaces the refreshes.
 */
export const MAX_BACKOFF_MS = 5 * 60_000;

export function backoffInterval(baseMs: number, failureStreak: number): number {
  const streak = Math.max(0, Math.min(failureStreak, 16));
  return Math.min(baseMs * 2 ** streak, Math.max(baseMs, MAX_BACKOFF_MS));
}

/** The part of a TanStack query's state the policy reads. */
export interface RefreshQueryState {
  readonly dataUpdatedAt: number;
  readonly errorUpdatedAt: number;
  readonly errorUpdateCount: number;
}

/**
 * Failed refreshes since the last success: the error count is cumulative, so the count at the
 * last success is remembered per query (a WeakMap: forgotten with the query).
 */
export function createStreakTracker(): (key: object, state: RefreshQueryState) => number {
  const atLastSuccess = new WeakMap<object, number>();
  return (key, state) => {
    if (state.dataUpdatedAt >= state.errorUpdatedAt) {
      atLastSuccess.set(key, state.errorUpdateCount);
      return 0;
    }
    const base = atLastSuccess.get(key) ?? 0;
    return Math.max(0, state.errorUpdateCount - base);
  };
}
