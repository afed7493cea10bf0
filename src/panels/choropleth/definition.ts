import { z } from 'zod';

/** Options of a province choropleth placed in a scene. */
export const choroplethOptionsSchema = z.strictObject({
  type: z.literal('choropleth'),
  kpiId: z.string().min(1),
});

export type ChoroplethOptions = z.infer<typeof choroplethOptionsSchema>;
