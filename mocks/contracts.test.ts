import { parseAlerts } from '../src/data/contracts/alerts';
import { parseDossierStats } from '../src/data/contracts/dossier-stats';
import { parseIndexScores } from '../src/data/contracts/index-scores';
import { parseKpiObservationPage } from '../src/data/contracts/kpi-observation';
import { parseLateDossiers } from '../src/data/contracts/late-dossiers';
import { parseProcedureStats } from '../src/data/contracts/procedure-stats';
import {
  parseDatastreams,
  parseObservations,
  parseObservationsDataArray,
  parseThings,
} from '../src/data/contracts/sensorthings';
import { parseSourceHealth } from '../src/data/contracts/source-health';
import { parseUnitListings } from '../src/data/contracts/units';
import { communesOf } from './data/places';
import { servedKpiIds } from './kpi/observations';
import { applyScenarioSpec } from './scenario';
import {
  ALERTS,
  KPI,
  NOW,
  SEEDS,
  STA,
  field,
  freshMocks,
  getJson,
  list,
  postJson,
} from './testing';

// Cold generation of a seed takes a second or two; the whole suite runs files in parallel.
vi.setConfig({ testTimeout: 30_000 });

/**
 * Every payload the mocks produce is accepted by the production contract parsers
 * (src/data/contracts), for several seeds: what the demo shows is what a real source may send.
 */
const opts = { nowMs: NOW, source: 'mock' };

function expectOk(result: { ok: boolean; error?: unknown }, what: string): void {
  expect(result.ok ? 'ok' : JSON.stringify(result.error), what).toBe('ok');
}

