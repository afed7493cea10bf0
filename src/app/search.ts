import { z } from 'zod';

/**
 * Search parameters every screen shares. A malformed value is dropped (falls back to the
 * default) rather than breaking the page: a link pasted from Zalo must always open.
 */
export const rootSearchSchema = z.object({
  lang: z.enum(['vi', 'en']).optional().catch(undefined),
  theme: z.enum(['desk', 'wall']).optional().catch(undefined),
  unit: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .catch(undefined),
  /** reporting month the desk shows ("2026-09"); absent = the latest available */
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
  /** what deltas compare with: the previous period or the same period last year */
  compare: z.enum(['prev', 'yoy']).optional().catch(undefined),
  /** trainer mode: the rehearsal scenario in play on every screen (src/trainer, docs/trainer.md) */
  trainer: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,40}$/)
    .optional()
    .catch(undefined),
});

export type RootSearch = z.infer<typeof rootSearchSchema>;
