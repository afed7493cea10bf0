import { DEPARTMENTS } from '../../catalog/departments';
import { getDataSource } from '../../catalog/sources';
import type { UnitListing } from '../../domain/admin-units/listing';
import type { Language } from '../../i18n/locale';

/**
 * A department's name in the user's language: the catalogue's (bilingual) first, else the
 * name the source lists (Vietnamese only, for departments the catalogue lacks), else its id.
 */
export function departmentName(
  departmentId: string,
  lang: Language,
  listed: readonly UnitListing[] | undefined,
  short = false,
): string {
  const known = DEPARTMENTS.find((d) => d.id === departmentId);
  if (known) return short ? known.shortName[lang] : known.name[lang];
  return listed?.find((u) => u.departmentId === departmentId)?.name ?? departmentId;
}

/** The id part of a department unit code ("92.so-nnmt" → "so-nnmt"); null for other codes. */
export function departmentIdOf(unitCode: string): string | null {
  const dot = unitCode.indexOf('.');
  return dot < 0 ? null : unitCode.slice(dot + 1);
}

/** The catalogue's name of the one-stop dossier system, in the user's language. */
export function oneStopSourceName(lang: Language): string {
  return getDataSource('one-stop-dossiers')?.name[lang] ?? 'one-stop-dossiers';
}

/**
 * The scope in words for a panel title: "toàn tỉnh", a department, or a department › procedure.
 * The procedure's name comes from the data when the panel has it, else its code is shown.
 */
export function scopeName(
  scope: { departmentId: string | null; procedureCode: string | null },
  lang: Language,
  listed: readonly UnitListing[] | undefined,
  provinceLabel: string,
  procedureName?: string,
): string {
  if (scope.departmentId === null) return provinceLabel;
  const department = departmentName(scope.departmentId, lang, listed);
  if (scope.procedureCode === null) return department;
  return `${department} › ${procedureName ?? scope.procedureCode}`;
}
