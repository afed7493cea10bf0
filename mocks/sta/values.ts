import { fromVnDateTime } from '../../src/domain/time/zone';
import type { Region } from '../data/places';
import { noise, signedNoise, smoothNoise } from '../random';
import type { ActiveStory } from '../scenario';
import {
  FLOOD_PEAK_ABOVE_III,
  floodShape,
  inOutage,
  OUTAGE_DURATION_MS,
} from '../scenarios/stories';
import { DAY, HOUR, MINUTE, vnDayOfWeek, vnDayOfYear, vnHourOfDay } from '../time';
import type { DatastreamDef, SensorNetwork, ThingDef } from './network';

/**
 * Observation values as pure functions of (seed, Thing, time): any observation can be computed
 * alone, so a page, a "latest value" expand or a chart window costs only what it returns.
 * Patterns (kpis.md §5): PM2.5 higher at night and in the northern dry season; rivers rise in
 * each region's flood season, with tides in the delta; streets flood in afternoon storms;
 * traffic peaks 7–9 h and 16–19 h on weekdays. Observation ids encode (datastream, tick):
 * id = datastream × 10^7 + tick, ticks counted from 2020-01-01 00:00 (Vietnamese time).
 */
export const TICK_EPOCH_MS = fromVnDateTime(2020, 1, 1);
export const ID_STRIDE = 10_000_000;

export interface ValueContext {
  readonly seed: number;
  readonly network: SensorNetwork;
  readonly stories: readonly ActiveStory[];
  readonly nowMs: number;
}

export function tickTime(ds: DatastreamDef, k: number): number {
  return TICK_EPOCH_MS + k * ds.property.cadenceMs;
}

export function observationId(ds: DatastreamDef, k: number): number {
  return ds.id * ID_STRIDE + k;
}

export function decodeObservationId(id: number): { datastreamId: number; tick: number } {
  return { datastreamId: Math.floor(id / ID_STRIDE), tick: id % ID_STRIDE };
}

/** Ticks [first, last] the service holds at ctx.nowMs (before outages). */
export function tickWindow(ds: DatastreamDef, nowMs: number): [number, number] {
  const p = ds.property;
  const last = Math.floor((nowMs - p.lagMs - TICK_EPOCH_MS) / p.cadenceMs);
  const first = Math.max(0, last - Math.floor(p.retentionMs / p.cadenceMs) + 1);
  return [first, last];
}

/**
 * Contiguous tick ranges of a datastream that exist at ctx.nowMs, ascending: the retention
 * window minus the gaps of a sensor outage story.
 */
export function tickSegments(ctx: ValueContext, ds: DatastreamDef): [number, number][] {
  const [first, last] = tickWindow(ds, ctx.nowMs);
  if (last < first) return [];
  const thing = ctx.network.thingById.get(ds.thingId) as ThingDef;
  let segments: [number, number][] = [[first, last]];
  for (const story of ctx.stories) {
    if (story.id !== 'sensor-outage' || story.province !== ctx.network.province) continue;
    if (!inOutage(story, thing.kind, thing.kindIndex, story.startMs)) continue;
    const cad = ds.property.cadenceMs;
    const gapFrom = Math.ceil((story.startMs - TICK_EPOCH_MS) / cad);
    const gapTo = Math.ceil((story.startMs + OUTAGE_DURATION_MS - TICK_EPOCH_MS) / cad) - 1;
    segments = segments.flatMap(([a, b]): [number, number][] => {
      if (gapTo < a || gapFrom > b) return [[a, b]];
      const out: [number, number][] = [];
      if (gapFrom > a) out.push([a, gapFrom - 1]);
      if (gapTo < b) out.push([gapTo + 1, b]);
      return out;
    });
  }
  return segments;
}

const TAU = 2 * Math.PI;
const gauss = (x: number, sd: number): number => Math.exp((-x * x) / (2 * sd * sd));

// ------------------------------------------------------------------------------ air quality

const PM25_BASE: Readonly<Record<Region, number>> = {
  north: 38,
  'north-mountain': 24,
  central: 21,
  highlands: 14,
  south: 25,
};

function pmSeason(region: Region, t: number): number {
  const doy = vnDayOfYear(t);
  switch (region) {
    case 'north':
    case 'north-mountain':
      // Dry season peak in January, lowest in July (kpis.md §5).
      return 1 + 0.55 * Math.cos((TAU * (doy - 15)) / 365);
    case 'south':
      return 1 + 0.25 * Math.cos((TAU * (doy - 40)) / 365);
    default:
      return 1 + 0.2 * Math.cos((TAU * (doy - 20)) / 365);
  }
}

