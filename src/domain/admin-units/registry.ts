import { foldName } from './fold';
import type {
  AdminUnit,
  AdminUnitsData,
  CurrentAdminUnit,
  FormerAdminUnit,
  UnitSet,
} from './types';

/**
 * Lookups over the 34 current and 63 former units. Built once from the catalogue data
 * (src/catalog/admin-units.ts). Names match on their folded form (fold.ts), so "TP.HCM",
 * "Thành phố Hồ Chí Minh" and "ho chi minh" find the same unit; codes match with or without a
 * leading zero ("1" → "01").
 */
export interface AdminUnitIndex {
  readonly data: AdminUnitsData;
  readonly current: readonly CurrentAdminUnit[];
  readonly former: readonly FormerAdminUnit[];
  currentByCode(code: string): CurrentAdminUnit | undefined;
  formerByCode(code: string): FormerAdminUnit | undefined;
  /** the current unit a former unit became part of */
  successorOf(formerCode: string): CurrentAdminUnit | undefined;
  /** the former units a current unit was formed from */
  constituentsOf(currentCode: string): FormerAdminUnit[];
  /** a unit of one set by code or any spelling of its name */
  find(query: string, set: UnitSet): AdminUnit | undefined;
  /** both sets at once: "Quảng Trị" is former 45 and current 44; "01" is Hà Nội in both */
  lookup(query: string): {
    readonly current: CurrentAdminUnit | undefined;
    readonly former: FormerAdminUnit | undefined;
  };
}

/** "1", " 01 " → "01"; other text is returned trimmed. */
export function normaliseCode(code: string): string {
  const trimmed = code.trim();
  return /^\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
}

/** Every folded spelling of a unit: name, full name, ASCII name, aliases. */
export function nameKeys(unit: AdminUnit): string[] {
  const keys = [unit.name, unit.fullName, unit.nameAscii, ...unit.aliases].map(foldName);
  return [...new Set(keys.filter((k) => k !== ''))];
}

function buildNameIndex<T extends AdminUnit>(units: readonly T[]): Map<string, T> {
  const byName = new Map<string, T>();
  for (const unit of units) {
    for (const key of nameKeys(unit)) {
      // first writer wins; the catalogue integrity test forbids collisions within a set
      if (!byName.has(key)) byName.set(key, unit);
    }
  }
  return byName;
}

export function createAdminUnitIndex(data: AdminUnitsData): AdminUnitIndex {
  const currentByCode = new Map(data.current.map((u) => [u.code, u]));
  const formerByCode = new Map(data.former.map((u) => [u.code, u]));
  const currentByName = buildNameIndex(data.current);
  const formerByName = buildNameIndex(data.former);

  const findIn = <T extends AdminUnit>(
    byCode: ReadonlyMap<string, T>,
    byName: ReadonlyMap<string, T>,
    query: string,
  ): T | undefined => byCode.get(normaliseCode(query)) ?? byName.get(foldName(query));

  return {
    data,
    current: data.current,
    former: data.former,
    currentByCode: (code) => currentByCode.get(normaliseCode(code)),
    formerByCode: (code) => formerByCode.get(normaliseCode(code)),
    successorOf: (formerCode) => {
      const former = formerByCode.get(normaliseCode(formerCode));
      return former === undefined ? undefined : currentByCode.get(former.successor);
    },
    constituentsOf: (currentCode) => {
      const current = currentByCode.get(normaliseCode(currentCode));
      if (current === undefined) return [];
      return current.formedFrom.flatMap((c) => {
        const f = formerByCode.get(c);
        return f === undefined ? [] : [f];
      });
    },
    find: (query, set) =>
      set === 'current'
        ? findIn(currentByCode, currentByName, query)
        : findIn(formerByCode, formerByName, query),
    lookup: (query) => ({
      current: findIn(currentByCode, currentByName, query),
      former: findIn(formerByCode, formerByName, query),
    }),
  };
}
