import { z } from 'zod';
import { LATE_SORT_COLUMNS } from '../../panels/late-dossiers/definition';

/**
 * The scene's own search parameters: the drill-down (department → procedure → page and sort of
 * the late list), so that a link sent on Zalo opens the same view. The month is the desk's
 * `period` (a root parameter, kept across screens; src/app/search.ts).
 * Every field falls back to "absent" when malformed: a bad link shows the default view, never
 * an error page.
 */
export const searchSchema = z.object({
  /** drill level 1: a department id ("so-nnmt") */
  department: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(64)
    .optional()
    .catch(undefined),
  /** drill level 2: a procedure code ("MP-NN03"), only under a department */
  procedure: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/)
    .max(64)
    .optional()
    .catch(undefined),
  /** page of the late-dossier list, 1-based */
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  /** sort column and direction of the late-dossier list */
  sort: z.enum(LATE_SORT_COLUMNS).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
});

export type DossiersSearch = z.infer<typeof searchSchema>;
