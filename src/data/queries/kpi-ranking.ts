import { ADMIN_UNITS } from '../../catalog/admin-units';
import { kpiQueries } from './kpi';

/** Codes of the 34 current provincial units (since 1 July 2025), in catalogue order. */
export const CURRENT_PROVINCE_CODES: readonly string[] = ADMIN_UNITS.current.map((u) => u.code);

/**
 * One KPI for many units, for rankings: one series query per unit (for useQueries). The KPI
 * endpoint takes one unitCode per request; reusing kpiQueries.series shares the cache with the
 * trend panels and tiles of the same unit, and one unit failing leaves the others ranked.
 */
export function kpiRankingQueries(
  indicatorId: string,
  unitCodes: readonly string[] = CURRENT_PROVINCE_CODES,
) {
  return unitCodes.map((unitCode) => kpiQueries.series({ indicatorId, unitCode }));
}
