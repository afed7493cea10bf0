import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { StationsSnapshot } from '../sensorthings/model';
import { createSensorFeed, type FeedSnapshot, type SensorFeed } from '../sensorthings/feed';
import { liveTransport, sensorClient } from './sensors';

/** Holds the running feed so React can subscribe to whichever feed is current. */
function feedHolder() {
  let feed: SensorFeed | null = null;
  let unsubscribe: (() => void) | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of listeners) l();
  };
  return {
    set(next: SensorFeed | null) {
      unsubscribe?.();
      feed?.stop();
      feed = next;
      unsubscribe = next ? next.subscribe(notify) : null;
      notify();
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    get: (): FeedSnapshot | null => feed?.snapshot() ?? null,
  };
}

/**
 * Latest values of the sensor network, kept current by whichever transport the configuration
 * chose (REST polling by default, MQTT when configured): the caller cannot tell which runs.
 * Null until the station list is loaded; then the list's own latest values seed the feed.
 */
export function useSensorFeed(
  snapshot: StationsSnapshot | undefined,
  pollIntervalMs: number,
): FeedSnapshot | null {
  const holder = useMemo(() => feedHolder(), []);
  useEffect(() => {
    if (!snapshot) return undefined;
    holder.set(
      createSensorFeed({
        client: sensorClient(),
        transport: liveTransport(pollIntervalMs),
        datastreamIds: snapshot.stations.flatMap((s) => s.datastreams.map((d) => d.id)),
        initial: snapshot.latest,
      }),
    );
    return () => {
      holder.set(null);
    };
  }, [holder, snapshot, pollIntervalMs]);
  return useSyncExternalStore(holder.subscribe, holder.get, holder.get);
}
