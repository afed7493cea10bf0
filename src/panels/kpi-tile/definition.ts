import { z } from 'zod';

/** Options of a KPI tile placed in a scene (validated when the scene definition is read). */
export const kpiTileOptionsSchema = z.strictObject({
  type: z.literal('kpi-tile'),
  kpiId: z.string().min(1),
});

export type KpiTileOptions = z.infer<typeof kpiTileOptionsSchema>;
