import type { MqttClient, IClientOptions } from 'mqtt';
import { toSensorFailure, SensorFailure } from './failure';
import type { FeedContext, LiveTransport } from './feed';
import { parseObservationsPage } from './parse';

/**
 * Live observations over MQTT (SensorThings v1.1 topics `v1.1/Datastreams(<id>)/Observations`,
 * usually over WebSocket). The mqtt client reconnects by itself; after every reconnect the gap
 * is back-filled by REST (observations after the last phenomenon time seen, up to now) and the
 * ledger drops what MQTT had already delivered, so each observation arrives exactly once.
 */
export interface MqttTransportOptions {
  /** ws:// or wss:// URL of the broker */
  readonly url: string;
  readonly topicPrefix?: string;
  readonly reconnectPeriodMs?: number;
  /** test seam: the mqtt package's connect */
  readonly connect?: (url: string, options: IClientOptions) => MqttClient;
}

const TOPIC = /Datastreams\((\d{1,20}|'[^']{1,200}')\)\/Observations$/;

export function topicOf(prefix: string, datastreamId: string): string {
  const id = /^\d+$/.test(datastreamId) ? datastreamId : `'${datastreamId}'`;
  return `${prefix}/Datastreams(${id})/Observations`;
}

export function datastreamOfTopic(topic: string): string | null {
  const m = TOPIC.exec(topic);
  return m?.[1]?.replace(/^'|'$/g, '') ?? null;
}

export function mqttTransport(options: MqttTransportOptions): LiveTransport {
  const prefix = options.topicPrefix ?? 'v1.1';
  return {
    kind: 'mqtt',
    start(ctx: FeedContext) {
      let client: MqttClient | null = null;
      const run = { stopped: false };
      let everConnected = false;
      const backfills = new AbortController();
      const wanted = new Set(ctx.datastreamIds);

      async function backfill(sinceMs: number | null): Promise<void> {
        if (sinceMs === null) return;
        try {
          const batch = await ctx.client.observationsSince(
            { phenomenonMs: sinceMs, resultMs: null },
            { signal: backfills.signal, untilMs: ctx.now() },
          );
          if (!run.stopped)
            ctx.deliver(batch.observations.filter((o) => wanted.has(o.datastreamId)));
        } catch (e) {
          if (!run.stopped) ctx.status({ error: toSensorFailure(e) });
        }
      }

      function onMessage(topic: string, payload: Uint8Array): void {
        const datastreamId = datastreamOfTopic(topic);
        if (datastreamId === null || !wanted.has(datastreamId)) return;
        let json: unknown;
        try {
          json = JSON.parse(new TextDecoder().decode(payload));
        } catch {
          ctx.status({ error: new SensorFailure('malformed-json', `MQTT ${topic}: not JSON`) });
          return;
        }
        const parsed = parseObservationsPage({ value: [json] }, { datastreamId, nowMs: ctx.now() });
        if (!parsed.ok) {
          ctx.status({
            error: new SensorFailure('contract', `MQTT ${topic}: ${parsed.error.message}`, {
              problem: parsed.error,
            }),
          });
          return;
        }
        ctx.deliver(parsed.value.observations);
      }

      void (async () => {
        try {
          const connect = options.connect ?? (await import('mqtt')).default.connect;
          if (run.stopped) return;
          client = connect(options.url, {
            reconnectPeriod: options.reconnectPeriodMs ?? 2000,
            connectTimeout: 10_000,
            clean: true,
            resubscribe: false,
          });
        } catch (e) {
          ctx.status({ state: 'failed', error: toSensorFailure(e) });
          return;
        }
        const c = client;
        c.on('connect', () => {
          // The last phenomenon time seen before the outage: read before new messages arrive.
          const gapFrom = ctx.cursorMs();
          const topics = ctx.datastreamIds.map((id) => topicOf(prefix, id));
          c.subscribe(topics, { qos: 0 }, (error) => {
            if (run.stopped) return;
            if (error) {
              ctx.status({ state: 'reconnecting', error: toSensorFailure(error) });
              return;
            }
            ctx.status({ state: 'live', lastOkMs: ctx.now() });
            if (everConnected) void backfill(gapFrom);
            everConnected = true;
          });
        });
        c.on('message', onMessage);
        c.on('offline', () => {
          if (!run.stopped) ctx.status({ state: 'reconnecting' });
        });
        c.on('error', (error) => {
          if (!run.stopped) ctx.status({ error: toSensorFailure(error) });
        });
      })();

      return () => {
        run.stopped = true;
        backfills.abort();
        client?.end(true);
      };
    },
  };
}
