import { applyScenarioSpec } from '../../../mocks/scenario';
import { fetchJson } from '../http/fetch-json';
import { createSensorThingsClient, type JsonFetcher } from './client';
import { isSensorFailure, SensorFailure } from './failure';

const BASE = 'http://localhost/api/sta/v1.1';
const T0 = Date.parse('2026-11-22T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function obs(id: number, ms: number, result: unknown = 1, ds = 7) {
  return {
    '@iot.id': id,
    phenomenonTime: iso(ms),
    resultTime: iso(ms + 60_000),
    result,
    Datastream: { '@iot.id': ds },
  };
}

/** A fake server: answers by URL from a table, records every request. */
function fake(pages: Record<string, unknown>) {
  const requested: string[] = [];
  const fetcher: JsonFetcher = (url) => {
    requested.push(url);
    const key = Object.keys(pages).find((k) => url.includes(k));
    if (key === undefined) return Promise.reject(new Error(`unexpected ${url}`));
    return Promise.resolve(pages[key]);
  };
  return { fetcher, requested };
}

const now = () => T0 + 86_400_000;

describe('paging', () => {
  test('follows @iot.nextLink to the end, deduplicating rows repeated across pages', async () => {
    const { fetcher, requested } = fake({
      'skip=2': { value: [obs(3, T0 + 3000), obs(2, T0 + 2000)] },
      'Observations?': {
        value: [obs(1, T0 + 1000), obs(2, T0 + 2000)],
        '@iot.nextLink': `${BASE}/Observations?$skip=2`,
      },
    });
    const client = createSensorThingsClient({ baseUrl: BASE, fetchJson: fetcher, now });
    const batch = await client.observationsSince({ phenomenonMs: T0, resultMs: null });
    expect(requested).toHaveLength(2);
    expect(batch.observations.map((o) => o.id)).toEqual(['1', '2', '3']);
    expect(batch.issues).toContainEqual({ kind: 'duplicates', count: 1 });
    expect(batch.cursor.phenomenonMs).toBe(T0 + 3000);
  });

  test('stops at the page cap: polls keep what came, a chart history fails typed', async () => {
    let n = 0;
    const endless: JsonFetcher = () =>
      Promise.resolve({
        value: [obs(++n, T0 + n * 1000)],
        '@iot.nextLink': `${BASE}/Observations?$skip=${n}`,
      });
    const client = createSensorThingsClient({
      baseUrl: BASE,
      fetchJson: endless,
      now,
      maxPages: 5,
    });
    const batch = await client.observationsSince({ phenomenonMs: T0, resultMs: null });
    expect(batch.observations).toHaveLength(5);
    expect(batch.issues).toContainEqual({ kind: 'truncated', pages: 5 });
    await expect(client.datastreamSince('7', T0)).rejects.toMatchObject({ kind: 'page-cap' });
  });

  test('refuses a nextLink to another origin', async () => {
    const { fetcher } = fake({
      Observations: { value: [], '@iot.nextLink': 'https://evil.example/steal' },
    });
    const client = createSensorThingsClient({ baseUrl: BASE, fetchJson: fetcher, now });
    await expect(
      client.observationsSince({ phenomenonMs: T0, resultMs: null }),
    ).rejects.toMatchObject({
      kind: 'contract',
    });
  });
});

describe('incremental polling', () => {
  test('asks for phenomenonTime after the cursor (looking back by the result lag when result times are known)', async () => {
    const { fetcher, requested } = fake({ Observations: { value: [obs(9, T0 + 5000)] } });
    const client = createSensorThingsClient({ baseUrl: BASE, fetchJson: fetcher, now });
    const first = await client.observationsSince({ phenomenonMs: T0, resultMs: null });
    expect(decodeURIComponent(requested[0] ?? '')).toContain(
      `$filter=phenomenonTime gt ${iso(T0)}`,
    );
    expect(first.cursor).toEqual({ phenomenonMs: T0 + 5000, resultMs: T0 + 65_000 });
    await client.observationsSince(first.cursor);
    const second = decodeURIComponent(requested[1] ?? '');
    expect(second).toContain(`resultTime gt ${iso(T0 + 65_000)}`);
    expect(second).toContain(`phenomenonTime gt ${iso(T0 + 5000 - 15 * 60_000)}`);
    // OData wants %20 for spaces and %2B for a plus, never "+".
    expect(requested[0]).not.toMatch(/\+/);
  });

  test('a single datastream polls with phenomenonTime gt the last value', async () => {
    const { fetcher, requested } = fake({
      'Datastreams(7)/Observations': { value: [obs(11, T0 + 1)] },
    });
    const client = createSensorThingsClient({ baseUrl: BASE, fetchJson: fetcher, now });
    const got = await client.datastreamSince('7', T0);
    expect(decodeURIComponent(requested[0] ?? '')).toContain(`phenomenonTime gt ${iso(T0)}`);
    expect(got[0]?.datastreamId).toBe('7');
  });
});

