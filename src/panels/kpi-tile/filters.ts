import type { TileFilters } from './transform';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The desk filters (`period`, `compare`) out of a route's search object, for scenes that read
 * them with `useSearch({ strict: false })`. The root route validates them already
 * (src/app/search.ts); this only narrows the loose type, dropping anything malformed.
 */
export function deskFilters(search: unknown): TileFilters {
  if (typeof search !== 'object' || search === null) return {};
  const { period, compare } = search as Record<string, unknown>;
  return {
    ...(typeof period === 'string' && MONTH.test(period) ? { period } : {}),
    ...(compare === 'prev' || compare === 'yoy' ? { compare } : {}),
  };
}
