import { queryOptions } from '@tanstack/react-query';
import { sourceTimeout, sourceUrl } from '../../data/config/current-config';
import { parseAlerts } from '../../data/contracts/alerts';
import { parseDatastreams, parseThings } from '../../data/contracts/sensorthings';
import { fetchJson } from '../../data/http/fetch-json';
import { unwrapContract } from '../../data/queries/contract-failure';
import type { Alert } from '../../domain/alerts/alert';
import type { SensorThing } from '../../domain/sensors/types';
import { clockNow } from '../../ui/clock';

/**
 * What the trainer's live view reads: the story's river station with its latest level, and the
 * open alerts. Keys carry the session epoch and the clock's tick, so the view refetches as
 * virtual time moves (a real-time refetch interval would be hours of virtual time at 16×).
 * Parsers check times against the app clock (virtual in trainer mode).
 */
export interface LiveKey {
  readonly scenario: string;
  readonly unit: string;
  readonly epoch: number;
  readonly tick: number;
}

export interface StationReading {
  readonly thing: SensorThing;
  readonly level: number | null;
  readonly measuredAtMs: number | null;
}

const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

async function fetchStation(
  target: string | null,
  signal: AbortSignal,
): Promise<StationReading | null> {
  const filter =
    `properties/kind eq 'water-level'` +
    (target === null
      ? ''
      : ` and (properties/stationId eq ${quote(target)} or substringof(${quote(target)}, name))`);
  const thingsUrl = sourceUrl('sensors', 'Things', {
    $filter: filter,
    $top: 1,
    $expand: 'Locations',
  });
  const timeoutMs = sourceTimeout('sensors');
  const things = unwrapContract(
    parseThings(await fetchJson(thingsUrl, { signal, timeoutMs }), { source: 'sensors' }),
  );
  const thing = things.items[0];
  if (!thing) return null;
  const dsUrl = sourceUrl('sensors', `Things(${thing.id})/Datastreams`, {
    $expand: 'Observations($orderby=phenomenonTime desc;$top=1)',
  });
  const datastreams = unwrapContract(
    parseDatastreams(await fetchJson(dsUrl, { signal, timeoutMs }), {
      source: 'sensors',
      nowMs: clockNow(),
    }),
  );
  const latest = datastreams.items[0]?.latest ?? null;
  return { thing, level: latest?.result ?? null, measuredAtMs: latest?.phenomenonTimeMs ?? null };
}

async function fetchOpenAlerts(unit: string, signal: AbortSignal): Promise<Alert[]> {
  const url = sourceUrl('alerts', 'alerts', { unitCode: unit, limit: 50 });
  const page = unwrapContract(
    parseAlerts(await fetchJson(url, { signal, timeoutMs: sourceTimeout('alerts') }), {
      source: 'alerts',
      nowMs: clockNow(),
    }),
  );
  return page.alerts.filter((a) => a.state !== 'resolved');
}

export const liveQueries = {
  station: (key: LiveKey, target: string | null) =>
    queryOptions({
      queryKey: ['trainer', 'station', key, target] as const,
      queryFn: ({ signal }) => fetchStation(target, signal),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  alerts: (key: LiveKey) =>
    queryOptions({
      queryKey: ['trainer', 'alerts', key] as const,
      queryFn: ({ signal }) => fetchOpenAlerts(key.unit, signal),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
