import {
  useQueryClient,
  type DefaultOptions,
  type Query,
  type QueryClient,
} from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { backoffInterval, createStreakTracker } from './refresh-policy';

function isStatic(query: Query): boolean {
  // The observers' options carry staleTime; the query keeps the last one it was given.
  const staleTime: unknown = (query.options as { staleTime?: unknown }).staleTime;
  return staleTime === Infinity || staleTime === 'static';
}

/**
 * Applies the wall's refresh policy to every query of the page: refetch every `refreshMs`
 * (also while the tab is hidden: a kiosk may report itself hidden), backing off while a
 * query's refreshes fail. Static data (boundaries) is left alone.
 */
export function useRefreshPolicy(refreshMs: number): void {
  const client = useQueryClient();
  // Applied before the first render of the panels (they read the defaults when they mount)…
  useState(() => applyPolicy(client, refreshMs));
  // …and kept in force while the wall is open (StrictMode remounts; a new refresh period).
  useEffect(() => {
    const previous = applyPolicy(client, refreshMs);
    return () => {
      client.setDefaultOptions(previous);
    };
  }, [client, refreshMs]);
}

function applyPolicy(client: QueryClient, refreshMs: number): DefaultOptions {
  const previous = client.getDefaultOptions();
  const streak = createStreakTracker();
  client.setDefaultOptions({
    ...previous,
    queries: {
      ...previous.queries,
      staleTime: Math.min(refreshMs, 60_000),
      refetchInterval: (query) =>
        isStatic(query) ? false : backoffInterval(refreshMs, streak(query, query.state)),
      refetchIntervalInBackground: true,
    },
  });
  return previous;
}
