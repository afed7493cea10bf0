import type { StaDatastream, StaObservation, StaStation } from '../../data/sensorthings/model';
import { historyOption } from './chart';
import { classOfValue, networkHealth, stationView, thresholdsOf } from './model';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-22T03:00:00Z');

function ds(
  id: string,
  propertyKey: string,
  cadenceMin: number,
  extra: Partial<StaDatastream> = {},
): StaDatastream {
  return {
    id,
    name: id,
    thingId: null,
    unit: { name: '', symbol: '', definition: '' },
    propertyName: propertyKey,
    propertyKey,
    kpiId: null,
    cadenceMs: cadenceMin * 60_000,
    alarmLevels: null,
    ...extra,
  };
}
function station(
  id: string,
  kind: StaStation['kind'],
  datastreams: StaDatastream[],
  extra: Partial<StaStation> = {},
): StaStation {
  return {
    id,
    name: `Trạm ${id}`,
    description: '',
    kind,
    location: null,
    communeName: null,
    river: null,
    alarmLevels: null,
    synthetic: true,
    datastreams,
    ...extra,
  };
}
function obs(datastreamId: string, ms: number, value: number | null): StaObservation {
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

const levels = { I: 9.5, II: 10.5, III: 11.5 };

describe('station classes', () => {
  test.each([
    ['air-quality', 42, 0],
    ['air-quality', 120, 2],
    ['air-quality', 350, 5],
    ['water-level', 9.4, 0],
    ['water-level', 9.5, 1],
    ['water-level', 11.6, 3],
    ['urban-flood', 5, 0],
    ['urban-flood', 30, 2],
    ['urban-flood', 80, 3],
    ['traffic', 2, 2],
    ['traffic', 7, null],
  ] as const)('%s %d → class %s', (kind, value, expected) => {
    const s = station('1', kind, [], { alarmLevels: levels });
    expect(classOfValue(s, null, value)).toBe(expected);
  });
});

describe('freshness and network health', () => {
  const water = (id: string, lastAgoMs: number | null) => {
    const d = ds(`w${id}`, 'water-level', 15);
    const s = station(id, 'water-level', [d], { alarmLevels: levels });
    const latest = new Map(lastAgoMs === null ? [] : [[d.id, obs(d.id, NOW - lastAgoMs, 10)]]);
    return stationView(s, latest, NOW);
  };
  test('a station is fresh within a cadence plus the result lag, late after, stale after three', () => {
    expect(water('a', 20 * 60_000).freshness).toBe('fresh');
    expect(water('b', 40 * 60_000).freshness).toBe('late');
    expect(water('c', 2 * HOUR).freshness).toBe('stale');
    expect(water('d', null).freshness).toBe('no-data');
    expect(water('a', 20 * 60_000).classIndex).toBe(1); // 10 m: alarm I (9.5) reached, II (10.5) not
  });
  test('silent stations are listed oldest first, counted per kind', () => {
    const h = networkHealth([
      water('a', 0),
      water('b', 40 * 60_000),
      water('c', 2 * HOUR),
      water('d', null),
    ]);
    expect(h.byKind).toEqual([{ kind: 'water-level', total: 4, reporting: 1, silent: 3 }]);
    expect(h.silent.map((v) => v.station.id)).toEqual(['d', 'c', 'b']);
  });
});

describe('thresholds and chart', () => {
  test('water levels draw alarm I/II/III; AQI its band limits', () => {
    const d = ds('w', 'water-level', 15);
    expect(
      thresholdsOf(station('1', 'water-level', [d], { alarmLevels: levels }), d).map(
        (t) => t.value,
      ),
    ).toEqual([9.5, 10.5, 11.5]);
    const a = ds('a', 'aqi', 60);
    expect(thresholdsOf(station('2', 'air-quality', [a]), a).map((t) => t.value)).toEqual([
      100, 150, 200,
    ]);
  });
  test('the option samples long series with LTTB, draws thresholds as markLines and keeps them in view', () => {
    const observations = Array.from({ length: 2016 }, (_, i) =>
      obs('w', NOW - i * 300_000, 5 + (i % 7) / 10),
    );
    const option = historyOption({
      observations,
      seriesName: 'Mực nước',
      thresholds: [{ value: 9.5, label: 'Báo động I' }],
      formatTime: String,
      formatValue: String,
      animate: false,
    }) as {
      series: { sampling: string; data: unknown[]; markLine: { data: { yAxis: number }[] } }[];
      yAxis: { max: number };
    };
    const series = option.series[0];
    expect(series?.sampling).toBe('lttb');
    expect(series?.data).toHaveLength(2016);
    expect(series?.markLine.data).toEqual([expect.objectContaining({ yAxis: 9.5 })]);
    expect(option.yAxis.max).toBeGreaterThanOrEqual(9.5);
  });
});
