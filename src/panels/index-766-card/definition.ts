import { z } from 'zod';
import { INDEX_KPI_IDS } from '../../data/queries/index-scores';

/** Options of the 766 card: the province's 766 score, rank, five groups and change on last month. */
export const index766CardOptionsSchema = z.strictObject({
  type: z.literal('index-766-card'),
  kpiId: z.literal(INDEX_KPI_IDS.index766),
});

export type Index766CardOptions = z.infer<typeof index766CardOptionsSchema>;