/** Hourly mean PM2.5 (µg/m³) at a Thing. */
export function pm25(seed: number, thing: ThingDef, t: number): number {
  if (thing.model.kind !== 'air-quality') return 0;
  const h = vnHourOfDay(t);
  const diurnal =
    1 +
    0.28 * Math.cos((TAU * (h - 2)) / 24) +
    0.12 * gauss(h - 8, 1.2) +
    0.1 * gauss(h - 18.5, 1.5);
  const weather = Math.exp(0.38 * smoothNoise(seed, thing.id * 7 + 1, t / (36 * HOUR)));
  const local = 1 + 0.12 * smoothNoise(seed, thing.id * 7 + 2, t / (3 * HOUR));
  const v =
    PM25_BASE[thing.model.region] *
    thing.model.factor *
    pmSeason(thing.model.region, t) *
    diurnal *
    weather *
    local;
  return Math.max(2, v);
}

export function pm10(seed: number, thing: ThingDef, t: number): number {
  const ratio = 1.5 + 0.25 * smoothNoise(seed, thing.id * 7 + 3, t / (12 * HOUR));
  return pm25(seed, thing, t) * ratio + 4;
}

/** VN_AQI breakpoints (Decision 1459/QĐ-TCMT): concentration → index. */
const AQI_INDEX = [0, 50, 100, 150, 200, 300, 400, 500] as const;
const PM25_BP = [0, 25, 50, 80, 150, 250, 350, 500] as const;
const PM10_BP = [0, 50, 150, 250, 350, 420, 500, 600] as const;

function subIndex(c: number, bp: readonly number[]): number {
  for (let i = 1; i < bp.length; i++) {
    const hi = bp[i] as number;
    if (c <= hi) {
      const lo = bp[i - 1] as number;
      const ilo = AQI_INDEX[i - 1] as number;
      const ihi = AQI_INDEX[i] as number;
      return ilo + ((ihi - ilo) / (hi - lo)) * (c - lo);
    }
  }
  return 500;
}

/** NowCast of the last 12 hourly values (1459/QĐ-TCMT), newest first. */
export function nowCast(values: readonly number[]): number {
  const max = Math.max(...values);
  const min = Math.min(...values);
  let w = max > 0 ? min / max : 1;
  if (w <= 0.5) w = 0.5;
  let num = 0;
  let den = 0;
  values.forEach((c, i) => {
    num += Math.pow(w, i) * c;
    den += Math.pow(w, i);
  });
  return num / den;
}

/** Hourly VN_AQI from PM2.5 and PM10 NowCast (the larger sub-index). */
export function aqi(seed: number, thing: ThingDef, t: number): number {
  const p25: number[] = [];
  const p10: number[] = [];
  for (let i = 0; i < 12; i++) {
    p25.push(pm25(seed, thing, t - i * HOUR));
    p10.push(pm10(seed, thing, t - i * HOUR));
  }
  return Math.max(subIndex(nowCast(p25), PM25_BP), subIndex(nowCast(p10), PM10_BP));
}

// ------------------------------------------------------------------------------ water level

/** Flood-season peak day of year by region. */
const FLOOD_PEAK_DOY: Readonly<Record<Region, number>> = {
  north: 225,
  'north-mountain': 215,
  central: 300,
  highlands: 255,
  south: 290,
};

export function floodSeason(region: Region, t: number): number {
  const c = Math.cos((TAU * (vnDayOfYear(t) - FLOOD_PEAK_DOY[region])) / 365);
  return Math.pow(Math.max(0, c), 1.5);
}

/** Water level (m) without stories. */
export function baseWaterLevel(seed: number, thing: ThingDef, t: number): number {
  const m = thing.model;
  if (m.kind !== 'water-level') return 0;
  const season = floodSeason(m.region, t);
  // Flood events: 4-day windows; the chance and height grow with the season.
  const window = Math.floor((t - TICK_EPOCH_MS) / (4 * DAY));
  const frac = (t - TICK_EPOCH_MS - window * 4 * DAY) / (4 * DAY);
  const event =
    noise(seed, thing.id, 11, window) < 0.35 * season
      ? m.seasonal *
        (0.25 + 0.55 * noise(seed, thing.id, 12, window)) *
        Math.pow(Math.sin(Math.PI * frac), 2)
      : 0;
  const hours = (t - TICK_EPOCH_MS) / HOUR;
  const phase = TAU * noise(seed, thing.id, 13);
  const tide =
    m.tide *
    (0.75 * Math.sin((TAU * hours) / 12.42 + phase) +
      0.35 * Math.sin((TAU * hours) / 23.93 + phase / 2));
  const drift = 0.03 * smoothNoise(seed, thing.id * 7 + 4, t / (3 * HOUR));
  return m.mean + m.seasonal * season + event + tide + drift;
}

