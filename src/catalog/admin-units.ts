import { checkAdminUnitsData } from '../domain/admin-units/validate';
import { createAdminUnitIndex } from '../domain/admin-units/registry';
import type { AdminUnitsData } from '../domain/admin-units/types';
import raw from './admin-units.json';

/**
 * The 34 current and 63 former provincial units, checked and indexed. The JSON ships inside the
 * bundle, so a failed check is a build defect, not bad input: it fails loudly here, and the
 * catalogue integrity test fails first in CI.
 */
function load(): AdminUnitsData {
  const checked = checkAdminUnitsData(raw);
  if (!checked.ok) {
    throw new Error(`src/catalog/admin-units.json is inconsistent: ${checked.error.join('; ')}`);
  }
  return checked.value;
}

export const ADMIN_UNITS_DATA: AdminUnitsData = load();

export const ADMIN_UNITS = createAdminUnitIndex(ADMIN_UNITS_DATA);
