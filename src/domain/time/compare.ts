import { periodKey, previousPeriod, samePeriodLastYear, type Period } from './period';

/**
 * Period-on-period comparisons. "Month-on-month" is the previous period of the same kind (the
 * previous month for a month, the previous quarter for a quarter); "year-on-year" is the same
 * period one year earlier. For percent KPIs the absolute delta is in percentage points, which
 * is what a report means by "up 4.2 points"; the relative delta is a fraction (0.1 = +10 %).
 */
export interface Delta {
  readonly current: number;
  readonly previous: number;
  readonly absolute: number;
  /** (current − previous) / |previous|; null when previous is 0 */
  readonly relative: number | null;
}

export interface PeriodValue {
  readonly period: Period;
  readonly value: number | null;
}

export function delta(current: number | null, previous: number | null): Delta | null {
  if (current === null || previous === null) return null;
  if (!Number.isFinite(current) || !Number.isFinite(previous)) return null;
  const absolute = current - previous;
  return {
    current,
    previous,
    absolute,
    relative: previous === 0 ? null : absolute / Math.abs(previous),
  };
}

/** Looks values up by period; when a period occurs twice, the later entry wins. */
export function indexByPeriod(series: readonly PeriodValue[]): Map<string, number | null> {
  const byKey = new Map<string, number | null>();
  for (const point of series) byKey.set(periodKey(point.period), point.value);
  return byKey;
}

function compareWith(series: readonly PeriodValue[], period: Period, other: Period): Delta | null {
  const byKey = indexByPeriod(series);
  return delta(byKey.get(periodKey(period)) ?? null, byKey.get(periodKey(other)) ?? null);
}

/** Against the previous period of the same kind (month-on-month, quarter-on-quarter…). */
export function periodOnPeriod(series: readonly PeriodValue[], period: Period): Delta | null {
  return compareWith(series, period, previousPeriod(period));
}

/** Against the same period last year. */
export function yearOnYear(series: readonly PeriodValue[], period: Period): Delta | null {
  return compareWith(series, period, samePeriodLastYear(period));
}