/** Whether a flood story targets this station (by id, by name, or the first station). */
function floodTargets(story: ActiveStory, network: SensorNetwork, thing: ThingDef): boolean {
  if (story.province !== network.province) return false;
  const target = story.target;
  if (target === null) return thing.kind === 'water-level' && thing.kindIndex === 0;
  const props = thing.properties;
  return (
    thing.kind === 'water-level' &&
    (props.stationId === target || thing.name.toLowerCase().includes(target.toLowerCase()))
  );
}

/**
 * With a flood story the level moves from its normal course to the peak (alarm III + 0.45 m,
 * with a small ripple) and back: level = (1 − s)·normal + s·peak, s the story's shape. At the
 * peak every alarm level is exceeded whatever the tide was doing.
 */
export function waterLevel(ctx: ValueContext, thing: ThingDef, t: number): number {
  const level = baseWaterLevel(ctx.seed, thing, t);
  if (thing.model.kind !== 'water-level') return level;
  let shape = 0;
  for (const story of ctx.stories) {
    if (story.id === 'flood' && floodTargets(story, ctx.network, thing)) {
      shape = Math.max(shape, floodShape(story, t));
    }
  }
  if (shape === 0) return level;
  const ripple = 0.08 * Math.sin((TAU * (t - TICK_EPOCH_MS)) / (12.42 * HOUR));
  const peak = thing.model.levels.III + FLOOD_PEAK_ABOVE_III + ripple;
  return (1 - shape) * level + shape * Math.max(level, peak);
}

// ------------------------------------------------------------------------------ urban flood

const RAIN_SEASON: Readonly<Record<Region, readonly number[]>> = {
  // chance of an afternoon storm on a day, by month
  north: [0.03, 0.05, 0.08, 0.12, 0.25, 0.35, 0.38, 0.4, 0.3, 0.15, 0.06, 0.03],
  'north-mountain': [0.03, 0.05, 0.1, 0.15, 0.28, 0.35, 0.38, 0.38, 0.25, 0.12, 0.05, 0.03],
  central: [0.15, 0.08, 0.06, 0.06, 0.1, 0.1, 0.1, 0.12, 0.3, 0.45, 0.45, 0.3],
  highlands: [0.02, 0.03, 0.08, 0.2, 0.35, 0.4, 0.42, 0.42, 0.4, 0.3, 0.12, 0.04],
  south: [0.03, 0.02, 0.04, 0.1, 0.35, 0.42, 0.42, 0.45, 0.48, 0.45, 0.25, 0.08],
};

function monthOf(t: number): number {
  return new Date(t + 7 * HOUR).getUTCMonth();
}

/** Depth (cm) at a street point. */
export function floodDepth(ctx: ValueContext, thing: ThingDef, t: number): number {
  const m = thing.model;
  if (m.kind !== 'urban-flood') return 0;
  let depth = 0;
  // Province-wide storm of the day (and the day before, for late storms draining overnight).
  for (const dayOffset of [0, -1]) {
    const day = Math.floor((t + 7 * HOUR) / DAY) + dayOffset;
    const dayStart = day * DAY - 7 * HOUR;
    const chance = RAIN_SEASON[m.region][monthOf(dayStart + 12 * HOUR)] ?? 0.1;
    const pc = Number(ctx.network.province);
    if (noise(ctx.seed, pc, 21, day) >= chance) continue;
    const start = dayStart + (13 + 6 * noise(ctx.seed, pc, 22, day)) * HOUR;
    const duration = (1 + 2 * noise(ctx.seed, pc, 23, day)) * HOUR;
    const intensity = 0.3 + 0.7 * noise(ctx.seed, pc, 24, day);
    if (t < start) continue;
    const shape =
      t < start + duration
        ? (t - start) / duration
        : Math.exp(-(t - start - duration) / (50 * MINUTE));
    depth += 55 * intensity * m.susceptibility * shape;
  }
  if (m.tidal) {
    // High-tide flooding in the delta cities, September to December.
    const month = monthOf(t);
    if (month >= 8) {
      const hours = (t - TICK_EPOCH_MS) / HOUR;
      const tide = Math.sin((TAU * hours) / 12.42 + TAU * noise(ctx.seed, thing.id, 25));
      depth += Math.max(0, tide - 0.8) * 90 * m.susceptibility;
    }
  }
  for (const story of ctx.stories) {
    if (story.id !== 'flood' || story.province !== ctx.network.province) continue;
    if (thing.kindIndex % 2 === 0) depth += 45 * m.susceptibility * floodShape(story, t);
  }
  return depth < 3 ? 0 : depth;
}

