import { periodEnd, periodStart, type Period } from '../time/period';
import { fromVnDateTime, toVnDateTime } from '../time/zone';
import type { UnitSet } from './types';

/** 1 July 2025, 00:00 in Vietnam: the 34 units are in force from this instant. */
export const DEFAULT_REFORM_DATE = '2025-07-01';
const DEFAULT_REFORM_MS = fromVnDateTime(2025, 7, 1);

/** Epoch ms of a "YYYY-MM-DD" Vietnamese calendar date at 00:00, or null when malformed. */
export function vnDateStartMs(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = fromVnDateTime(year, month, day);
  // reject 2025-02-30 and the like, which Date.UTC would roll over
  const back = toVnDateTime(ms);
  if (back.month !== month || back.day !== day) return null;
  return ms;
}

export interface UnitSetForPeriod {
  readonly set: UnitSet;
  /** the period starts before the reform and ends after it (only the year 2025) */
  readonly straddlesReform: boolean;
}

/**
 * Which unit set data for a period is reported on. A period entirely before the reform uses the
 * 63 former units; one entirely after uses the 34 current units. A period that straddles the
 * reform (the year 2025) is reported on the units in force at its end, i.e. the current ones,
 * since annual figures are compiled after the period closes; `straddlesReform` lets a panel say
 * so. Quarters and months never straddle: the reform date is the first day of Q3 2025.
 */
export function unitSetForPeriod(
  period: Period,
  reformDate = DEFAULT_REFORM_DATE,
): UnitSetForPeriod {
  const reform = vnDateStartMs(reformDate) ?? DEFAULT_REFORM_MS;
  const start = periodStart(period);
  const end = periodEnd(period);
  if (end <= reform) return { set: 'former', straddlesReform: false };
  return { set: 'current', straddlesReform: start < reform };
}

/** Which unit set is in force at an instant. */
export function unitSetAt(epochMs: number, reformDate = DEFAULT_REFORM_DATE): UnitSet {
  const reform = vnDateStartMs(reformDate) ?? DEFAULT_REFORM_MS;
  return epochMs < reform ? 'former' : 'current';
}
