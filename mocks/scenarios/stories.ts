import type { ActiveStory } from '../scenario';
import { DAY, HOUR } from '../time';

/**
 * Trainer stories: what each does to the data as a function of the (virtual) time since it
 * started. Pure functions; the generators call them. Timelines are in virtual time, so
 * `speed:60` plays the 14-hour flood in 14 real minutes.
 */

const smoothstep = (x: number): number => {
  const t = Math.min(1, Math.max(0, x));
  return t * t * (3 - 2 * t);
};

/** Flood: the river rises for 5 h, holds 1.5 h above alarm III, recedes over 7.5 h. */
export const FLOOD_TIMELINE = {
  riseMs: 5 * HOUR,
  holdMs: 1.5 * HOUR,
  recedeMs: 7.5 * HOUR,
} as const;

/** 0 → 1 → 0: the share of the flood peak reached at time t. */
export function floodShape(story: ActiveStory, t: number): number {
  const dt = t - story.startMs;
  if (dt <= 0) return 0;
  const { riseMs, holdMs, recedeMs } = FLOOD_TIMELINE;
  if (dt < riseMs) return smoothstep(dt / riseMs);
  if (dt < riseMs + holdMs) return 1;
  return 1 - smoothstep((dt - riseMs - holdMs) / recedeMs);
}

/** Height above alarm level III at the peak (metres). */
export const FLOOD_PEAK_ABOVE_III = 0.45;

/** Sensor outage: the affected sensors send nothing for 3 h, then resume (no back-fill). */
export const OUTAGE_DURATION_MS = 3 * HOUR;

export type SensorKind = 'air-quality' | 'water-level' | 'urban-flood' | 'traffic';

/** Which kinds a sensor-outage target names: a kind, "all", or (default) traffic + flood. */
export function outageKinds(target: string | null): readonly SensorKind[] {
  switch (target) {
    case 'air-quality':
    case 'water-level':
    case 'urban-flood':
    case 'traffic':
      return [target];
    case 'all':
      return ['air-quality', 'water-level', 'urban-flood', 'traffic'];
    default:
      return ['traffic', 'urban-flood'];
  }
}

/**
 * Whether a datastream is silent at time t. Without a target, half of the city's traffic and
 * flood sensors (every second Thing: "one district's gateway") drop out.
 */
export function inOutage(
  story: ActiveStory,
  kind: SensorKind,
  thingIndex: number,
  t: number,
): boolean {
  if (t < story.startMs || t >= story.startMs + OUTAGE_DURATION_MS) return false;
  if (!outageKinds(story.target).includes(kind)) return false;
  return story.target !== null || thingIndex % 2 === 0;
}

/** Late-dossier spike: the department's late share climbs over two days and stays. */
export const LATE_SPIKE_RAMP_MS = 2 * DAY;
export const DEFAULT_LATE_SPIKE_DEPARTMENT = 'so-nnmt';

/** 0 → 1 ramp of the spike at time t for a department of a province. */
export function lateSpikeRamp(
  story: ActiveStory,
  provinceCode: string,
  departmentId: string,
  t: number,
): number {
  const target = story.target ?? DEFAULT_LATE_SPIKE_DEPARTMENT;
  if (provinceCode !== story.province || departmentId !== target) return 0;
  return smoothstep((t - story.startMs) / LATE_SPIKE_RAMP_MS);
}

/**
 * Online uptake rise: from six months before the story starts, the province's online shares
 * gain 0.11 on the logit scale every month (≈ +2.5 points a month around 50 %), capped.
 */
export const ONLINE_RISE_LEAD_MONTHS = 6;
export const ONLINE_RISE_LOGIT_PER_MONTH = 0.11;
const AVERAGE_MONTH_MS = 30.44 * DAY;

export function onlineRiseShift(story: ActiveStory, provinceCode: string, t: number): number {
  if (provinceCode !== story.province) return 0;
  const from = story.startMs - ONLINE_RISE_LEAD_MONTHS * AVERAGE_MONTH_MS;
  if (t <= from) return 0;
  return Math.min(1.6, (ONLINE_RISE_LOGIT_PER_MONTH * (t - from)) / AVERAGE_MONTH_MS);
}
