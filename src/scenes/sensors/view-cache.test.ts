import { describe, expect, test } from 'vitest';
import type { StaDatastream, StaObservation, StaStation } from '../../data/sensorthings/model';
import { createMapItemsCache } from './map-items';
import { stationView } from './model';
import { nextViews } from './view-cache';

const NOW = Date.parse('2026-11-22T03:00:00Z');

function ds(id: string, propertyKey: string): StaDatastream {
  return {
    id,
    name: id,
    thingId: null,
    unit: { name: '', symbol: 'AQI', definition: '' },
    propertyName: propertyKey,
    propertyKey,
    kpiId: null,
    cadenceMs: 5 * 60_000,
    alarmLevels: null,
  };
}
function station(id: string, kind: StaStation['kind'], streams: StaDatastream[]): StaStation {
  return {
    id,
    name: `Trạm ${id}`,
    description: '',
    kind,
    location: { longitude: 105.8, latitude: 21 },
    communeName: null,
    river: null,
    alarmLevels: null,
    synthetic: true,
    datastreams: streams,
  };
}
function obs(datastreamId: string, ms: number, value: number): StaObservation {
  return {
    id: `${datastreamId}@${ms}`,
    datastreamId,
    phenomenonTimeMs: ms,
    phenomenonEndMs: null,
    phenomenonTimeText: '',
    resultTimeMs: null,
    value,
    text: null,
    outOfRange: false,
  };
}

const stations = [
  station('a', 'air-quality', [ds('a1', 'aqi'), ds('a2', 'pm25')]),
  station('b', 'air-quality', [ds('b1', 'aqi')]),
  station('t', 'traffic', [ds('t1', 'congestion')]),
];
const first = new Map([
  ['a1', obs('a1', NOW - 60_000, 40)],
  ['a2', obs('a2', NOW - 60_000, 12)],
  ['b1', obs('b1', NOW - 60_000, 160)],
  ['t1', obs('t1', NOW - 60_000, 1)],
]);

describe('incremental station views', () => {
  const base = nextViews(null, stations, first, NOW);

  test('the first pass equals a full derivation', () => {
    expect(base.views).toEqual(stations.map((s) => stationView(s, first, NOW)));
  });

  test('nothing new keeps the same array', () => {
    expect(nextViews(base, stations, new Map(first), NOW).views).toBe(base.views);
    expect(nextViews(base, stations, first, NOW)).toBe(base);
  });

  test('a new value replaces only its station, equal to a full derivation', () => {
    const latest = new Map(first).set('b1', obs('b1', NOW, 220));
    const next = nextViews(base, stations, latest, NOW);
    expect(next.views).not.toBe(base.views);
    expect(next.views[0]).toBe(base.views[0]);
    expect(next.views[1]).not.toBe(base.views[1]);
    expect(next.views[1]?.classIndex).toBe(4);
    expect(next.views[2]).toBe(base.views[2]);
    expect(next.views).toEqual(stations.map((s) => stationView(s, latest, NOW)));
  });

  test('a secondary datastream moves the station time without touching other stations', () => {
    const latest = new Map(first).set('a2', obs('a2', NOW, 15));
    const next = nextViews(base, stations, latest, NOW);
    expect(next.views[0]?.lastMs).toBe(NOW);
    expect(next.views[1]).toBe(base.views[1]);
  });

  test('the clock re-judges freshness, keeping stations whose view did not change', () => {
    // 20 min later: 11 min past the 10-min result lag, one 5-min cadence missed → late.
    const later = nextViews(base, stations, first, NOW + 20 * 60_000);
    expect(later.views.map((v) => v.freshness)).toEqual(['late', 'late', 'late']);
    // 1 s later: nothing changes state, the array is kept.
    expect(nextViews(base, stations, first, NOW + 1000).views).toBe(base.views);
  });

  test('a new station list is derived afresh', () => {
    const other = stations.slice(0, 2);
    const next = nextViews(base, other, first, NOW);
    expect(next.views).toHaveLength(2);
    expect(next.stations).toBe(other);
  });
});

describe('map points per kind', () => {
  test('a kind keeps its items array until one of its stations changes', () => {
    const cache = createMapItemsCache();
    const base = nextViews(null, stations, first, NOW);
    const air = cache.items('air-quality', base.views);
    const traffic = cache.items('traffic', base.views);
    expect(air.map((p) => [p.id, p.classIndex])).toEqual([
      ['a', 0],
      ['b', 3],
    ]);
    // No value text per point: the tooltip asks for the station by id on hover (issue #8).
    expect(air.every((p) => p.label === undefined)).toBe(true);
    expect(cache.viewOf('b')?.latest?.value).toBe(160);
    const next = nextViews(base, stations, new Map(first).set('b1', obs('b1', NOW, 20)), NOW);
    const air2 = cache.items('air-quality', next.views);
    expect(air2).not.toBe(air);
    expect(air2[0]).toBe(air[0]);
    expect(air2[1]?.classIndex).toBe(0);
    expect(cache.viewOf('b')?.latest?.value).toBe(20);
    expect(cache.items('traffic', next.views)).toBe(traffic);
    expect(cache.viewOf('unknown')).toBeUndefined();
  });
});
