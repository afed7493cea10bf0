import { queryOptions } from '@tanstack/react-query';
import type { UnitSet } from '../../domain/admin-units/types';
import { sourceTimeout, sourceUrl } from '../config/current-config';
import { parseContextGeodata, parseUnitGeodata } from '../contracts/geodata';
import { fetchJson } from '../http/fetch-json';
import { unwrapContract } from './contract-failure';

/** File names written by scripts/geodata/build.mjs under the `geodata` source's base URL. */
export const GEODATA_FILES = {
  current: 'units-current.json',
  former: 'units-former.json',
  context: 'context.json',
} as const;

/**
 * Query factories for the generated map files. They change only with a new build, so they
 * never go stale within a session and stay cached while any map may come back (scene rotation).
 */
export const geodataQueries = {
  all: ['geodata'] as const,
  units: (unitSet: UnitSet) =>
    queryOptions({
      queryKey: [...geodataQueries.all, 'units', unitSet] as const,
      queryFn: async ({ signal }) => {
        const url = sourceUrl('geodata', GEODATA_FILES[unitSet]);
        const json = await fetchJson(url, { signal, timeoutMs: sourceTimeout('geodata') });
        return unwrapContract(parseUnitGeodata(json, unitSet));
      },
      staleTime: Infinity,
      gcTime: Infinity,
    }),
  context: () =>
    queryOptions({
      queryKey: [...geodataQueries.all, 'context'] as const,
      queryFn: async ({ signal }) => {
        const url = sourceUrl('geodata', GEODATA_FILES.context);
        const json = await fetchJson(url, { signal, timeoutMs: sourceTimeout('geodata') });
        return unwrapContract(parseContextGeodata(json, url));
      },
      staleTime: Infinity,
      gcTime: Infinity,
    }),
};
