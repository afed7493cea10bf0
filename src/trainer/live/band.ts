import type { LevelBand } from '../scenario/format';

export interface AlarmLevels {
  readonly I: number;
  readonly II: number;
  readonly III: number;
}

/** The alarm band of a river level (at or above a level is in its band). */
export function levelBand(level: number, alarm: AlarmLevels): LevelBand {
  if (level >= alarm.III) return 'III';
  if (level >= alarm.II) return 'II';
  if (level >= alarm.I) return 'I';
  return 'normal';
}

export function alarmLevelsOf(properties: Readonly<Record<string, unknown>>): AlarmLevels | null {
  const raw = properties.alarmLevels;
  if (typeof raw !== 'object' || raw === null) return null;
  const { I, II, III } = raw as Record<string, unknown>;
  return typeof I === 'number' && typeof II === 'number' && typeof III === 'number'
    ? { I, II, III }
    : null;
}

/** The event in force at an offset: the last one at or before it. */
export function eventAt<E extends { readonly at: number }>(
  events: readonly E[],
  offsetMs: number,
): E | null {
  let found: E | null = null;
  for (const e of events) if (e.at <= offsetMs) found = e;
  return found;
}

/** The map focus at an offset: the latest event that set one (default: the province). */
export function focusAt(
  events: readonly { readonly at: number; readonly focus?: 'station' | 'province' }[],
  offsetMs: number,
): 'station' | 'province' {
  let focus: 'station' | 'province' = 'province';
  for (const e of events) if (e.at <= offsetMs && e.focus !== undefined) focus = e.focus;
  return focus;
}
