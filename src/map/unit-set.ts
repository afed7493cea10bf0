import { ADMIN_UNITS_DATA } from '../catalog/admin-units';
import type { UnitSet } from '../domain/admin-units/types';
import type { Period } from '../domain/time/period';

/** First month of the 34-unit set, from the catalogue ("2025-07-01" → 2025, 7). */
const [REFORM_YEAR = NaN, REFORM_MONTH = NaN] = ADMIN_UNITS_DATA.reformDate.split('-').map(Number);

function lastMonth(p: Period): [number, number] {
  switch (p.kind) {
    case 'month':
      return [p.year, p.month];
    case 'quarter':
      return [p.year, p.quarter * 3];
    case 'year':
      return [p.year, 12];
  }
}

/**
 * Boundaries to draw for a period: the 63 former units for periods that end before the reform
 * (1 July 2025), the 34 current units otherwise. A period that straddles the reform (the year
 * 2025) is shown on the current units, as its year-end figures are reported on them.
 */
export function unitSetForPeriod(period: Period): UnitSet {
  const [y, m] = lastMonth(period);
  return y < REFORM_YEAR || (y === REFORM_YEAR && m < REFORM_MONTH) ? 'former' : 'current';
}
