import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../http/fetch-json';
import { sourceTimeout, sourceUrl } from '../config/current-config';
import { parseThings } from '../contracts/sensorthings';
import type { SensorThing } from '../../domain/sensors/types';
import { unwrapContract } from './contract-failure';

/**
 * Where the stations named by alerts are: river stations (alert subject `stationId` = the
 * Thing's `properties.stationId`) and air-quality stations (`aq-<Thing @iot.id>`), read from
 * SensorThings with their Locations. The alerts map flies to them; an alert whose station is
 * not found flies to its province instead.
 */
export interface StationLocation {
  readonly stationId: string;
  readonly name: string;
  readonly lng: number;
  readonly lat: number;
}

/** Stations followed at most: a province has tens; a server handing out links forever stops here. */
const MAX_PAGES = 5;

export function stationLocations(things: readonly SensorThing[]): Map<string, StationLocation> {
  const out = new Map<string, StationLocation>();
  for (const thing of things) {
    if (!thing.location) continue;
    const kind = thing.properties.kind;
    const stationId =
      kind === 'water-level' && typeof thing.properties.stationId === 'string'
        ? thing.properties.stationId
        : kind === 'air-quality'
          ? `aq-${thing.id}`
          : null;
    if (stationId === null) continue;
    out.set(stationId, {
      stationId,
      name: thing.name,
      lng: thing.location.longitude,
      lat: thing.location.latitude,
    });
  }
  return out;
}

export const alertLocationQueries = {
  stations: (unitCode: string) =>
    queryOptions({
      queryKey: ['alerts', 'station-locations', unitCode] as const,
      queryFn: async ({ signal }): Promise<Map<string, StationLocation>> => {
        const things: SensorThing[] = [];
        let url: string | null = sourceUrl('sensors', 'Things', {
          $filter: "properties/kind eq 'water-level' or properties/kind eq 'air-quality'",
          $expand: 'Locations',
          $top: 1000,
        });
        for (let page = 0; page < MAX_PAGES && url !== null; page++) {
          const json = await fetchJson(url, { signal, timeoutMs: sourceTimeout('sensors') });
          const parsed = unwrapContract(parseThings(json, { source: 'sensors' }));
          things.push(...parsed.items);
          url = parsed.nextLink;
        }
        return stationLocations(things);
      },
      // Stations do not move: read once per province and session.
      staleTime: Infinity,
    }),
};
