import { ADMIN_UNITS_DATA } from '../catalog/admin-units';
import type { UnitSet } from '../domain/admin-units/types';

export interface UnitEntry {
  readonly code: string;
  readonly name: string;
}

const collator = new Intl.Collator('vi');
const cache = new Map<UnitSet, readonly UnitEntry[]>();

/** The units of a set from the catalogue, in Vietnamese alphabetical order. */
export function unitList(unitSet: UnitSet): readonly UnitEntry[] {
  let list = cache.get(unitSet);
  if (!list) {
    const source = unitSet === 'current' ? ADMIN_UNITS_DATA.current : ADMIN_UNITS_DATA.former;
    list = source
      .map((u) => ({ code: u.code, name: u.name }))
      .sort((a, b) => collator.compare(a.name, b.name));
    cache.set(unitSet, list);
  }
  return list;
}

export function unitName(unitSet: UnitSet, code: string): string {
  return unitList(unitSet).find((u) => u.code === code)?.name ?? code;
}