// ---------------------------------------------------------------------------------- traffic

/** Weekday demand by hour (share of capacity): peaks 7–9 h and 16–19 h. */
const WEEKDAY_DEMAND = [
  0.1, 0.06, 0.05, 0.05, 0.08, 0.22, 0.55, 0.92, 0.95, 0.72, 0.62, 0.63, 0.58, 0.55, 0.6, 0.68,
  0.82, 0.97, 1.0, 0.85, 0.62, 0.45, 0.3, 0.18,
] as const;

function demand(t: number): number {
  const h = vnHourOfDay(t);
  const i = Math.floor(h);
  const f = h - i;
  const a = WEEKDAY_DEMAND[i % 24] as number;
  const b = WEEKDAY_DEMAND[(i + 1) % 24] as number;
  const weekday = a + (b - a) * f;
  const dow = vnDayOfWeek(t);
  if (dow === 0 || dow === 6) return 0.7 * weekday + (h >= 9 && h <= 21 ? 0.1 : 0);
  return weekday;
}

export function trafficFlow(seed: number, thing: ThingDef, t: number): number {
  if (thing.model.kind !== 'traffic') return 0;
  const wobble =
    1 +
    0.08 * smoothNoise(seed, thing.id * 7 + 5, t / (45 * MINUTE)) +
    0.04 * signedNoise(seed, thing.id, 31, Math.floor(t / MINUTE));
  return Math.max(0, thing.model.capacity * demand(t) * wobble);
}

function incidentFactor(seed: number, thing: ThingDef, t: number): number {
  const day = Math.floor((t + 7 * HOUR) / DAY);
  if (noise(seed, thing.id, 32, day) >= 0.04) return 1;
  const start = day * DAY - 7 * HOUR + (7 + 12 * noise(seed, thing.id, 33, day)) * HOUR;
  const end = start + (1 + noise(seed, thing.id, 34, day)) * HOUR;
  return t >= start && t < end ? 0.35 : 1;
}

export function trafficSpeed(seed: number, thing: ThingDef, t: number): number {
  if (thing.model.kind !== 'traffic') return 0;
  const x = trafficFlow(seed, thing, t) / thing.model.capacity;
  const speed =
    (thing.model.freeSpeed / (1 + 1.2 * Math.pow(x, 4))) * incidentFactor(seed, thing, t);
  return Math.max(3, speed * (1 + 0.04 * signedNoise(seed, thing.id, 35, Math.floor(t / MINUTE))));
}

export function congestionLevel(seed: number, thing: ThingDef, t: number): number {
  if (thing.model.kind !== 'traffic') return 0;
  const r = trafficSpeed(seed, thing, t) / thing.model.freeSpeed;
  return r >= 0.7 ? 0 : r >= 0.5 ? 1 : r >= 0.3 ? 2 : 3;
}

// ------------------------------------------------------------------------------- dispatcher

function roundTo(v: number, decimals: number): number {
  const f = Math.pow(10, decimals);
  return Math.round(v * f) / f;
}

/** The result of a datastream's observation at tick k. */
export function observationResult(ctx: ValueContext, ds: DatastreamDef, k: number): number {
  const thing = ctx.network.thingById.get(ds.thingId) as ThingDef;
  const t = tickTime(ds, k);
  let v: number;
  switch (ds.property.key) {
    case 'pm25':
      v = pm25(ctx.seed, thing, t);
      break;
    case 'pm10':
      v = pm10(ctx.seed, thing, t);
      break;
    case 'aqi':
      v = aqi(ctx.seed, thing, t);
      break;
    case 'water-level':
      v = waterLevel(ctx, thing, t);
      break;
    case 'flood-depth':
      v = floodDepth(ctx, thing, t);
      break;
    case 'traffic-flow':
      v = trafficFlow(ctx.seed, thing, t);
      break;
    case 'traffic-speed':
      v = trafficSpeed(ctx.seed, thing, t);
      break;
    case 'congestion':
      v = congestionLevel(ctx.seed, thing, t);
      break;
  }
  return roundTo(v, ds.property.decimals);
}