describe.each(SEEDS)('payloads match the production schemas, seed %i', (seed) => {
  beforeEach(async () => {
    await freshMocks();
    applyScenarioSpec(`seed:${seed}`);
  });

  test('KPI observations: every served KPI for current, former, national, department and commune units', async () => {
    const commune = communesOf('92')[0]?.code ?? '';
    const units = ['92', '44', '02', 'VN', '92.so-nnmt', commune];
    let total = 0;
    for (const id of servedKpiIds()) {
      const r = await getJson(
        `${KPI}/kpi-observations?indicatorId=${id}&unitCode=${units.join(',')}`,
      );
      expect(r.status).toBe(200);
      const parsed = parseKpiObservationPage(r.body, opts);
      expectOk(parsed, id);
      if (parsed.ok) total += parsed.value.observations.length;
    }
    expect(total).toBeGreaterThan(5000);
  });

  test('the request the overview tile makes (from/to, one unit)', async () => {
    const r = await getJson(
      `${KPI}/kpi-observations?indicatorId=dvc.online-dossier-share&unitCode=08&from=2025-07&to=2026-12`,
    );
    const parsed = parseKpiObservationPage(r.body, opts);
    expectOk(parsed, 'tile');
    if (parsed.ok) expect(parsed.value.observations.at(-1)?.unitCode).toBe('08');
  });

  test('dossier statistics: province history, departments and communes', async () => {
    for (const q of [
      'unitCode=92',
      'unitCode=02,08&periodTo=2025-06',
      'unitCode=92&periodFrom=2025-07&breakdown=department',
      'unitCode=92&period=2026-10&breakdown=commune',
      'unitCode=92.so-tu-phap',
    ]) {
      const r = await getJson(`${KPI}/dossier-statistics?${q}`);
      expect(r.status, q).toBe(200);
      const parsed = parseDossierStats(r.body, opts);
      expectOk(parsed, q);
      if (parsed.ok) expect(parsed.value.statistics.length, q).toBeGreaterThan(0);
    }
  });

  test('procedure statistics carry valid dossier statistics', async () => {
    const r = await getJson(`${KPI}/procedure-statistics?unitCode=92`);
    const rows = list(r.body, 'procedures');
    expect(rows.length).toBeGreaterThan(30);
    expectOk(parseDossierStats({ statistics: rows }, opts), 'procedures');
    expectOk(parseProcedureStats(r.body, opts), 'procedures as ProcedureStats');
    for (const row of rows) {
      expect(field(row, 'procedureName')).toEqual(expect.any(String));
      expect(field(row, 'synthetic')).toBe(true);
    }
  });

  test('index scores: 766 monthly and DTI yearly, all units', async () => {
    const r = await getJson(`${KPI}/index-scores?limit=10000`);
    const parsed = parseIndexScores(r.body, opts);
    expectOk(parsed, 'index-scores');
    if (parsed.ok) expect(parsed.value.scores.length).toBeGreaterThan(2000);
  });

  test('late dossiers and source health have their documented shape', async () => {
    const late = await getJson(`${KPI}/late-dossiers?unitCode=92&limit=50`);
    const dossiers = list(late.body, 'dossiers');
    expect(dossiers.length).toBe(50);
    for (const d of dossiers) {
      const due = Date.parse(String(field(d, 'dueAt')));
      const received = Date.parse(String(field(d, 'receivedAt')));
      expect(received).toBeLessThan(due);
      expect(field(d, 'daysLate')).toBeGreaterThanOrEqual(1);
      expect(['pending-overdue', 'processed-late']).toContain(field(d, 'status'));
    }
    const health = await getJson(`${KPI}/source-health`);
    const sources = list(health.body, 'sources');
    expect(sources).toHaveLength(12);
    for (const s of sources) {
      expect(['up', 'degraded', 'down']).toContain(field(s, 'status'));
      expect(['fresh', 'late', 'stale', 'no-data']).toContain(field(s, 'freshness'));
    }
  });

  test.each(['92', '01', '79'])(
    'procedure statistics of province %s, a department and a commune parse as ProcedureStats',
    async (province) => {
      const commune = communesOf(province)[0]?.code ?? '';
      for (const q of [
        `unitCode=${province}`,
        `unitCode=${province}&period=2025-08`,
        `unitCode=${province}.so-tu-phap`,
        `unitCode=${province}&departmentId=so-nnmt`,
        `unitCode=${commune}`,
      ]) {
        const r = await getJson(`${KPI}/procedure-statistics?${q}`);
        expect(r.status, q).toBe(200);
        const parsed = parseProcedureStats(r.body, opts);
        expectOk(parsed, q);
        if (parsed.ok) {
          expect(parsed.value.procedures.length, q).toBeGreaterThan(0);
          expect(parsed.value.procedures.every((p) => p.synthetic)).toBe(true);
        }
      }
    },
  );

  test.each(['92', '01', '79'])(
    'late dossiers of province %s, by status and paged, parse as LateDossier',
    async (province) => {
      for (const q of [
        `unitCode=${province}&limit=1000`,
        `unitCode=${province}&status=pending-overdue&limit=200`,
        `unitCode=${province}&status=processed-late&limit=200`,
        `unitCode=${province}.so-nnmt`,
      ]) {
        const r = await getJson(`${KPI}/late-dossiers?${q}`);
        expect(r.status, q).toBe(200);
        const parsed = parseLateDossiers(r.body, opts);
        expectOk(parsed, q);
        if (parsed.ok)
          expect(parsed.value.total, q).toBeGreaterThanOrEqual(parsed.value.dossiers.length);
      }
      const first = parseLateDossiers(
        (await getJson(`${KPI}/late-dossiers?unitCode=${province}&limit=5`)).body,
        opts,
      );
      expectOk(first, 'first page');
      const cursor = first.ok ? first.value.nextCursor : null;
      if (cursor !== null) {
        const next = await getJson(
          `${KPI}/late-dossiers?unitCode=${province}&limit=5&cursor=${encodeURIComponent(cursor)}`,
        );
        expectOk(parseLateDossiers(next.body, opts), 'next page');
      }
    },
  );

  test('units: the provinces, and departments then communes of several provinces', async () => {
    const all = parseUnitListings((await getJson(`${KPI}/units`)).body, opts);
    expectOk(all, 'provinces');
    if (all.ok) expect(all.value.units).toHaveLength(34);
    for (const province of ['92', '01', '79', '44']) {
      const r = await getJson(`${KPI}/units?parent=${province}&limit=10000`);
      expect(r.status, province).toBe(200);
      const parsed = parseUnitListings(r.body, opts);
      expectOk(parsed, province);
      if (parsed.ok) {
        expect(
          parsed.value.units.some((u) => u.kind === 'department'),
          province,
        ).toBe(true);
        expect(
          parsed.value.units.some((u) => u.kind !== 'department'),
          province,
        ).toBe(true);
      }
    }
  });

  test.each(['92', '01', '79'])(
    'source health of province %s, quiet and during a sensor outage',
    async (province) => {
      applyScenarioSpec(`seed:${seed},province:${province}`);
      const quiet = parseSourceHealth((await getJson(`${KPI}/source-health`)).body, opts);
      expectOk(quiet, 'quiet');
      if (quiet.ok) {
        expect(quiet.value.province).toBe(province);
        expect(quiet.value.sources).toHaveLength(12);
      }
      expect(applyScenarioSpec('story:sensor-outage/-2h').ignored).toEqual([]);
      const outage = parseSourceHealth((await getJson(`${KPI}/source-health`)).body, opts);
      expectOk(outage, 'outage');
      if (outage.ok) {
        const degraded = outage.value.sources.filter((s) => s.status === 'degraded');
        expect(degraded.length).toBeGreaterThan(0);
        expect(degraded.every((s) => (s.silentDatastreams ?? 0) > 0)).toBe(true);
      }
    },
  );

  test('SensorThings: Things, Datastreams with their latest observation, Observations, dataArray', async () => {
    const things = await getJson(`${STA}/Things?$expand=Locations&$top=1000`);
    const t = parseThings(things.body, opts);
    expectOk(t, 'Things');
    if (t.ok) {
      expect(t.value.items.length).toBeGreaterThan(100);
      expect(t.value.items.every((x) => x.location !== null)).toBe(true);
    }
    const ds = await getJson(
      `${STA}/Datastreams?$top=1000&$count=true&$expand=Observations($orderby=phenomenonTime desc;$top=1),ObservedProperty,Thing($select=id)`,
    );
    const d = parseDatastreams(ds.body, opts);
    expectOk(d, 'Datastreams');
    if (d.ok) {
      expect(d.value.count).toBe(300);
      expect(d.value.items.every((x) => x.latest !== null && x.thingId !== null)).toBe(true);
    }
    const obs = await getJson(`${STA}/Observations?$top=1000&$orderby=phenomenonTime desc`);
    expectOk(parseObservations(obs.body, opts), 'Observations');
    const arr = await getJson(
      `${STA}/Observations?$resultFormat=dataArray&$top=1000&$filter=phenomenonTime ge 2026-11-21T10:00:00%2B07:00`,
    );
    const a = parseObservationsDataArray(arr.body, opts);
    expectOk(a, 'dataArray');
    if (a.ok) expect(a.value.items).toHaveLength(1000);
  });

  test('alerts, before and after a lifecycle of actions, and during every story', async () => {
    const first = await getJson(`${ALERTS}/alerts`);
    const parsed = parseAlerts(first.body, opts);
    expectOk(parsed, 'alerts');
    const id = parsed.ok ? parsed.value.alerts[0]?.id : undefined;
    expect(id).toBeDefined();
    await postJson(`${ALERTS}/alerts/${id}/acknowledge`, { by: 'Trực ban IOC', note: 'Đã nhận' });
    await postJson(`${ALERTS}/alerts/${id}/assign`, { by: 'Trực ban IOC', assignee: 'Sở NN&MT' });
    await postJson(`${ALERTS}/alerts/${id}/resolve`, { by: 'Sở NN&MT' });
    expectOk(parseAlerts((await getJson(`${ALERTS}/alerts`)).body, opts), 'after actions');
    expect(
      applyScenarioSpec('story:flood/-5h,story:late-spike/-1d,story:sensor-outage/-2h').ignored,
    ).toEqual([]);
    const during = await getJson(`${ALERTS}/alerts`);
    const d = parseAlerts(during.body, opts);
    expectOk(d, 'during stories');
    if (d.ok)
      expect(new Set(d.value.alerts.map((x) => x.kind))).toEqual(
        new Set(['flood', 'sla', 'staleness']),
      );
  });
});
