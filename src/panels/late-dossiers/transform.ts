import type { TFunction } from 'i18next';
import type { LateDossier } from '../../domain/dossiers/late';
import { formatDateTime } from '../../i18n/format';
import type { Language } from '../../i18n/locale';
import type { CsvTable } from '../common/csv';
import { sortRows, type SortState, type SortValue } from '../common/table-model';
import { LATE_SORT_COLUMNS, type LateSortColumn } from './definition';

/** The list as the source sends it: most overdue first. */
export const DEFAULT_LATE_SORT: SortState = { columnId: 'daysLate', direction: 'descending' };

const SORT_VALUE: Record<LateSortColumn, (d: LateDossier) => SortValue> = {
  daysLate: (d) => d.daysLate,
  receivedAt: (d) => d.receivedAtMs,
  dueAt: (d) => d.dueAtMs,
  // Pending dossiers have no processing date: they sort last either way.
  processedAt: (d) => d.processedAtMs,
  procedure: (d) => d.procedureName,
  unit: (d) => d.unitName,
  dossierCode: (d) => d.dossierCode,
  status: (d) => d.status,
};

export function isLateSortColumn(id: string): id is LateSortColumn {
  return (LATE_SORT_COLUMNS as readonly string[]).includes(id);
}

/** Sort from the URL's `sort` and `dir`; the source's order when absent or unknown. */
export function lateSortFrom(sort: string | undefined, dir: 'asc' | 'desc' | undefined): SortState {
  if (sort === undefined || !isLateSortColumn(sort)) return DEFAULT_LATE_SORT;
  const first = sort === 'daysLate' ? 'descending' : 'ascending';
  const direction = dir === undefined ? first : dir === 'asc' ? 'ascending' : 'descending';
  return { columnId: sort, direction };
}

/** The dossiers of one procedure, or all of them when no procedure is chosen. */
export function filterLate(
  dossiers: readonly LateDossier[],
  procedureCode: string | null,
): LateDossier[] {
  return procedureCode === null
    ? [...dossiers]
    : dossiers.filter((d) => d.procedureCode === procedureCode);
}

/**
 * Pure: sorts by a column, ties kept in the source's order (most overdue, then dossier code),
 * so that a page never reshuffles between two renders.
 */
export function sortLate(
  dossiers: readonly LateDossier[],
  sort: SortState,
  collator: Intl.Collator,
): LateDossier[] {
  const key = isLateSortColumn(sort.columnId) ? SORT_VALUE[sort.columnId] : SORT_VALUE.daysLate;
  return sortRows(dossiers, key, sort.direction, collator);
}

/** The whole filtered, sorted list as CSV: what the table shows, every page. */
export function lateCsv(dossiers: readonly LateDossier[], t: TFunction, lang: Language): CsvTable {
  return {
    header: [
      t('dossiers.columns.dossierCode'),
      t('dossiers.columns.procedureCode'),
      t('dossiers.columns.procedure'),
      t('dossiers.columns.unitCode'),
      t('dossiers.columns.unit'),
      t('dossiers.columns.receivedAt'),
      t('dossiers.columns.dueAt'),
      t('dossiers.columns.processedAt'),
      t('dossiers.columns.daysLate'),
      t('dossiers.columns.statusCode'),
      t('dossiers.columns.status'),
    ],
    rows: dossiers.map((d) => [
      d.dossierCode,
      d.procedureCode,
      d.procedureName,
      d.unitCode,
      d.unitName,
      formatDateTime(d.receivedAtMs, lang),
      formatDateTime(d.dueAtMs, lang),
      d.processedAtMs === null ? null : formatDateTime(d.processedAtMs, lang),
      d.daysLate,
      d.status,
      t(`dossiers.late.status.${d.status}`),
    ]),
  };
}
