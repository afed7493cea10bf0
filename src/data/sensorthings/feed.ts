import type { SensorThingsClient } from './client';
import { ObservationLedger } from './dedupe';
import { toSensorFailure, type SensorFailure } from './failure';
import type { StaObservation } from './model';
import { measureSince, timingNow } from './timing';

/**
 * The live side of the sensor network: one ledger of latest values per datastream, fed by a
 * transport (REST polling by default, MQTT over WebSocket when configured). The app reads the
 * feed, never the transport, so it does not care which one runs.
 */
export type TransportKind = 'polling' | 'mqtt';
export type FeedState = 'connecting' | 'live' | 'reconnecting' | 'failed';

export interface FeedStatus {
  readonly transport: TransportKind;
  readonly state: FeedState;
  /** the last failure (kept while the transport retries) */
  readonly error: SensorFailure | null;
  /** when the transport last delivered or confirmed it is up, epoch ms */
  readonly lastOkMs: number | null;
  /** number of refreshes (polls, reconnect back-fills, MQTT batches) applied */
  readonly refreshes: number;
}

export interface FeedContext {
  readonly client: SensorThingsClient;
  readonly datastreamIds: readonly string[];
  /** newest phenomenon time seen on any datastream */
  cursorMs(): number | null;
  /** hands a batch to the ledger (which drops what it has seen); returns the new ones */
  deliver(batch: readonly StaObservation[]): StaObservation[];
  status(next: Partial<Omit<FeedStatus, 'transport'>>): void;
  now(): number;
}

/** A transport starts on a context and returns its stop function. */
export interface LiveTransport {
  readonly kind: TransportKind;
  start(ctx: FeedContext): () => void;
}

export interface SensorFeed {
  subscribe(listener: () => void): () => void;
  /** changes identity whenever something new arrived (for useSyncExternalStore) */
  snapshot(): FeedSnapshot;
  stop(): void;
}

export interface FeedSnapshot {
  readonly latest: ReadonlyMap<string, StaObservation>;
  readonly status: FeedStatus;
  /** observations received after the start, oldest first, bounded (detail charts append these) */
  readonly version: number;
}

export function createSensorFeed(options: {
  readonly client: SensorThingsClient;
  readonly transport: LiveTransport;
  readonly datastreamIds: readonly string[];
  /** the latest values known at start (from the station list) */
  readonly initial: ReadonlyMap<string, StaObservation>;
  readonly now?: () => number;
  /** called with each batch of new observations (tests, detail charts) */
  readonly onObservations?: (fresh: readonly StaObservation[]) => void;
}): SensorFeed {
  const ledger = new ObservationLedger();
  ledger.accept([...options.initial.values()]);
  const listeners = new Set<() => void>();
  const now = options.now ?? Date.now;
  let status: FeedStatus = {
    transport: options.transport.kind,
    state: 'connecting',
    error: null,
    lastOkMs: null,
    refreshes: 0,
  };
  let version = 0;
  let snap: FeedSnapshot = { latest: new Map(ledger.latestAll()), status, version };

  /**
   * A new `latest` map only when values changed: a refresh that brought nothing new (most polls
   * of a 5-minute network every 10 s) then costs the screen nothing beyond the status line.
   */
  function publish(valuesChanged: boolean): void {
    version++;
    snap = { latest: valuesChanged ? new Map(ledger.latestAll()) : snap.latest, status, version };
    for (const l of listeners) l();
  }

  const ctx: FeedContext = {
    client: options.client,
    datastreamIds: options.datastreamIds,
    cursorMs: () => ledger.cursorMs,
    deliver(batch) {
      const startMs = timingNow();
      const fresh = ledger.accept(batch);
      if (fresh.length > 0) options.onObservations?.(fresh);
      status = {
        ...status,
        refreshes: status.refreshes + 1,
        lastOkMs: now(),
        state: 'live',
        error: null,
      };
      publish(fresh.length > 0);
      // A user-timing entry (the sensors bench reads it): what one delivery costs the main
      // thread, listeners and React's synchronous render included.
      measureSince('deliver', startMs);
      return fresh;
    },
    status(next) {
      status = { ...status, ...next };
      publish(false);
    },
    now,
  };

  let stopTransport: (() => void) | null = null;
  try {
    stopTransport = options.transport.start(ctx);
  } catch (e) {
    ctx.status({ state: 'failed', error: toSensorFailure(e) });
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => snap,
    stop() {
      stopTransport?.();
      stopTransport = null;
      listeners.clear();
    },
  };
}
