import { z } from 'zod';
import { dossierScopeFields } from '../dossier-common/scope';

/** Columns the late-dossier list sorts by (also the `sort` values of the scene's URL). */
export const LATE_SORT_COLUMNS = [
  'daysLate',
  'receivedAt',
  'dueAt',
  'processedAt',
  'procedure',
  'unit',
  'dossierCode',
  'status',
] as const;
export type LateSortColumn = (typeof LATE_SORT_COLUMNS)[number];

/**
 * Options of the late-dossier list: the dossiers of the province, a department or one of its
 * procedures that are pending past their deadline or were processed late (a snapshot at the
 * latest delivery: `period` is accepted for a uniform scope but does not change the list).
 */
export const lateDossiersOptionsSchema = z.strictObject({
  type: z.literal('late-dossiers'),
  ...dossierScopeFields,
  /** rows per page (default 10) */
  pageSize: z.number().int().min(5).max(100).optional(),
});

export type LateDossiersOptions = z.infer<typeof lateDossiersOptionsSchema>;
