import { createSensorThingsClient, type JsonFetcher } from './client';
import { createSensorFeed } from './feed';
import { pollingTransport } from './polling';

const T0 = Date.parse('2026-11-22T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const obs = (id: number, ms: number) => ({
  '@iot.id': id,
  phenomenonTime: iso(ms),
  resultTime: iso(ms),
  result: id,
  Datastream: { '@iot.id': 17 },
});

async function until(check: () => boolean): Promise<void> {
  const end = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

test('polling: incremental, deduplicated, survives a failed poll (simulated outage) without losing the gap', async () => {
  const store = [obs(1, T0)];
  let down = false;
  const urls: string[] = [];
  const fetcher: JsonFetcher = (url) => {
    urls.push(decodeURIComponent(url));
    if (down) return Promise.reject(new TypeError('Failed to fetch'));
    // Overlapping answers on purpose: the server repeats the whole store every time.
    return Promise.resolve({ value: store });
  };
  const client = createSensorThingsClient({
    baseUrl: 'http://x/v1.1',
    fetchJson: fetcher,
    now: () => T0 + 86_400_000,
  });
  const seen: string[] = [];
  const feed = createSensorFeed({
    client,
    transport: pollingTransport({ intervalMs: 10 }),
    datastreamIds: ['17'],
    initial: new Map(),
    onObservations: (fresh) => seen.push(...fresh.map((o) => o.id)),
  });
  await until(() => seen.length === 1);
  down = true;
  store.push(obs(2, T0 + 60_000), obs(3, T0 + 120_000));
  await until(() => feed.snapshot().status.state === 'reconnecting');
  expect(feed.snapshot().status.error?.kind).toBe('network');
  down = false;
  await until(() => seen.length === 3);
  await new Promise((r) => setTimeout(r, 50));
  feed.stop();
  expect(seen).toEqual(['1', '2', '3']);
  expect(feed.snapshot().latest.get('17')?.id).toBe('3');
  expect(urls.some((u) => u.includes('phenomenonTime gt'))).toBe(true);
});

test('a poll that brings nothing new keeps the same latest map (no re-render of the values)', async () => {
  const fetcher: JsonFetcher = () => Promise.resolve({ value: [obs(1, T0)] });
  const client = createSensorThingsClient({
    baseUrl: 'http://x/v1.1',
    fetchJson: fetcher,
    now: () => T0 + 1000,
  });
  const feed = createSensorFeed({
    client,
    transport: pollingTransport({ intervalMs: 10 }),
    datastreamIds: ['17'],
    initial: new Map(),
  });
  await until(() => feed.snapshot().status.refreshes >= 1);
  const first = feed.snapshot().latest;
  await until(() => feed.snapshot().status.refreshes >= 3);
  feed.stop();
  expect(feed.snapshot().latest).toBe(first);
});
