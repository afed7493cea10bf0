import { z } from 'zod';

/**
 * The trainer screen's own search parameters: the what-if choices, so that a prepared lesson
 * opens with them. The scenario itself is the root parameter `trainer` (kept across screens,
 * src/app/search.ts). Malformed values fall back to the defaults.
 */
export const searchSchema = z.object({
  /** the KPI of the target what-if */
  kpi: z
    .string()
    .regex(/^[a-z0-9.-]{1,80}$/)
    .optional()
    .catch(undefined),
  /** the assumed pace, points a month */
  pace: z.coerce.number().min(-20).max(20).optional().catch(undefined),
});

export type TrainerSearch = z.infer<typeof searchSchema>;

/**
 * What the trainer screen reads from the URL: its own parameters and the root `trainer`
 * parameter (the scenario in play), read loosely so that the screen does not depend on how the
 * route tree is typed.
 */
const screenSearchSchema = searchSchema.extend({
  trainer: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,40}$/)
    .optional()
    .catch(undefined),
});

export function readTrainerSearch(raw: unknown): z.infer<typeof screenSearchSchema> {
  const parsed = screenSearchSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}
