import { daysInMonth, fromVnDateTime, toVnDateTime } from '../src/domain/time/zone';

/**
 * Calendar helpers for the generators. Everything is in Vietnamese time (UTC+7, no daylight
 * saving) whatever the machine's zone. Months are counted from January 2020 (index 0), the
 * start of the mock history.
 */
export const HISTORY_START_YEAR = 2020;
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The reform date: periods ending on or after it are reported on the 34 current units. */
export const REFORM_MONTH_INDEX = monthIndex(2025, 7);

export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

export function monthIndex(year: number, month: number): number {
  return (year - HISTORY_START_YEAR) * 12 + (month - 1);
}

export function monthOfIndex(index: number): YearMonth {
  return {
    year: HISTORY_START_YEAR + Math.floor(index / 12),
    month: (((index % 12) + 12) % 12) + 1,
  };
}

export function monthIndexAt(epochMs: number): number {
  const t = toVnDateTime(epochMs);
  return monthIndex(t.year, t.month);
}

const p2 = (n: number): string => String(n).padStart(2, '0');

/** "2025-08" */
export function monthText(index: number): string {
  const { year, month } = monthOfIndex(index);
  return `${year}-${p2(month)}`;
}

/** Parses "YYYY-MM" to a month index, or null. */
export function parseMonthText(text: string): number | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  return m ? monthIndex(Number(m[1]), Number(m[2])) : null;
}

/** First instant of a month (00:00 on day 1, Vietnamese time). */
export function monthStart(index: number): number {
  const { year, month } = monthOfIndex(index);
  return fromVnDateTime(year, month, 1);
}

export function monthEnd(index: number): number {
  return monthStart(index + 1);
}

export function daysOfMonth(index: number): number {
  const { year, month } = monthOfIndex(index);
  return daysInMonth(year, month);
}

/** ISO 8601 with +07:00 and whole seconds: "2025-09-05T16:30:00+07:00". */
export function vnIso(epochMs: number): string {
  const t = toVnDateTime(epochMs);
  return `${String(t.year).padStart(4, '0')}-${p2(t.month)}-${p2(t.day)}T${p2(t.hour)}:${p2(t.minute)}:${p2(t.second)}+07:00`;
}

/** ISO 8601 in UTC with milliseconds, as FROST-Server writes times: "2026-11-22T03:05:00.000Z". */
export function utcIso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** Vietnamese wall-clock hour of day as a real number (10:30 → 10.5). */
export function vnHourOfDay(epochMs: number): number {
  const t = toVnDateTime(epochMs);
  return t.hour + t.minute / 60;
}

/** 0 = Sunday … 6 = Saturday, in Vietnamese time. */
export function vnDayOfWeek(epochMs: number): number {
  return new Date(epochMs + 7 * HOUR).getUTCDay();
}

/** Day of the year (0-based, fractional) in Vietnamese time: seasonality without month steps. */
export function vnDayOfYear(epochMs: number): number {
  const t = toVnDateTime(epochMs);
  return (epochMs - fromVnDateTime(t.year, 1, 1)) / DAY;
}

/**
 * An instant from text: ISO 8601, or an offset from `nowMs` such as "-6h", "+2d", "-4h30m".
 * Returns null when the text is neither.
 */
export function parseInstantOrOffset(text: string, nowMs: number): number | null {
  const rel = /^([+-])((?:\d{1,6}[dhms]){1,4})$/.exec(text);
  if (rel) {
    const units = { s: 1000, m: MINUTE, h: HOUR, d: DAY } as const;
    let total = 0;
    for (const [, n, u] of (rel[2] ?? '').matchAll(/(\d+)([dhms])/g)) {
      total += Number(n) * units[u as keyof typeof units];
    }
    return nowMs + (rel[1] === '-' ? -1 : 1) * total;
  }
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(text)) {
    return null;
  }
  // A date or date-time without an offset is Vietnamese time.
  const withZone = /T.*(Z|[+-]\d{2}:\d{2})$/.test(text)
    ? text
    : text.includes('T')
      ? `${text}+07:00`
      : `${text}T00:00:00+07:00`;
  const ms = Date.parse(withZone);
  return Number.isFinite(ms) ? ms : null;
}
