import { QueryClient } from '@tanstack/react-query';
import { isHttpFailure } from '../data/http/errors';

/**
 * Server state lives only in TanStack Query. Failed requests are retried with exponential
 * backoff (a provincial network drops often); a contract violation is not retried, since
 * asking again returns the same bad payload. The last good data stays in the cache when a
 * refresh fails, and panels show it with a stale marker.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 3 && isHttpFailure(error),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 30_000),
        refetchOnWindowFocus: false,
        staleTime: 60_000,
        gcTime: 10 * 60_000,
      },
    },
  });
}
