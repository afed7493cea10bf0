import flood from '../../src/trainer/scenarios/flood.json';
import { parseScenario } from '../../src/trainer/scenario/format';
import { freezeClock } from '../clock';
import { applyScenarioSpec } from '../scenario';
import { STA, field, freshMocks, getJson, list } from '../testing';

vi.setConfig({ testTimeout: 30_000 });

/**
 * The trainer's flood scenario file declares the alarm band of the river station at each
 * event; the mock story must really show it then (a change to the story or the file that
 * breaks the class's timeline fails here, not in front of the class).
 */
test('the flood scenario file matches the mock flood story at every event', async () => {
  const parsed = parseScenario(flood);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const s = parsed.value;
  await freshMocks(s.start);
  applyScenarioSpec(
    `province:${s.unit},story:flood/${new Date(s.start + s.storyAt).toISOString()}`,
  );
  freezeClock(s.start + s.duration);
  const things = await getJson(
    `${STA}/Things?$filter=properties/kind eq 'water-level'&$top=1&$expand=Datastreams($select=id)`,
  );
  const levels = field(things.body, 'value', 0, 'properties', 'alarmLevels') as Record<
    'I' | 'II' | 'III',
    number
  >;
  const ds = String(field(things.body, 'value', 0, 'Datastreams', 0, '@iot.id'));
  const r = await getJson(
    `${STA}/Datastreams(${ds})/Observations?$filter=phenomenonTime ge ${new Date(s.start).toISOString()}&$orderby=phenomenonTime&$top=1000&$select=phenomenonTime,result`,
  );
  const series = list(r.body, 'value').map((o) => ({
    t: Date.parse(String(field(o, 'phenomenonTime'))),
    v: field(o, 'result') as number,
  }));
  const band = (v: number) =>
    v >= levels.III ? 'III' : v >= levels.II ? 'II' : v >= levels.I ? 'I' : 'normal';
  const checked = s.events.filter((e) => e.level !== undefined);
  expect(checked.length).toBeGreaterThanOrEqual(6);
  for (const e of checked) {
    const latest = series.filter((p) => p.t <= s.start + e.at).at(-1);
    expect({ at: e.label.en, band: latest && band(latest.v) }).toEqual({
      at: e.label.en,
      band: e.level,
    });
  }
});
