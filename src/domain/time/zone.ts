/**
 * Asia/Ho_Chi_Minh wall-clock arithmetic without Intl or the machine's zone.
 *
 * Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact for every
 * date the dashboard can show. Using a fixed offset (rather than `new Date(y, m, d)`, which uses
 * the machine's zone) keeps results identical in a browser in Hà Nội, a CI runner in UTC and the
 * unit tests, which run in America/New_York on purpose.
 */
export const VN_OFFSET_MINUTES = 7 * 60;
export const VN_OFFSET_MS = VN_OFFSET_MINUTES * 60_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** A calendar date and time of day as read on a clock in Vietnam. */
export interface VnDateTime {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** Vietnamese wall-clock fields of an instant (epoch milliseconds). */
export function toVnDateTime(epochMs: number): VnDateTime {
  const shifted = new Date(epochMs + VN_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  };
}

/**
 * The instant at which a Vietnamese clock shows the given fields. Out-of-range fields roll over
 * like `Date.UTC` (month 13 is January of the next year, day 0 is the last day of the previous
 * month), which the period arithmetic relies on.
 */
export function fromVnDateTime(
  year: number,
  month: number,
  day = 1,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  return Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - VN_OFFSET_MS;
}

/** Number of days in a month (1–12) of a year, Gregorian. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Start (00:00 in Vietnam) of the calendar day containing the instant. */
export function startOfVnDay(epochMs: number): number {
  const t = toVnDateTime(epochMs);
  return fromVnDateTime(t.year, t.month, t.day);
}

/** ISO 8601 text with the +07:00 offset, the form the contracts and logs use. */
export function toVnIsoString(epochMs: number): string {
  const t = toVnDateTime(epochMs);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const p3 = (n: number): string => String(n).padStart(3, '0');
  const year = t.year < 0 || t.year > 9999 ? String(t.year) : String(t.year).padStart(4, '0');
  return `${year}-${p2(t.month)}-${p2(t.day)}T${p2(t.hour)}:${p2(t.minute)}:${p2(t.second)}.${p3(t.millisecond)}+07:00`;
}

/**
 * Parses a "HH:MM" time of day into minutes after midnight, or null when malformed
 * (hours 00–23, minutes 00–59; "24:00" is not accepted, use "23:59").
 */
export function parseTimeOfDay(text: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}
