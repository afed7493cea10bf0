import { NOW, STA, field, freshMocks, getJson, list } from '../testing';
import { OBSERVED_PROPERTIES } from './network';
import { TICK_EPOCH_MS } from './values';

// Cold generation of a seed takes a second or two; the whole suite runs files in parallel.
vi.setConfig({ testTimeout: 30_000 });

/**
 * SensorThings query semantics against expectations computed by hand from the service's
 * documented rules: cadence, retention, lag, caps.
 */
const MIN = 60_000;
const prop = (key: string) => OBSERVED_PROPERTIES.find((p) => p.key === key)!;

/** Latest tick time of a property at NOW: floor((now − lag − epoch) / cadence). */
function latestTick(key: string): number {
  const p = prop(key);
  return TICK_EPOCH_MS + Math.floor((NOW - p.lagMs - TICK_EPOCH_MS) / p.cadenceMs) * p.cadenceMs;
}

async function firstDatastreamOf(key: string): Promise<number> {
  const r = await getJson(
    `${STA}/Datastreams?$filter=properties/observedPropertyKey eq '${key}'&$top=1&$select=id`,
  );
  return field(r.body, 'value', 0, '@iot.id') as number;
}

type Obs = { '@iot.id': number; phenomenonTime: string; result: number };

async function all(url: string): Promise<{ items: Obs[]; pages: number; count: unknown }> {
  const items: Obs[] = [];
  let next: string | undefined = url;
  let pages = 0;
  let count: unknown;
  while (next) {
    const r = await getJson(next);
    expect(r.status).toBe(200);
    if (pages === 0) count = field(r.body, '@iot.count');
    items.push(...(list(r.body, 'value') as Obs[]));
    next = field(r.body, '@iot.nextLink') as string | undefined;
    pages++;
  }
  return { items, pages, count };
}

