import { freezeClock } from '../clock';
import { applyScenarioSpec } from '../scenario';
import { ALERTS, KPI, NOW, STA, field, freshMocks, getJson, list } from '../testing';
import { FLOOD_TIMELINE, OUTAGE_DURATION_MS } from './stories';

// Cold generation of a seed takes a second or two; the whole suite runs files in parallel.
vi.setConfig({ testTimeout: 30_000 });

/** Trainer stories really tell their story, on the virtual clock. */
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

beforeEach(() => freshMocks());

describe('flood on a river station', () => {
  test('the level crosses alarm I, II and III in order, peaks above III, then falls back', async () => {
    applyScenarioSpec(`province:01,story:flood/${iso(NOW)}`);
    const end =
      NOW + FLOOD_TIMELINE.riseMs + FLOOD_TIMELINE.holdMs + FLOOD_TIMELINE.recedeMs + 2 * HOUR;
    freezeClock(end);
    const thing = await getJson(
      `${STA}/Things(${await firstWaterThing()})?$expand=Datastreams($select=id)`,
    );
    const levels = field(thing.body, 'properties', 'alarmLevels') as {
      I: number;
      II: number;
      III: number;
    };
    expect(levels).toEqual({ I: 9.5, II: 10.5, III: 11.5 }); // Long Biên, Decision 05/2020/QĐ-TTg
    const ds = field(thing.body, 'Datastreams', 0, '@iot.id');
    const r = await getJson(
      `${STA}/Datastreams(${String(ds)})/Observations?$filter=phenomenonTime ge ${iso(NOW)}&$top=1000&$select=phenomenonTime,result`,
    );
    const series = list(r.body, 'value').map((o) => ({
      t: Date.parse(String(field(o, 'phenomenonTime'))),
      v: field(o, 'result') as number,
    }));
    const firstAbove = (x: number) => series.find((p) => p.v >= x)?.t ?? Number.POSITIVE_INFINITY;
    expect(firstAbove(levels.I)).toBeLessThan(firstAbove(levels.II));
    expect(firstAbove(levels.II)).toBeLessThan(firstAbove(levels.III));
    expect(firstAbove(levels.III)).toBeLessThanOrEqual(NOW + FLOOD_TIMELINE.riseMs);
    expect(Math.max(...series.map((p) => p.v))).toBeGreaterThan(levels.III);
    expect(series.at(-1)!.v).toBeLessThan(levels.I);
  });

  test('played at 3,600× real time (speed:3600), alarm III is reached within seconds', async () => {
    applyScenarioSpec('province:01,story:flood,speed:3600');
    await new Promise((r) => setTimeout(r, 4600)); // ≈ 4.6 virtual hours
    const critical = await getJson(`${ALERTS}/alerts?kind=flood&severity=critical`);
    expect(list(critical.body, 'alerts').length).toBe(1);
  }, 15_000);
});

async function firstWaterThing(): Promise<number> {
  const r = await getJson(
    `${STA}/Things?$filter=properties/kind eq 'water-level'&$top=1&$select=id`,
  );
  return field(r.body, 'value', 0, '@iot.id') as number;
}

