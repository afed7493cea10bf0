import { z } from 'zod';
import { INDEX_KPI_IDS } from '../../data/queries/index-scores';

/** The two index KPIs of the catalogue whose scores come from GET {kpi}/index-scores. */
export const indexKpiIdSchema = z.enum([INDEX_KPI_IDS.index766, INDEX_KPI_IDS.dti]);

/** Options of an index ranking panel: one index's latest period across the 34 provinces. */
export const indexRankingOptionsSchema = z.strictObject({
  type: z.literal('index-ranking'),
  kpiId: indexKpiIdSchema,
});

export type IndexRankingOptions = z.infer<typeof indexRankingOptionsSchema>;
