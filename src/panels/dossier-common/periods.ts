import type { DossierStats } from '../../domain/dossiers/stats';
import { comparePeriods, periodKey } from '../../domain/time/period';

/** The latest month of a unit's monthly statistics ("2026-11"), or null when there is none. */
export function latestPeriod(rows: readonly DossierStats[]): string | null {
  const latest = rows.reduce<DossierStats | null>(
    (best, r) => (best === null || comparePeriods(r.period, best.period) > 0 ? r : best),
    null,
  );
  return latest ? periodKey(latest.period) : null;
}

/** Every month reported, newest first: the choices of the period picker. */
export function reportedPeriods(rows: readonly DossierStats[]): string[] {
  return [...new Set(rows.map((r) => periodKey(r.period)))].sort().reverse();
}