describe('sensor network outage', () => {
  test('half of the traffic and flood sensors go silent for three hours; health and alerts show it', async () => {
    applyScenarioSpec(`story:sensor-outage/${iso(NOW - HOUR)}`);
    const latest = await getJson(
      `${STA}/Datastreams?$top=1000&$select=id,properties&$expand=Thing($select=id),Observations($orderby=phenomenonTime desc;$top=1;$select=phenomenonTime)`,
    );
    const traffic = list(latest.body, 'value').filter(
      (d) => field(d, 'properties', 'observedPropertyKey') === 'traffic-flow',
    );
    const silent = traffic.filter(
      (d) => Date.parse(String(field(d, 'Observations', 0, 'phenomenonTime'))) < NOW - HOUR,
    );
    expect(silent.length).toBe(Math.ceil(traffic.length / 2));
    const health = await getJson(`${KPI}/source-health`);
    const trafficHealth = list(health.body, 'sources').find(
      (s) => field(s, 'sourceId') === 'traffic-sensors',
    );
    expect(trafficHealth).toMatchObject({
      status: 'degraded',
      silentDatastreams: silent.length * 3,
    });
    const stale = await getJson(`${ALERTS}/alerts?kind=staleness`);
    expect(
      list(stale.body, 'alerts')
        .map((a) => field(a, 'subject', 'sourceId'))
        .sort(),
    ).toEqual(['traffic-sensors', 'urban-flood-sensors']);
    // After three hours the sensors report again; the gap stays (no back-fill).
    freezeClock(NOW - HOUR + OUTAGE_DURATION_MS + HOUR);
    const id = String(field(silent[0], '@iot.id'));
    const after = await getJson(
      `${STA}/Datastreams(${id})/Observations?$filter=phenomenonTime ge ${iso(NOW - 2 * HOUR)}&$top=1000&$count=true`,
    );
    // Now 13:02: ticks 08:05…13:00 are 60; the outage 09:02–12:02 removes 09:05…12:00 (36).
    expect(field(after.body, '@iot.count')).toBe(60 - OUTAGE_DURATION_MS / (5 * 60_000));
  });
});

describe('late-dossier spike in one department', () => {
  test('Sở Nông nghiệp và Môi trường: overdue dossiers multiply and its SLA alert turns critical', async () => {
    const q = `${KPI}/dossier-statistics?unitCode=92&period=2026-11&breakdown=department`;
    const before = list((await getJson(q)).body, 'statistics').find(
      (s) => field(s, 'unitCode') === '92.so-tu-phap',
    );
    const nnmtBefore = list((await getJson(q)).body, 'statistics').find(
      (s) => field(s, 'unitCode') === '92.so-nnmt',
    );
    applyScenarioSpec(`story:late-spike/${iso(NOW - 3 * 86_400_000)}`);
    const rows = list((await getJson(q)).body, 'statistics');
    const nnmt = rows.find((s) => field(s, 'unitCode') === '92.so-nnmt');
    const other = rows.find((s) => field(s, 'unitCode') === '92.so-tu-phap');
    expect(field(nnmt, 'pendingOverdue') as number).toBeGreaterThan(
      3 * (field(nnmtBefore, 'pendingOverdue') as number),
    );
    expect(field(nnmt, 'processedLate') as number).toBeGreaterThan(
      3 * (field(nnmtBefore, 'processedLate') as number),
    );
    expect(other).toEqual(before);
    const sla = await getJson(`${ALERTS}/alerts?kind=sla&severity=critical`);
    expect(list(sla.body, 'alerts').map((a) => field(a, 'subject', 'departmentId'))).toContain(
      'so-nnmt',
    );
    const late = await getJson(`${KPI}/late-dossiers?unitCode=92.so-nnmt&limit=1`);
    expect(field(late.body, 'total') as number).toBeGreaterThan(1000);
  });
});

describe('steady month-on-month rise of online uptake', () => {
  test('online shares of the province rise every month around the story start', async () => {
    const url = `${KPI}/kpi-observations?indicatorId=dvc.online-dossier-share&unitCode=92&periodFrom=2026-04&periodTo=2026-10`;
    const base = list((await getJson(url)).body, 'observations').map(
      (o) => field(o, 'value') as number,
    );
    applyScenarioSpec(`story:online-rise/${iso(Date.parse('2026-10-01T00:00:00+07:00'))}`);
    const risen = list((await getJson(url)).body, 'observations').map(
      (o) => field(o, 'value') as number,
    );
    expect(risen).toHaveLength(7);
    for (let i = 1; i < risen.length; i++) expect(risen[i]).toBeGreaterThan(risen[i - 1]! + 1);
    const gain = risen.map((v, i) => v - base[i]!);
    for (let i = 1; i < gain.length; i++) expect(gain[i]).toBeGreaterThan(gain[i - 1]!);
    // Other provinces are not affected.
    const other = `${KPI}/kpi-observations?indicatorId=dvc.online-dossier-share&unitCode=01&period=2026-10`;
    const withStory = field((await getJson(other)).body, 'observations', 0, 'value');
    await freshMocks();
    expect(field((await getJson(other)).body, 'observations', 0, 'value')).toBe(withStory);
  });
});
