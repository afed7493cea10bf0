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
});

export type RootSearch = z.infer<typeof rootSearchSchema>;
