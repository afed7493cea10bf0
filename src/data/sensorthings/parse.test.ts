import {
  parseObservationsPage,
  parseObservationsPageSliced,
  parseStationsPage,
  parseStationsPageSliced,
} from './parse';
import { createSlicer, yieldToEventLoop, type Slicer } from './slice';

const T0 = Date.parse('2026-11-22T00:00:00Z');
const NOW = T0 + 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

function obs(id: number, ms: number, result: unknown = 1, ds: number | null = 7) {
  return {
    '@iot.id': id,
    phenomenonTime: iso(ms),
    result,
    ...(ds === null ? {} : { Datastream: { '@iot.id': ds } }),
  };
}

function thing(id: number, observation: unknown = obs(id * 10, T0, 42, null)) {
  return {
    '@iot.id': id,
    name: `Trạm ${id}`,
    properties: { kind: 'air-quality' },
    Locations: [
      { '@iot.id': id, name: 'vị trí', location: { type: 'Point', coordinates: [105.8, 21.0] } },
    ],
    Datastreams: [
      {
        '@iot.id': id * 100,
        name: 'AQI',
        unitOfMeasurement: { name: 'index', symbol: '', definition: '' },
        properties: { observedPropertyKey: 'aqi', cadenceSeconds: 3600 },
        Observations: [observation],
      },
    ],
  };
}

/** A slicer that is always due and counts its pauses (no real clock involved). */
function countingSlicer(): Slicer & { pauses: number } {
  const s = {
    pauses: 0,
    due: () => true,
    pause: () => {
      s.pauses++;
      return Promise.resolve();
    },
  };
  return s;
}

const many = { value: Array.from({ length: 50 }, (_, i) => obs(i + 1, T0 + i * 1000)) };

describe('sliced parsing gives the same result as the one-go parse', () => {
  // Each case: a payload and the expected outcome; both forms must agree on it exactly.
  const observationCases: { name: string; json: unknown; field?: string }[] = [
    { name: 'a good page', json: many },
    { name: 'an empty page', json: { value: [] } },
    {
      name: 'a bad row in the middle',
      json: { value: [obs(1, T0), { ...obs(2, T0), phenomenonTime: 5 }, obs(3, T0)] },
      field: 'value[1].phenomenonTime',
    },
    {
      name: 'a future time',
      json: { value: [obs(1, NOW + 3_600_000)] },
      field: 'value[0].phenomenonTime',
    },
    { name: 'no datastream', json: { value: [obs(1, T0, 1, null)] }, field: 'value[0].Datastream' },
    { name: 'not a collection', json: { values: [] }, field: 'value' },
    {
      name: 'a bad nextLink',
      json: { value: [], '@iot.nextLink': 'ftp://x' },
      field: '["@iot.nextLink"]',
    },
  ];
  test.each(observationCases)('observations: $name', async ({ json, field }) => {
    const sync = parseObservationsPage(json, { nowMs: NOW });
    const sliced = await parseObservationsPageSliced(json, {
      nowMs: NOW,
      slicer: countingSlicer(),
    });
    expect(sliced).toEqual(sync);
    expect(sync.ok).toBe(field === undefined);
    if (!sync.ok) expect(sync.error.field).toBe(field);
  });

  const stationCases: { name: string; json: unknown; field?: string }[] = [
    { name: 'two stations', json: { value: [thing(1), thing(2)] } },
    {
      name: 'a bad observation inside a station',
      json: { value: [thing(1), thing(2, { ...obs(1, T0), phenomenonTime: 'yesterday' })] },
      field: 'value[1].Datastreams[0].Observations[0].phenomenonTime',
    },
    {
      name: 'a station without a name',
      json: { value: [{ ...thing(1), name: undefined }] },
      field: 'value[0].name',
    },
  ];
  test.each(stationCases)('stations: $name', async ({ json, field }) => {
    const sync = parseStationsPage(json, { nowMs: NOW });
    const sliced = await parseStationsPageSliced(json, { nowMs: NOW, slicer: countingSlicer() });
    expect(sliced).toEqual(sync);
    expect(sync.ok).toBe(field === undefined);
    if (!sync.ok) expect(sync.error.field).toBe(field);
  });
});

describe('slicing', () => {
  test('pauses before the rows, then whenever the slice is due, once per row at most', async () => {
    const slicer = countingSlicer();
    const r = await parseObservationsPageSliced(many, { nowMs: NOW, slicer });
    expect(r.ok && r.value.observations).toHaveLength(50);
    expect(slicer.pauses).toBe(1 + 50);
  });

  test('does not pause while the slice has time left', async () => {
    let pauses = 0;
    const slicer = createSlicer(
      8,
      () => 0,
      () => {
        pauses++;
        return Promise.resolve();
      },
    );
    await parseObservationsPageSliced(many, { nowMs: NOW, slicer });
    // Only the pause that separates the rows from the JSON.parse of the page.
    expect(pauses).toBe(1);
  });

  test('a slicer is due after its budget and starts a new slice after a pause', async () => {
    let t = 0;
    const slicer = createSlicer(
      8,
      () => t,
      () => Promise.resolve(),
    );
    t = 7;
    expect(slicer.due()).toBe(false);
    t = 8;
    expect(slicer.due()).toBe(true);
    await slicer.pause();
    expect(slicer.due()).toBe(false);
  });

  test('the default yield resumes in a later task, not in a microtask', async () => {
    let resumed = false;
    const yielded = yieldToEventLoop().then(() => {
      resumed = true;
    });
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(resumed).toBe(false);
    await yielded;
    expect(resumed).toBe(true);
  });
});