describe('SensorThings v1.1 subset', () => {
  beforeEach(() => freshMocks());

  test('service root lists the entity sets', async () => {
    const r = await getJson(STA);
    expect(list(r.body, 'value').map((v) => field(v, 'name'))).toEqual([
      'Things',
      'Locations',
      'HistoricalLocations',
      'Datastreams',
      'Sensors',
      'ObservedProperties',
      'Observations',
      'FeaturesOfInterest',
    ]);
  });

  test('time filter: a 15-min water level between 00:00 and 10:00 has 40 observations', async () => {
    const ds = await firstDatastreamOf('water-level');
    const r = await getJson(
      `${STA}/Datastreams(${ds})/Observations?$filter=phenomenonTime gt 2026-11-22T00:00:00%2B07:00 and phenomenonTime le 2026-11-22T10:00:00%2B07:00&$count=true&$top=0`,
    );
    expect(field(r.body, '@iot.count')).toBe(40);
    expect(list(r.body, 'value')).toEqual([]);
  });

  test('numeric filters with and / or select exactly the matching readings', async () => {
    const ds = await firstDatastreamOf('traffic-flow');
    const day = `phenomenonTime ge 2026-11-22T00:00:00%2B07:00`;
    const { items: today } = await all(
      `${STA}/Datastreams(${ds})/Observations?$filter=${day}&$top=1000`,
    );
    expect(today).toHaveLength(
      (latestTick('traffic-flow') - Date.parse('2026-11-22T00:00:00+07:00')) / (5 * MIN) + 1,
    );
    const values = today.map((o) => o.result).sort((a, b) => a - b);
    const lo = values[Math.floor(values.length / 4)]!;
    const hi = values[Math.floor((3 * values.length) / 4)]!;
    const expectedAnd = today
      .filter((o) => o.result > lo && o.result <= hi)
      .map((o) => o['@iot.id']);
    const and = await all(
      `${STA}/Datastreams(${ds})/Observations?$filter=${day} and result gt ${lo} and result le ${hi}&$top=1000`,
    );
    expect(and.items.map((o) => o['@iot.id'])).toEqual(expectedAnd);
    const expectedOr = today
      .filter((o) => o.result <= lo || o.result > hi)
      .map((o) => o['@iot.id']);
    const or = await all(
      `${STA}/Datastreams(${ds})/Observations?$filter=${day} and (result le ${lo} or result gt ${hi})&$top=1000`,
    );
    expect(or.items.map((o) => o['@iot.id'])).toEqual(expectedOr);
    expect(expectedAnd.length + expectedOr.length).toBe(today.length);
  });

  test('paging through @iot.nextLink reaches the end: retention window, no duplicate, no gap', async () => {
    const ds = await firstDatastreamOf('water-level');
    const { items, pages, count } = await all(`${STA}/Datastreams(${ds})/Observations?$count=true`);
    const p = prop('water-level');
    const expected = p.retentionMs / p.cadenceMs; // 14 days × 96 = 1,344
    expect(count).toBe(expected);
    expect(items).toHaveLength(expected);
    expect(pages).toBe(Math.ceil(expected / 100)); // default $top 100
    const ids = items.map((o) => o['@iot.id']);
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < ids.length; i++) expect(ids[i]).toBe(ids[i - 1]! + 1);
    expect(Date.parse(items.at(-1)!.phenomenonTime)).toBe(latestTick('water-level'));
  });

  test('$top is capped by the server (1,000) and the next link continues', async () => {
    const r = await getJson(`${STA}/Observations?$top=5000`);
    expect(list(r.body, 'value')).toHaveLength(1000);
    const next = new URL(String(field(r.body, '@iot.nextLink')));
    expect(next.searchParams.get('$top')).toBe('1000');
    expect(next.searchParams.get('$skip')).toBe('1000');
  });

  test('nested expand gives the latest observation of every datastream', async () => {
    const r = await getJson(
      `${STA}/Datastreams?$top=1000&$select=id,properties&$expand=Observations($orderby=phenomenonTime desc;$top=1;$select=phenomenonTime,result)`,
    );
    const streams = list(r.body, 'value');
    expect(streams).toHaveLength(300);
    for (const s of streams) {
      const key = String(field(s, 'properties', 'observedPropertyKey'));
      const obs = list(s, 'Observations');
      expect(obs).toHaveLength(1);
      expect(Object.keys(obs[0] as object).sort()).toEqual(['phenomenonTime', 'result']);
      expect(Date.parse(String(field(obs[0], 'phenomenonTime'))), key).toBe(latestTick(key));
      expect(field(s, 'Observations@iot.nextLink')).toEqual(expect.stringContaining('$skip=1'));
    }
  });

  test('dataArray carries the same observations as the default format', async () => {
    const ds = await firstDatastreamOf('pm25');
    const q = `$filter=phenomenonTime ge 2026-11-21T10:00:00%2B07:00&$orderby=phenomenonTime desc&$top=24`;
    const plain = list(
      (await getJson(`${STA}/Datastreams(${ds})/Observations?${q}`)).body,
      'value',
    ) as Obs[];
    const r = await getJson(
      `${STA}/Datastreams(${ds})/Observations?${q}&$resultFormat=dataArray&$select=id,phenomenonTime,result`,
    );
    const block = list(r.body, 'value')[0];
    expect(field(block, 'components')).toEqual(['id', 'phenomenonTime', 'result']);
    expect(field(block, 'Datastream@iot.navigationLink')).toBe(`${STA}/Datastreams(${ds})`);
    expect(field(block, 'dataArray')).toEqual(
      plain.map((o) => [o['@iot.id'], o.phenomenonTime, o.result]),
    );
  });

  test('$orderby on a result, $select, $count on a filtered collection', async () => {
    const ds = await firstDatastreamOf('pm25');
    const r = await getJson(
      `${STA}/Datastreams(${ds})/Observations?$orderby=result desc,phenomenonTime asc&$top=50&$select=result&$count=true`,
    );
    const values = list(r.body, 'value').map((o) => field(o, 'result') as number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(field(r.body, '@iot.count')).toBe(720);
    expect(Object.keys(list(r.body, 'value')[0] as object)).toEqual(['result']);
  });

  test('across datastreams, the newest observations come first with $orderby=phenomenonTime desc', async () => {
    const r = await getJson(`${STA}/Observations?$orderby=phenomenonTime desc&$top=20`);
    const times = list(r.body, 'value').map((o) => Date.parse(String(field(o, 'phenomenonTime'))));
    expect(times.every((t) => t === latestTick('traffic-flow'))).toBe(true);
  });

  test('entities, navigation, properties and $value', async () => {
    const thing = await getJson(`${STA}/Things(1)?$expand=Locations,Datastreams($select=id,name)`);
    expect(field(thing.body, '@iot.selfLink')).toBe(`${STA}/Things(1)`);
    expect(list(thing.body, 'Locations')).toHaveLength(1);
    expect(list(thing.body, 'Datastreams')).toHaveLength(3);
    const name = await getJson(`${STA}/Things(1)/name/$value`);
    expect(name.text).toBe(field(thing.body, 'name'));
    const nav = await getJson(`${STA}/Datastreams(1)/Observations?$top=1`);
    const id = field(nav.body, 'value', 0, '@iot.id') as number;
    const back = await getJson(`${STA}/Observations(${id})/Datastream/Thing?$select=id`);
    expect(back.body).toEqual({ '@iot.id': 1 });
  });

  test.each([
    ['/Things?$foo=1', 400, 'unknown query option'],
    ['/Things?$filter=nonsense eq 1', 400, "no property 'nonsense'"],
    ['/Things?$expand=Nope', 400, "no navigation property 'Nope'"],
    ['/Things?$resultFormat=dataArray', 400, 'applies to Observation collections'],
    ['/Things?$filter=st_within(location, x)', 400, 'not supported'],
    ['/Things(99999)', 404, 'Nothing found'],
    ['/Gizmos', 404, 'no entity set'],
    ['/Things(1)/$ref', 400, '$ref is not supported'],
  ])('%s → %i with a message', async (path, status, message) => {
    const r = await getJson(`${STA}${path}`);
    expect(r.status).toBe(status);
    expect(r.body).toMatchObject({ code: status, type: 'error' });
    expect(String(field(r.body, 'message'))).toContain(message);
  });

  test('the service is read-only', async () => {
    const r = await getJson(`${STA}/Things`, { method: 'POST', body: '{}' });
    expect(r.status).toBe(405);
  });
});
