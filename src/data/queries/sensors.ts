import { queryOptions } from '@tanstack/react-query';
import { getRuntimeConfig, sourceTimeout, sourceUrl } from '../config/current-config';
import { fetchJson } from '../http/fetch-json';
import { createSensorThingsClient, type SensorThingsClient } from '../sensorthings/client';
import type { LiveTransport } from '../sensorthings/feed';
import { mqttTransport } from '../sensorthings/mqtt';
import { pollingTransport } from '../sensorthings/polling';

/**
 * Query factories for the SensorThings source (docs/sensors.md). The unit is part of every key:
 * a SensorThings service belongs to one province (the mock follows the page's `unit`), so a
 * province switch refetches.
 */

let cached: { base: string; client: SensorThingsClient } | null = null;

/** One client per service root (it learns each datastream's property for range checks). */
export function sensorClient(): SensorThingsClient {
  const base = sourceUrl('sensors', '').replace(/\/+$/, '').replace(/\?$/, '');
  if (cached?.base !== base) {
    cached = {
      base,
      client: createSensorThingsClient({
        baseUrl: base,
        fetchJson: (url, options) =>
          fetchJson(url, { ...options, timeoutMs: sourceTimeout('sensors') }),
      }),
    };
  }
  return cached.client;
}

/** The live transport chosen by the runtime configuration: MQTT when configured, else polling. */
export function liveTransport(pollIntervalMs: number): LiveTransport {
  const mqtt = getRuntimeConfig().sensorsMqtt;
  return mqtt
    ? mqttTransport({ url: mqtt.url, topicPrefix: mqtt.topicPrefix })
    : pollingTransport({ intervalMs: pollIntervalMs });
}

export const HISTORY_WINDOWS = { day: 24 * 3_600_000, week: 7 * 24 * 3_600_000 } as const;
export type HistoryWindow = keyof typeof HISTORY_WINDOWS;

export const sensorQueries = {
  all: ['sensors'] as const,
  stations: (unitCode: string) =>
    queryOptions({
      queryKey: [...sensorQueries.all, unitCode, 'stations'] as const,
      queryFn: ({ signal }) => sensorClient().stations(signal),
      // The live feed keeps values current; the station list itself changes rarely.
      staleTime: 10 * 60_000,
    }),
  history: (
    unitCode: string,
    datastreamId: string,
    window: HistoryWindow,
    propertyKey: string | null,
  ) =>
    queryOptions({
      queryKey: [...sensorQueries.all, unitCode, 'history', datastreamId, window] as const,
      queryFn: ({ signal }) =>
        sensorClient().history(datastreamId, Date.now() - HISTORY_WINDOWS[window], {
          signal,
          propertyKey,
        }),
      staleTime: 60_000,
      refetchInterval: 5 * 60_000,
    }),
};
