import { z } from 'zod';
import type { Pillar } from '../../domain/targets/pillar';

/**
 * The scene's own search parameters, so that a link sent on Zalo opens the same view: the
 * pillar filter and the target whose glide path is drawn (the row key of the targets table).
 * Malformed values fall back to "absent": a bad link shows the default view, never an error.
 */
export const searchSchema = z.object({
  pillar: z
    .enum(['digital-government', 'digital-economy', 'digital-society'] satisfies Pillar[])
    .optional()
    .catch(undefined),
  /** "kpiId|unitCode|year|level|comparator|value|sources" (the table's row key) */
  target: z.string().min(3).max(200).optional().catch(undefined),
});

export type TargetsSearch = z.infer<typeof searchSchema>;

/** The search read loosely (strict: false) and validated here; never throws. */
export function readSearch(raw: unknown): TargetsSearch {
  const parsed = searchSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}
