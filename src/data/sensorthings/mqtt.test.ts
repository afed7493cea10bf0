import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Aedes } from 'aedes';
import { mockServer } from '../../../mocks/node';
import { WebSocketServer, createWebSocketStream } from 'ws';
import { createSensorThingsClient, type JsonFetcher } from './client';
import { createSensorFeed, type FeedStatus, type SensorFeed } from './feed';
import type { StaObservation } from './model';
import { datastreamOfTopic, mqttTransport, topicOf } from './mqtt';

/**
 * Integration: a real MQTT broker (aedes) behind a real WebSocket server, the real mqtt client,
 * a broker outage with a restart on the same port, and a fake REST side that keeps receiving
 * observations during the outage. The back-fill must deliver the gap exactly once.
 */

interface Broker {
  readonly port: number;
  stop(): Promise<void>;
}

async function startBroker(port = 0): Promise<Broker> {
  const aedes = await Aedes.createBroker();
  const http: Server = createServer();
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (socket, req) => {
    aedes.handle(createWebSocketStream(socket), req);
  });
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  return {
    port: (http.address() as AddressInfo).port,
    async stop() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => {
        wss.close(() => {
          resolve();
        });
      });
      http.closeAllConnections();
      await new Promise<void>((resolve) =>
        http.close(() => {
          resolve();
        }),
      );
      await new Promise<void>((resolve) => {
        aedes.close(() => {
          resolve();
        });
      });
    },
  };
}

const T0 = Date.parse('2026-11-22T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const observation = (id: number, ms: number, ds = 17) => ({
  '@iot.id': id,
  phenomenonTime: iso(ms),
  resultTime: iso(ms),
  result: id / 10,
  Datastream: { '@iot.id': ds },
});

