import { z } from 'zod';

/**
 * The alerts scene's filters and selection, all in the URL so that a link ("the critical flood
 * alerts of Sở NN&MT") opens the same view. Every field falls back to "no filter" when the link
 * is wrong: a bad link never breaks the page.
 */
export const searchSchema = z.object({
  severity: z.enum(['info', 'warning', 'critical']).optional().catch(undefined),
  state: z.enum(['open', 'acknowledged', 'resolved', 'active']).optional().catch(undefined),
  /** responsible department id (src/catalog/departments.ts) */
  dept: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  /** data source id (src/catalog/sources.ts) */
  source: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  /** the selected alert */
  alert: z.string().min(1).max(100).optional().catch(undefined),
});

export type AlertsSearch = z.infer<typeof searchSchema>;
