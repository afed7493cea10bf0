import {
  classifyByThresholds,
  sequentialColors,
  thresholdLegend,
  VN_AQI_LEGEND,
  aqiClassIndex,
} from '../legend';
import type { MapPoint, MapPointLayer, UnitSet, UnitValues } from '../types';
import { unitList } from '../units';

/**
 * Deterministic scene for the map harness (e2e and bench): a KPI per unit and sensors spread
 * over Vietnam. value = (code × 7) mod 100, so Nghệ An (40) = 80 → the top band.
 */
export const HARNESS_THRESHOLDS = [40, 60, 80] as const;

export const harnessLegend = thresholdLegend({
  title: 'Chỉ số thử nghiệm',
  thresholds: HARNESS_THRESHOLDS,
  colors: sequentialColors('desk', 4),
  format: (v) => `${v}%`,
});

export function harnessValue(code: string): number {
  return (Number(code) * 7) % 100;
}

export function harnessValues(unitSet: UnitSet): UnitValues {
  const values: Record<string, UnitValues[string]> = {};
  for (const u of unitList(unitSet)) {
    const value = harnessValue(u.code);
    values[u.code] = {
      value,
      classIndex: classifyByThresholds(value, HARNESS_THRESHOLDS),
      label: `${value}%`,
    };
  }
  return values;
}

/** A small deterministic generator, so that runs are comparable. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Points scattered around a few cities (mainland only, roughly). */
const HUBS: ReadonlyArray<readonly [number, number, number]> = [
  [105.85, 21.03, 0.6],
  [106.68, 10.78, 0.6],
  [108.22, 16.06, 0.4],
  [105.78, 10.03, 0.5],
  [106.68, 20.86, 0.4],
  [107.6, 16.46, 0.3],
  [109.19, 12.24, 0.4],
  [108.0, 12.67, 0.8],
  [105.69, 18.67, 0.6],
  [104.0, 21.3, 0.8],
];

/** AQI of each harness sensor by id, for the hover label (as the sensors scene does). */
const harnessAqi = new Map<string, number>();

export function harnessSensors(count: number, seed: number): MapPoint[] {
  const random = mulberry32(seed);
  const points: MapPoint[] = [];
  for (let i = 0; i < count; i++) {
    const [lng, lat, r] = HUBS[i % HUBS.length] ?? [106, 16, 1];
    const aqi = Math.round(random() * random() * 260);
    points.push({
      id: `s${i}`,
      lng: lng + (random() - 0.5) * 2 * r,
      lat: lat + (random() - 0.5) * 2 * r,
      classIndex: aqiClassIndex(aqi),
      name: `Trạm quan trắc ${i + 1}`,
    });
    harnessAqi.set(`s${i}`, aqi);
  }
  return points;
}

export function sensorLayer(items: readonly MapPoint[]): MapPointLayer {
  return {
    id: 'sensors',
    kind: 'sensor',
    cluster: true,
    legend: VN_AQI_LEGEND,
    items,
    // The value text is made on hover only: an update of 5,000 points builds no strings.
    pointLabel: (id) => `VN_AQI ${harnessAqi.get(id) ?? '—'}`,
  };
}
