import type { AdminUnitType } from './types';

/** Kinds of unit a source lists: provinces, their departments, and communes of three kinds. */
export type CommuneKind = 'ward' | 'commune' | 'special-zone';
export type UnitListingKind = AdminUnitType | 'department' | CommuneKind;

/**
 * A unit as a source lists it under a parent (GET /units): a province under "VN", or a
 * department ("92.so-tu-phap") or commune ("31117") under a province.
 */
export interface UnitListing {
  readonly code: string;
  readonly name: string;
  readonly kind: UnitListingKind;
  readonly parent: string;
  /** departments only: the catalogue id ("so-tu-phap") */
  readonly departmentId: string | null;
  /** departments only: whether src/catalog/departments.ts has it; null when not said */
  readonly inCatalogue: boolean | null;
  readonly synthetic: boolean;
}
