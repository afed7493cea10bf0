import { parseAlerts } from '../../src/data/contracts/alerts';
import { parseKpiObservationPage } from '../../src/data/contracts/kpi-observation';
import { parseDatastreams, parseObservations } from '../../src/data/contracts/sensorthings';
import { getKpi } from '../../src/catalog/kpis/registry';
import { applyScenarioSpec } from '../scenario';
import { ALERTS, KPI, NOW, STA, field, freshMocks, getJson, list } from '../testing';
import { HUGE_PAGE_SIZE, MARKUP, STALE_SHIFT_MS } from './data-faults';

// Cold generation of a seed takes a second or two; the whole suite runs files in parallel.
vi.setConfig({ testTimeout: 30_000 });

/**
 * Every failure mode of data-sources.md §4, on every mock source, really produces its failure:
 * the production parsers refuse what must be refused, and the rest is visibly wrong.
 */
const KPI_URL = `${KPI}/kpi-observations?indicatorId=dvc.online-dossier-share&unitCode=92`;
const STA_URL = `${STA}/Datastreams?$top=50&$expand=Observations($orderby=phenomenonTime desc;$top=2)`;
const OBS_URL = `${STA}/Observations?$top=200&$orderby=phenomenonTime desc`;
const ALERTS_URL = `${ALERTS}/alerts`;
const opts = { nowMs: NOW };

const URL_OF = { kpi: KPI_URL, sensors: STA_URL, alerts: ALERTS_URL } as const;
type Source = keyof typeof URL_OF;
const SOURCES = Object.keys(URL_OF) as Source[];

function parse(source: Source, body: unknown) {
  switch (source) {
    case 'kpi':
      return parseKpiObservationPage(body, opts);
    case 'sensors':
      return parseDatastreams(body, opts);
    case 'alerts':
      return parseAlerts(body, opts);
  }
}

beforeEach(() => freshMocks());

