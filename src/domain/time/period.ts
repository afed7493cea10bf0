import { err, ok, type Result } from '../result';
import { daysInMonth, fromVnDateTime, toVnDateTime } from './zone';

/**
 * Reporting periods: a month, a quarter or a calendar year, always in Vietnamese time.
 * Text form (used on the wire, in URLs and as map keys): "2025-08", "2025-Q3", "2025".
 */
export type Period =
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: number }
  | { readonly kind: 'year'; readonly year: number };

export type PeriodKind = Period['kind'];

/** Years accepted in period text: wide enough for history and targets, narrow enough to catch typos. */
export const MIN_PERIOD_YEAR = 1990;
export const MAX_PERIOD_YEAR = 2100;

const PERIOD_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

export function monthPeriod(year: number, month: number): Period {
  return { kind: 'month', year, month };
}
export function quarterPeriod(year: number, quarter: number): Period {
  return { kind: 'quarter', year, quarter };
}
export function yearPeriod(year: number): Period {
  return { kind: 'year', year };
}

/** Parses "2025-08", "2025-Q3" or "2025". Never throws. */
export function parsePeriod(text: string): Result<Period, string> {
  const m = PERIOD_PATTERN.exec(text);
  if (!m) return err(`"${text.slice(0, 40)}" is not a period (expected YYYY-MM, YYYY-Qn or YYYY)`);
  const year = Number(m[1]);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    return err(`year ${year} is outside ${MIN_PERIOD_YEAR}–${MAX_PERIOD_YEAR}`);
  }
  if (m[2] !== undefined) return ok(monthPeriod(year, Number(m[2])));
  if (m[3] !== undefined) return ok(quarterPeriod(year, Number(m[3])));
  return ok(yearPeriod(year));
}

/** Canonical text form, inverse of parsePeriod. */
export function periodKey(p: Period): string {
  switch (p.kind) {
    case 'month':
      return `${p.year}-${String(p.month).padStart(2, '0')}`;
    case 'quarter':
      return `${p.year}-Q${p.quarter}`;
    case 'year':
      return String(p.year);
  }
}

export function samePeriod(a: Period, b: Period): boolean {
  return periodKey(a) === periodKey(b);
}

/** First and last calendar month (1–12) covered by the period. */
export function monthRange(p: Period): { first: number; last: number } {
  switch (p.kind) {
    case 'month':
      return { first: p.month, last: p.month };
    case 'quarter':
      return { first: p.quarter * 3 - 2, last: p.quarter * 3 };
    case 'year':
      return { first: 1, last: 12 };
  }
}

/** Start instant (00:00 on the first day, Vietnamese time), epoch ms, inclusive. */
export function periodStart(p: Period): number {
  return fromVnDateTime(p.year, monthRange(p).first, 1);
}

/** End instant (00:00 on the day after the last day, Vietnamese time), epoch ms, exclusive. */
export function periodEnd(p: Period): number {
  return fromVnDateTime(p.year, monthRange(p).last + 1, 1);
}

export function containsInstant(p: Period, epochMs: number): boolean {
  return epochMs >= periodStart(p) && epochMs < periodEnd(p);
}

/** The period of the given kind that contains the instant, in Vietnamese time. */
export function periodOfInstant(epochMs: number, kind: PeriodKind): Period {
  const t = toVnDateTime(epochMs);
  switch (kind) {
    case 'month':
      return monthPeriod(t.year, t.month);
    case 'quarter':
      return quarterPeriod(t.year, Math.ceil(t.month / 3));
    case 'year':
      return yearPeriod(t.year);
  }
}

/** The period shifted by n steps of its own kind (n may be negative). */
export function shiftPeriod(p: Period, n: number): Period {
  switch (p.kind) {
    case 'month': {
      const index = p.year * 12 + (p.month - 1) + n;
      return monthPeriod(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1);
    }
    case 'quarter': {
      const index = p.year * 4 + (p.quarter - 1) + n;
      return quarterPeriod(Math.floor(index / 4), (((index % 4) + 4) % 4) + 1);
    }
    case 'year':
      return yearPeriod(p.year + n);
  }
}

/** The period just before (August → July, Q1 → Q4 of the previous year, 2025 → 2024). */
export function previousPeriod(p: Period): Period {
  return shiftPeriod(p, -1);
}

export function nextPeriod(p: Period): Period {
  return shiftPeriod(p, 1);
}

/** Same period one year earlier (2025-08 → 2024-08, 2025-Q3 → 2024-Q3, 2025 → 2024). */
export function samePeriodLastYear(p: Period): Period {
  switch (p.kind) {
    case 'month':
      return monthPeriod(p.year - 1, p.month);
    case 'quarter':
      return quarterPeriod(p.year - 1, p.quarter);
    case 'year':
      return yearPeriod(p.year - 1);
  }
}

/** Number of calendar days in the period (for pro-rata and per-day rates). */
export function periodDays(p: Period): number {
  const { first, last } = monthRange(p);
  let days = 0;
  for (let m = first; m <= last; m += 1) days += daysInMonth(p.year, m);
  return days;
}

/**
 * Continuous month index: months since January of year 0 at the END of the period. A value
 * reported for a period is read as "as at the end of that period", so 2025-08 sits at
 * 2025·12 + 8 and the target "by 2025" sits at 2025·12 + 12. Differences are in months.
 */
export function periodEndMonthIndex(p: Period): number {
  return p.year * 12 + monthRange(p).last;
}

/** The month (as a period) in which a continuous month index falls; inverse of the above for ends. */
export function monthPeriodOfIndex(monthIndex: number): Period {
  const whole = Math.ceil(monthIndex) - 1;
  return monthPeriod(Math.floor(whole / 12), (((whole % 12) + 12) % 12) + 1);
}

/**
 * Epoch ms of a continuous month index, interpolating within the month by its real length.
 * monthIndexToEpochMs(2025·12 + 8) is 00:00 1 September 2025 in Vietnam.
 */
export function monthIndexToEpochMs(monthIndex: number): number {
  const whole = Math.floor(monthIndex);
  const fraction = monthIndex - whole;
  const year = Math.floor(whole / 12);
  const month = (((whole % 12) + 12) % 12) + 1;
  const start = fromVnDateTime(year, month, 1);
  const end = fromVnDateTime(year, month + 1, 1);
  return start + fraction * (end - start);
}

/** The months of a quarter or year, in order (a month period yields itself). */
export function monthsOf(p: Period): Period[] {
  const { first, last } = monthRange(p);
  const months: Period[] = [];
  for (let m = first; m <= last; m += 1) months.push(monthPeriod(p.year, m));
  return months;
}

/** Orders periods by their end, then by length (a month before the quarter that ends with it). */
export function comparePeriods(a: Period, b: Period): number {
  const byEnd = periodEnd(a) - periodEnd(b);
  if (byEnd !== 0) return byEnd;
  return periodStart(b) - periodStart(a);
}
