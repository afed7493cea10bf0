/**
 * Provincial-level administrative units before and after the 1 July 2025 reform
 * (Resolution 202/2025/QH15: 63 units → 34). The data lives in src/catalog/admin-units.json;
 * these types describe it. Codes are national statistical codes (Decision 19/2025/QĐ-TTg); a new
 * unit keeps the code of the old unit hosting its centre, so "01" is both the former and the
 * current Hà Nội, while "44" is former Quảng Bình and current Quảng Trị. A code alone is
 * therefore ambiguous: always say which unit set it belongs to.
 */

export type AdminUnitType = 'province' | 'city';

export type UnitSet = 'former' | 'current';

/** A unit in force from 1 July 2025 (34). */
export interface CurrentAdminUnit {
  readonly code: string;
  /** short name with diacritics: "Tuyên Quang", "Hồ Chí Minh" */
  readonly name: string;
  /** official full name: "Tỉnh Tuyên Quang", "Thành phố Hồ Chí Minh" */
  readonly fullName: string;
  /** folded ASCII form for matching and sorting: "Tuyen Quang" */
  readonly nameAscii: string;
  readonly type: AdminUnitType;
  /** codes of the former units merged into this one (itself included when unchanged) */
  readonly formedFrom: readonly string[];
  /** where the political-administrative centre is */
  readonly centre: string;
  readonly areaKm2: number | null;
  readonly population: number | null;
  /** other spellings a user or a data file may use: "TP.HCM", "Sài Gòn" */
  readonly aliases: readonly string[];
}

/** A unit in force until 30 June 2025 (63). */
export interface FormerAdminUnit {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly nameAscii: string;
  readonly type: AdminUnitType;
  /** code of the current unit it became part of */
  readonly successor: string;
  readonly aliases: readonly string[];
}

/** Shape of src/catalog/admin-units.json. */
export interface AdminUnitsData {
  /** first day of the new unit set, "2025-07-01" (Vietnamese calendar date) */
  readonly reformDate: string;
  readonly legalBasis: string;
  readonly current: readonly CurrentAdminUnit[];
  readonly former: readonly FormerAdminUnit[];
}

export type AdminUnit = CurrentAdminUnit | FormerAdminUnit;
