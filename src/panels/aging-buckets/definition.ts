import { z } from 'zod';
import { dossierScopeFields } from '../dossier-common/scope';

/**
 * Options of the aging panel: pending dossiers past their deadline, grouped by how many days
 * overdue they are, for the province, a department or one of its procedures (a snapshot at
 * the latest delivery: `period` is accepted for a uniform scope but does not change it).
 */
export const agingBucketsOptionsSchema = z.strictObject({
  type: z.literal('aging-buckets'),
  ...dossierScopeFields,
  /**
   * Upper bounds (days) of the closed buckets, ascending; the last bucket is open-ended.
   * Default 3, 7, 15, 30: under 3 days, up to a week, two weeks, a month, more.
   */
  bounds: z.array(z.number().int().min(1).max(3650)).min(1).max(10).optional(),
});

export type AgingBucketsOptions = z.infer<typeof agingBucketsOptionsSchema>;

export const DEFAULT_AGING_BOUNDS: readonly number[] = [3, 7, 15, 30];
