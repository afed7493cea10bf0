import { z } from 'zod';
import { indexKpiIdSchema } from '../index-ranking/definition';

/** Most peers drawn beside the own province: more lines than this cannot be told apart. */
export const MAX_PEERS = 5;

/** Options of a rank-over-time panel: one index's rank among the 34 provinces, period by period. */
export const rankOverTimeOptionsSchema = z.strictObject({
  type: z.literal('rank-over-time'),
  kpiId: indexKpiIdSchema,
  /** provinces drawn beside the own one (current codes) */
  peers: z
    .array(z.string().regex(/^\d{2}$/))
    .max(MAX_PEERS)
    .optional(),
  /** how many of the latest periods to draw (default: all) */
  periods: z.number().int().min(2).max(240).optional(),
});

export type RankOverTimeOptions = z.infer<typeof rankOverTimeOptionsSchema>;
