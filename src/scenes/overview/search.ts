import { z } from 'zod';
import { getKpi } from '../../catalog/kpis/registry';

/**
 * The overview's own search parameters: which KPI colours the map (`mapKpi`), so a leader's
 * choice survives a reload and travels in a link. An unknown id falls back to the default.
 */
export const overviewSearchSchema = z.object({
  mapKpi: z
    .string()
    .max(80)
    .refine((id) => getKpi(id) !== undefined)
    .optional()
    .catch(undefined),
});

export type OverviewSearch = z.infer<typeof overviewSearchSchema>;
