import { daysInMonth, fromVnDateTime, MINUTE_MS, parseTimeOfDay, toVnDateTime } from '../time/zone';
import { DEFAULT_STALE_AFTER_MISSED, type FreshnessContract } from './contract';

/**
 * Freshness of a source's data from its contract and the data's as-of time.
 *
 * The contract defines a sequence of deadlines d₀ < d₁ < … (every N minutes after the last
 * update; each day at HH:MM; each month on day D; each year on a date), all in Vietnamese time.
 * Data as of `asOf` satisfies the first deadline at or after it, d_k. Then:
 *   fresh  while now < d_{k+1}                (the next delivery is not yet due),
 *   late   while d_{k+1} ≤ now < d_{k+m}      (one deadline missed),
 *   stale  from d_{k+m}                       (m = staleAfterMissed, default 2),
 *   no data when nothing has ever arrived.
 * Example, "daily before 17:00": data as of 16:00 on the 1st is fresh until 17:00 on the 2nd,
 * late until 17:00 on the 3rd, stale after. For "every N minutes" d_k is the update itself,
 * so data is late N minutes after its as-of time and stale m·N minutes after it.
 * An as-of time in the future (beyond a small tolerance) is reported as clock skew; the data is
 * still treated as fresh, since it is the newest there is.
 */
export type FreshnessState = 'fresh' | 'late' | 'stale' | 'no-data';

export interface FreshnessAssessment {
  readonly state: FreshnessState;
  /** when the data turns late / stale, epoch ms (null with no data) */
  readonly lateAtMs: number | null;
  readonly staleAtMs: number | null;
  /** now − asOf, never negative (null with no data) */
  readonly ageMs: number | null;
  readonly clockSkew: boolean;
}

/** How far ahead of the dashboard's clock an as-of time may be before it is called skew. */
export const CLOCK_SKEW_TOLERANCE_MS = 5 * MINUTE_MS;

function timeOfDayOrEndOfDay(text: string | undefined): number {
  if (text === undefined) return 24 * 60;
  return parseTimeOfDay(text) ?? 24 * 60;
}

/** Deadline of a monthly contract in a given month; day D is clamped to the month's length. */
function monthlyDeadline(year: number, month: number, byDay: number, minutes: number): number {
  const day = Math.min(Math.max(1, Math.floor(byDay)), daysInMonth(year, month));
  return fromVnDateTime(year, month, day, 0, minutes);
}

/** The first deadline at or after t. */
export function deadlineOnOrAfter(contract: FreshnessContract, t: number): number {
  const at = toVnDateTime(t);
  switch (contract.kind) {
    case 'every':
      return t;
    case 'daily': {
      const minutes = timeOfDayOrEndOfDay(contract.before);
      const today = fromVnDateTime(at.year, at.month, at.day, 0, minutes);
      return today >= t ? today : fromVnDateTime(at.year, at.month, at.day + 1, 0, minutes);
    }
    case 'monthly': {
      const minutes = timeOfDayOrEndOfDay(contract.before);
      const thisMonth = monthlyDeadline(at.year, at.month, contract.byDay, minutes);
      if (thisMonth >= t) return thisMonth;
      const next = at.month === 12 ? { y: at.year + 1, m: 1 } : { y: at.year, m: at.month + 1 };
      return monthlyDeadline(next.y, next.m, contract.byDay, minutes);
    }
    case 'yearly': {
      const thisYear = yearlyDeadline(at.year, contract.byMonth, contract.byDay);
      return thisYear >= t
        ? thisYear
        : yearlyDeadline(at.year + 1, contract.byMonth, contract.byDay);
    }
  }
}

function yearlyDeadline(year: number, byMonth: number, byDay: number): number {
  const month = Math.min(Math.max(1, Math.floor(byMonth)), 12);
  return monthlyDeadline(year, month, byDay, 24 * 60);
}

/** The deadline n steps after deadline d (d must be a deadline of the contract). */
export function deadlineAfter(contract: FreshnessContract, d: number, n: number): number {
  if (contract.kind === 'every') return d + n * contract.minutes * MINUTE_MS;
  let current = d;
  for (let i = 0; i < n; i += 1) current = deadlineOnOrAfter(contract, current + 1);
  return current;
}

export function staleAfterMissed(contract: FreshnessContract): number {
  const m = contract.staleAfterMissed ?? DEFAULT_STALE_AFTER_MISSED;
  return Math.max(1, Math.floor(m));
}

/** Freshness at `nowMs` of data as of `asOfMs` (null: nothing received yet). */
export function assessFreshness(
  contract: FreshnessContract,
  asOfMs: number | null,
  nowMs: number,
): FreshnessAssessment {
  if (asOfMs === null || !Number.isFinite(asOfMs)) {
    return { state: 'no-data', lateAtMs: null, staleAtMs: null, ageMs: null, clockSkew: false };
  }
  const covered = deadlineOnOrAfter(contract, asOfMs);
  const lateAtMs = deadlineAfter(contract, covered, 1);
  const staleAtMs = deadlineAfter(contract, covered, staleAfterMissed(contract));
  const state: FreshnessState = nowMs < lateAtMs ? 'fresh' : nowMs < staleAtMs ? 'late' : 'stale';
  return {
    state,
    lateAtMs,
    staleAtMs,
    ageMs: Math.max(0, nowMs - asOfMs),
    clockSkew: asOfMs > nowMs + CLOCK_SKEW_TOLERANCE_MS,
  };
}

/** A contract is usable only with positive cadence and valid day/time fields. */
export function isValidContract(contract: FreshnessContract): boolean {
  const m = contract.staleAfterMissed;
  if (m !== undefined && !(Number.isInteger(m) && m >= 1)) return false;
  switch (contract.kind) {
    case 'every':
      return Number.isFinite(contract.minutes) && contract.minutes > 0;
    case 'daily':
      return parseTimeOfDay(contract.before) !== null;
    case 'monthly':
      return (
        Number.isInteger(contract.byDay) &&
        contract.byDay >= 1 &&
        contract.byDay <= 31 &&
        (contract.before === undefined || parseTimeOfDay(contract.before) !== null)
      );
    case 'yearly':
      return (
        Number.isInteger(contract.byMonth) &&
        contract.byMonth >= 1 &&
        contract.byMonth <= 12 &&
        Number.isInteger(contract.byDay) &&
        contract.byDay >= 1 &&
        contract.byDay <= 31
      );
  }
}