/** The REST side: every observation the "server" holds, answering $filter on phenomenonTime. */
function fakeRest(store: ReturnType<typeof observation>[]) {
  const calls: string[] = [];
  const fetcher: JsonFetcher = (url) => {
    calls.push(url);
    const filter = decodeURIComponent(/\$filter=([^&]*)/.exec(url)?.[1] ?? '');
    const gt = /phenomenonTime gt (\S+)/.exec(filter)?.[1];
    const le = /phenomenonTime le (\S+)/.exec(filter)?.[1];
    const value = store.filter(
      (o) =>
        (gt === undefined || Date.parse(o.phenomenonTime) > Date.parse(gt)) &&
        (le === undefined || Date.parse(o.phenomenonTime) <= Date.parse(le)),
    );
    return Promise.resolve({ value });
  };
  return { fetcher, calls };
}

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('MQTT over WebSocket transport', () => {
  // The mock server intercepts Node's http client, which `ws` uses for its upgrade request:
  // this test talks to a real broker on the loopback, so interception is off while it runs.
  beforeAll(() => {
    mockServer.close();
  });
  afterAll(() => {
    mockServer.listen({ onUnhandledRequest: 'error' });
  });
  let broker: Broker | null = null;
  let feed: SensorFeed | null = null;
  afterEach(async () => {
    feed?.stop();
    await broker?.stop();
    broker = null;
  });

  test('topics follow SensorThings v1.1', () => {
    expect(topicOf('v1.1', '17')).toBe('v1.1/Datastreams(17)/Observations');
    expect(datastreamOfTopic('v1.1/Datastreams(17)/Observations')).toBe('17');
    expect(datastreamOfTopic("v1.1/Datastreams('abc')/Observations")).toBe('abc');
    expect(datastreamOfTopic('v1.1/Things(1)')).toBeNull();
  });

  test('live messages, broker restart on the same port, back-fill of the gap exactly once', async () => {
    broker = await startBroker();
    const port = broker.port;
    const store: ReturnType<typeof observation>[] = [];
    const rest = fakeRest(store);
    const client = createSensorThingsClient({
      baseUrl: 'http://127.0.0.1:1/v1.1',
      fetchJson: rest.fetcher,
      now: () => T0 + 86_400_000,
    });
    const received: StaObservation[] = [];
    const states: FeedStatus['state'][] = [];
    feed = createSensorFeed({
      client,
      transport: mqttTransport({ url: `ws://127.0.0.1:${port}`, reconnectPeriodMs: 200 }),
      datastreamIds: ['17'],
      initial: new Map(),
      now: () => T0 + 86_400_000,
      onObservations: (fresh) => received.push(...fresh),
    });
    feed.subscribe(() => {
      const s = feed?.snapshot().status.state;
      if (s !== undefined && states.at(-1) !== s) states.push(s);
    });
    await until(() => feed?.snapshot().status.state === 'live', 'first connection');

    // A publisher on the same broker, as the SensorThings server would be.
    const mqtt = (await import('mqtt')).default;
    const publish = async (o: ReturnType<typeof observation>, other = false) => {
      store.push(o);
      const pub = await mqtt.connectAsync(`ws://127.0.0.1:${port}`);
      await pub.publishAsync(topicOf('v1.1', other ? '99' : '17'), JSON.stringify(o));
      await pub.endAsync();
    };
    await publish(observation(1, T0 + 60_000));
    await publish(observation(2, T0 + 120_000));
    await publish(observation(50, T0 + 130_000, 99), true); // a datastream not subscribed
    await until(() => received.length === 2, 'two live observations');

    await broker.stop();
    await until(() => feed?.snapshot().status.state === 'reconnecting', 'reconnecting state');
    // During the outage the REST side keeps receiving observations.
    store.push(observation(3, T0 + 180_000), observation(4, T0 + 240_000));
    const callsBefore = rest.calls.length;

    broker = await startBroker(port);
    await until(() => received.length === 4, 'the back-fill of the gap');
    expect(rest.calls.length).toBe(callsBefore + 1);
    expect(decodeURIComponent(rest.calls.at(-1) ?? '')).toContain(
      `phenomenonTime gt ${iso(T0 + 120_000)}`,
    );

    // After the reconnect, live messages flow again; one already back-filled is not repeated.
    await publish(observation(5, T0 + 300_000));
    const mqttAgain = await mqtt.connectAsync(`ws://127.0.0.1:${port}`);
    await mqttAgain.publishAsync(
      topicOf('v1.1', '17'),
      JSON.stringify(observation(4, T0 + 240_000)),
    );
    await mqttAgain.endAsync();
    await until(() => received.some((o) => o.id === '5'), 'live after reconnect');
    await new Promise((r) => setTimeout(r, 200));

    expect(received.map((o) => o.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(feed.snapshot().latest.get('17')?.id).toBe('5');
    expect(states).toEqual(expect.arrayContaining(['live', 'reconnecting']));
  }, 30_000);

  test('a malformed MQTT payload is reported, not delivered, and does not stop the feed', async () => {
    broker = await startBroker();
    const client = createSensorThingsClient({
      baseUrl: 'http://127.0.0.1:1/v1.1',
      fetchJson: fakeRest([]).fetcher,
    });
    const received: StaObservation[] = [];
    feed = createSensorFeed({
      client,
      transport: mqttTransport({ url: `ws://127.0.0.1:${broker.port}` }),
      datastreamIds: ['17'],
      initial: new Map(),
      onObservations: (fresh) => received.push(...fresh),
    });
    await until(() => feed?.snapshot().status.state === 'live', 'connection');
    const mqtt = (await import('mqtt')).default;
    const pub = await mqtt.connectAsync(`ws://127.0.0.1:${broker.port}`);
    await pub.publishAsync(topicOf('v1.1', '17'), '{"cut": ');
    await until(() => feed?.snapshot().status.error?.kind === 'malformed-json', 'error state');
    await pub.publishAsync(
      topicOf('v1.1', '17'),
      JSON.stringify(observation(7, Date.now() - 1000)),
    );
    await pub.endAsync();
    await until(() => received.length === 1, 'the next good message');
  }, 20_000);
});