describe('parser behaviour', () => {
  test('interval phenomenon times, non-numeric results kept as text, out-of-range values refused as values', async () => {
    const { fetcher } = fake({
      Observations: {
        value: [
          { ...obs(1, T0), phenomenonTime: `${iso(T0)}/${iso(T0 + 3_600_000)}` },
          obs(2, T0 + 1, 'offline'),
          obs(3, T0 + 2, { state: '<b>x</b>' }),
          obs(4, T0 + 3, -999),
        ],
      },
    });
    const client = createSensorThingsClient({ baseUrl: BASE, fetchJson: fetcher, now });
    const { observations, issues } = await client.observationsSince({
      phenomenonMs: T0 - 1,
      resultMs: null,
    });
    expect(observations[0]).toMatchObject({
      phenomenonTimeMs: T0,
      phenomenonEndMs: T0 + 3_600_000,
      value: 1,
    });
    expect(observations[1]).toMatchObject({ value: null, text: 'offline' });
    expect(observations[2]).toMatchObject({ value: null, text: '{"state":"<b>x</b>"}' });
    expect(observations[3]).toMatchObject({ value: null, outOfRange: true, text: '-999' });
    expect(issues).toEqual(
      expect.arrayContaining([
        { kind: 'out-of-range', count: 1 },
        { kind: 'non-numeric', count: 2 },
      ]),
    );
  });

  test('reads dataArray rows with units from the datastream list', async () => {
    const client = createSensorThingsClient({
      baseUrl: BASE,
      fetchJson: (u) => fetchJson(u),
      pageSize: 200,
    });
    const snap = await client.stations();
    const water = snap.stations.find((s) => s.kind === 'water-level');
    const ds = water?.datastreams[0];
    expect(ds?.unit.symbol).toBe('m');
    expect(ds?.cadenceMs).toBe(15 * 60_000);
    expect(water?.alarmLevels).not.toBeNull();
    const { observations } = await client.history(ds?.id ?? '', Date.now() - 86_400_000);
    expect(observations.length).toBeGreaterThan(80);
    expect(
      observations.every(
        (o, i) => i === 0 || o.phenomenonTimeMs > (observations[i - 1]?.phenomenonTimeMs ?? 0),
      ),
    ).toBe(true);
  });
});

describe('against the mock SensorThings service', () => {
  const client = () =>
    createSensorThingsClient({
      baseUrl: BASE,
      fetchJson: (u, o) => fetchJson(u, { ...o, timeoutMs: 2000 }),
    });

  test('stations with their latest observation per datastream', async () => {
    const snap = await client().stations();
    expect(snap.stations.length).toBeGreaterThan(50);
    const streams = snap.stations.flatMap((s) => s.datastreams);
    expect(streams).toHaveLength(300);
    expect(snap.latest.size).toBe(300);
    expect(snap.cursorMs).not.toBeNull();
    expect(snap.issues).toEqual([]);
  });

  test('a poll after the snapshot brings only new observations', async () => {
    const c = client();
    const snap = await c.stations();
    const batch = await c.observationsSince({ phenomenonMs: snap.cursorMs ?? 0, resultMs: null });
    for (const o of batch.observations)
      expect(o.phenomenonTimeMs).toBeGreaterThan(snap.cursorMs ?? 0);
  });

  const failing: [string, SensorFailure['kind']][] = [
    ['sensors:down', 'network'],
    ['sensors:http-500', 'http'],
    ['sensors:http-503', 'http'],
    ['sensors:malformed-json', 'malformed-json'],
    ['sensors:wrong-shape', 'contract'],
    ['sensors:missing-fields', 'contract'],
    ['sensors:future', 'contract'],
  ];
  test.each(failing)('%s gives a typed %s failure', async (spec, kind) => {
    applyScenarioSpec(spec);
    const error: unknown = await client()
      .stations()
      .catch((e: unknown) => e);
    expect(isSensorFailure(error)).toBe(true);
    expect((error as SensorFailure).kind).toBe(kind);
  });

  test('sensors:timeout gives a typed timeout', async () => {
    applyScenarioSpec('sensors:timeout');
    const c = createSensorThingsClient({
      baseUrl: BASE,
      fetchJson: (u, o) => fetchJson(u, { ...o, timeoutMs: 1000 }),
    });
    await expect(c.stations()).rejects.toMatchObject({ kind: 'timeout' });
  });

  test('sensors:duplicates: one observation per id, reported', async () => {
    applyScenarioSpec('sensors:duplicates');
    const snap = await client().stations();
    expect(snap.latest.size).toBe(300);
    expect(snap.issues.some((i) => i.kind === 'duplicates')).toBe(true);
  });

  test('sensors:out-of-range: values refused, reported, nothing plotted', async () => {
    applyScenarioSpec('sensors:out-of-range');
    const snap = await client().stations();
    expect([...snap.latest.values()].every((o) => o.value === null && o.outOfRange)).toBe(true);
    expect(snap.issues.some((i) => i.kind === 'out-of-range')).toBe(true);
  });

  test('sensors:empty: no stations, no crash', async () => {
    applyScenarioSpec('sensors:empty');
    const snap = await client().stations();
    expect(snap.stations).toEqual([]);
    expect(snap.cursorMs).toBeNull();
  });

  test('sensors:stale: data kept, old as-of', async () => {
    applyScenarioSpec('sensors:stale');
    const snap = await client().stations();
    expect(snap.cursorMs).toBeLessThan(Date.now() - 300 * 86_400_000);
  });

  test('sensors:huge: 5,000 datastreams through a server capping pages at 20', async () => {
    applyScenarioSpec('sensors:huge');
    const c = createSensorThingsClient({
      baseUrl: BASE,
      fetchJson: (u) => fetchJson(u),
      maxPages: 400,
    });
    const snap = await c.stations();
    expect(snap.stations.flatMap((s) => s.datastreams)).toHaveLength(5000);
    const capped = createSensorThingsClient({
      baseUrl: BASE,
      fetchJson: (u) => fetchJson(u),
      maxPages: 3,
    });
    const partial = await capped.stations();
    expect(partial.issues).toContainEqual({ kind: 'truncated', pages: 3 });
  }, 60_000);

  test('sensors:markup: names kept verbatim as text', async () => {
    applyScenarioSpec('sensors:markup');
    const snap = await client().stations();
    expect(snap.stations[0]?.name).toContain('<script>');
  });
});
