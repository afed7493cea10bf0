import { z } from 'zod';

/** The scene's own search parameters (filters, drill-down), validated with fallbacks. */
export const searchSchema = z.object({
  department: z.string().optional().catch(undefined),
});
