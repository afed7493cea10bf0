import { AQI_BANDS } from '../../domain/alerts/aqi';
import { floodAlarmLevel } from '../../domain/alerts/flood';
import { assessFreshness, type FreshnessState } from '../../domain/freshness/freshness';
import type {
  StaDatastream,
  StaObservation,
  StaStation,
  StationKind,
} from '../../data/sensorthings/model';
import { aqiClassIndex } from '../../map';

/**
 * The sensors scene's view of a station: its main datastream (the one the map colours by), the
 * latest value, its class (VN_AQI band, alarm level, flood depth, congestion) and whether the
 * station still reports. Pure, so it is tested without a browser.
 */
export const PRIMARY_PROPERTY: Readonly<Record<StationKind, string | null>> = {
  'air-quality': 'aqi',
  'water-level': 'water-level',
  'urban-flood': 'flood-depth',
  traffic: 'congestion',
  other: null,
};

/** Flood depth classes (cm): a display convention of this scene, not a legal scale. */
export const FLOOD_DEPTH_BREAKS = [10, 30, 50] as const;

/**
 * A result is published a little after its phenomenon time (FROST and the mock: minutes), so a
 * station is judged at "now minus this lag": it is late only when a whole cadence went by
 * without a result beyond the lag, and stale (silent) after three.
 */
export const RESULT_LAG_MS = 10 * 60_000;
export const STALE_AFTER_MISSED = 3;

export interface StationView {
  readonly station: StaStation;
  readonly primary: StaDatastream | null;
  readonly latest: StaObservation | null;
  /** index into the kind's legend; null when no usable value */
  readonly classIndex: number | null;
  readonly freshness: FreshnessState;
  /** newest phenomenon time over all the station's datastreams */
  readonly lastMs: number | null;
  /** the shortest declared cadence of its datastreams */
  readonly cadenceMs: number | null;
}

export function primaryDatastream(station: StaStation): StaDatastream | null {
  const key = PRIMARY_PROPERTY[station.kind];
  return station.datastreams.find((d) => d.propertyKey === key) ?? station.datastreams[0] ?? null;
}

export function classOfValue(
  station: StaStation,
  ds: StaDatastream | null,
  value: number,
): number | null {
  switch (station.kind) {
    case 'air-quality':
      return aqiClassIndex(value);
    case 'water-level': {
      const levels = ds?.alarmLevels ?? station.alarmLevels;
      return levels ? floodAlarmLevel(value, levels) : null;
    }
    case 'urban-flood':
      return value < 0 ? null : FLOOD_DEPTH_BREAKS.filter((b) => value >= b).length;
    case 'traffic':
      return value >= 0 && value <= 3 ? Math.round(value) : null;
    case 'other':
      return null;
  }
}

export function stationView(
  station: StaStation,
  latest: ReadonlyMap<string, StaObservation>,
  nowMs: number,
): StationView {
  const primary = primaryDatastream(station);
  const obs = primary ? (latest.get(primary.id) ?? null) : null;
  let lastMs: number | null = null;
  let cadenceMs: number | null = null;
  for (const d of station.datastreams) {
    const o = latest.get(d.id);
    if (o && (lastMs === null || o.phenomenonTimeMs > lastMs)) lastMs = o.phenomenonTimeMs;
    if (d.cadenceMs !== null && (cadenceMs === null || d.cadenceMs < cadenceMs))
      cadenceMs = d.cadenceMs;
  }
  const freshness =
    cadenceMs === null
      ? lastMs === null
        ? 'no-data'
        : 'fresh'
      : assessFreshness(
          { kind: 'every', minutes: cadenceMs / 60_000, staleAfterMissed: STALE_AFTER_MISSED },
          lastMs,
          nowMs - RESULT_LAG_MS,
        ).state;
  return {
    station,
    primary,
    latest: obs,
    classIndex: obs && obs.value !== null ? classOfValue(station, primary, obs.value) : null,
    freshness,
    lastMs,
    cadenceMs,
  };
}

export interface KindHealth {
  readonly kind: StationKind;
  readonly total: number;
  readonly reporting: number;
  readonly silent: number;
}

/** Stations silent longer than their cadence (late or stale), and counts per kind. */
export function networkHealth(views: readonly StationView[]): {
  readonly byKind: KindHealth[];
  readonly silent: StationView[];
} {
  const kinds = new Map<StationKind, { total: number; reporting: number; silent: number }>();
  const silent: StationView[] = [];
  for (const v of views) {
    const k = kinds.get(v.station.kind) ?? { total: 0, reporting: 0, silent: 0 };
    k.total++;
    if (v.freshness === 'fresh') k.reporting++;
    else {
      k.silent++;
      silent.push(v);
    }
    kinds.set(v.station.kind, k);
  }
  silent.sort((a, b) => (a.lastMs ?? -Infinity) - (b.lastMs ?? -Infinity));
  return { byKind: [...kinds].map(([kind, c]) => ({ kind, ...c })), silent };
}

export interface Threshold {
  readonly value: number;
  /** message key under sensors.thresholds */
  readonly key: 'alarm1' | 'alarm2' | 'alarm3' | 'aqi100' | 'aqi150' | 'aqi200';
}

/** Alarm thresholds drawn on the detail chart of a datastream. */
export function thresholdsOf(station: StaStation, ds: StaDatastream): Threshold[] {
  if (ds.propertyKey === 'water-level') {
    const l = ds.alarmLevels ?? station.alarmLevels;
    return l
      ? [
          { value: l.I, key: 'alarm1' },
          { value: l.II, key: 'alarm2' },
          { value: l.III, key: 'alarm3' },
        ]
      : [];
  }
  if (ds.propertyKey === 'aqi') {
    // Upper bounds of the "moderate", "poor" and "bad" bands: the alert rules fire above them.
    const upper = (id: string) => AQI_BANDS.find((b) => b.id === id)?.max ?? null;
    const out: Threshold[] = [];
    const m = upper('moderate');
    const p = upper('poor');
    const b = upper('bad');
    if (m !== null) out.push({ value: m, key: 'aqi100' });
    if (p !== null) out.push({ value: p, key: 'aqi150' });
    if (b !== null) out.push({ value: b, key: 'aqi200' });
    return out;
  }
  return [];
}