describe.each(SOURCES)('transport failures of %s', (source) => {
  const url = URL_OF[source];

  test('down: the request fails at the network level', async () => {
    applyScenarioSpec(`${source}:down`);
    await expect(fetch(url)).rejects.toThrow();
  });

  test.each([500, 503])('http-%i', async (status) => {
    applyScenarioSpec(`${source}:http-${status}`);
    const r = await getJson(url);
    expect(r.status).toBe(status);
    expect(field(r.body, 'status')).toBe(status);
    expect(typeof field(r.body, 'title')).toBe('string');
  });

  test.each(['slow', 'timeout'])(
    '%s: no answer within a client timeout of 300 ms',
    async (fault) => {
      applyScenarioSpec(`${source}:${fault}`);
      await expect(fetch(url, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    },
  );

  test('malformed JSON: a body that does not parse', async () => {
    applyScenarioSpec(`${source}:malformed-json`);
    const r = await getJson(url);
    expect(r.status).toBe(200);
    expect(() => JSON.parse(r.text) as unknown).toThrow();
  });

  test('a counted outage recovers: 503 for the first 2 requests only', async () => {
    applyScenarioSpec(`${source}:http-503*2`);
    expect((await getJson(url)).status).toBe(503);
    expect((await getJson(url)).status).toBe(503);
    expect((await getJson(url)).status).toBe(200);
  });
});

describe.each(SOURCES)('content failures of %s', (source) => {
  const url = URL_OF[source];
  const get = async (fault: string) => {
    applyScenarioSpec(`${source}:${fault}`);
    return getJson(url);
  };

  test('healthy payload parses (the baseline)', async () => {
    const r = await getJson(url);
    expect(parse(source, r.body).ok).toBe(true);
  });

  test('wrong shape is refused by the contract', async () => {
    const r = await get('wrong-shape');
    expect(r.status).toBe(200);
    expect(parse(source, r.body).ok).toBe(false);
  });

  test('missing fields are refused, naming the field', async () => {
    const r = await get('missing-fields');
    const p = parse(source, r.body);
    expect(p.ok).toBe(false);
    if (!p.ok)
      expect(p.error.field).toMatch(/asOf|raisedAt|unitOfMeasurement|phenomenonTime|name|state/);
  });

  test('out-of-range values', async () => {
    const r = await get('out-of-range');
    if (source === 'sensors') {
      // The contract accepts any finite number; the catalogue range (water level −20…200 m,
      // VN_AQI 0…1000…) is what refuses these readings.
      const results = list(r.body, 'value').flatMap((d) =>
        list(d, 'Observations').map((o) => field(o, 'result') as number),
      );
      expect(results).toContain(-999);
      expect(results).toContain(99_999);
      const pm = getKpi('env.pm25')!.range;
      expect(results.some((v) => v < pm.min || v > pm.max)).toBe(true);
    } else if (source === 'alerts') {
      // Alerts are read row by row (issue #8): the first and last rows are left out, reported.
      const p = parse(source, r.body);
      expect(p.ok && (p.value as { skipped: { count: number } | null }).skipped?.count).toBe(2);
    } else {
      const p = parse(source, r.body);
      expect(p.ok).toBe(false);
    }
  });

  test('duplicated and out-of-order rows', async () => {
    const r = await get('duplicates');
    const rows =
      source === 'kpi'
        ? list(r.body, 'observations').map((o) => String(field(o, 'period')))
        : source === 'alerts'
          ? list(r.body, 'alerts').map((a) => String(field(a, 'id')))
          : list(r.body, 'value').map((d) => String(field(d, '@iot.id')));
    expect(new Set(rows).size).toBeLessThan(rows.length);
    const sorted = [...rows].sort();
    expect(rows).not.toEqual(sorted);
  });

  test('stale: the newest data is more than a year old', async () => {
    const r = await get('stale');
    const times =
      source === 'kpi'
        ? list(r.body, 'observations').map((o) => Date.parse(String(field(o, 'asOf'))))
        : source === 'alerts'
          ? list(r.body, 'alerts').map((a) => Date.parse(String(field(a, 'updatedAt'))))
          : list(r.body, 'value').flatMap((d) =>
              list(d, 'Observations').map((o) => Date.parse(String(field(o, 'phenomenonTime')))),
            );
    expect(times.length).toBeGreaterThan(0);
    expect(Math.max(...times)).toBeLessThan(NOW - 365 * 86_400_000);
    expect(Math.max(...times)).toBeGreaterThan(NOW - STALE_SHIFT_MS - 40 * 86_400_000);
  });

  test('future as-of (clock skew) is refused by the contract', async () => {
    const r = await get('future');
    const p = parse(source, r.body);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error.message).toMatch(/future/);
  });

  test('empty result', async () => {
    const r = await get('empty');
    const key = source === 'kpi' ? 'observations' : source === 'alerts' ? 'alerts' : 'value';
    expect(list(r.body, key)).toEqual([]);
    expect(parse(source, r.body).ok).toBe(true);
  });

  test('huge result: small pages to follow to the end', async () => {
    const r = await get('huge');
    const p = parse(source, r.body);
    expect(p.ok).toBe(true);
    if (source === 'sensors') {
      const all = await getJson(`${STA}/Datastreams?$count=true&$top=1000`);
      expect(field(all.body, '@iot.count')).toBe(5000);
      expect(list(all.body, 'value')).toHaveLength(20);
      expect(field(all.body, '@iot.nextLink')).toEqual(expect.any(String));
    } else {
      const key = source === 'kpi' ? 'observations' : 'alerts';
      expect(list(r.body, key)).toHaveLength(HUGE_PAGE_SIZE);
      expect(field(r.body, 'nextCursor')).toEqual(expect.any(String));
    }
  });

  test('markup in names and texts is delivered verbatim (for the UI to render as text)', async () => {
    const r = await get('markup');
    expect(r.text).toContain(JSON.stringify(MARKUP).slice(1, 20));
    expect(parse(source, r.body).ok).toBe(true);
  });
});

describe('the huge fault on KPI observations pages through every row', () => {
  test('following nextCursor collects the whole history', async () => {
    await freshMocks();
    const plain = list((await getJson(KPI_URL)).body, 'observations');
    applyScenarioSpec('kpi:huge');
    const rows: unknown[] = [];
    let url: string | null = KPI_URL;
    let pages = 0;
    while (url) {
      const r = await getJson(url);
      rows.push(...list(r.body, 'observations'));
      const next = field(r.body, 'nextCursor');
      url = typeof next === 'string' ? `${KPI_URL}&cursor=${next}` : null;
      pages++;
    }
    expect(rows).toEqual(plain);
    expect(pages).toBe(Math.ceil(plain.length / HUGE_PAGE_SIZE));
  });

  test('the observations parser of SensorThings too refuses a future phenomenon time', async () => {
    applyScenarioSpec('sensors:future');
    const p = parseObservations((await getJson(OBS_URL)).body, opts);
    expect(p.ok).toBe(false);
  });
});
