import { z } from 'zod';

/** Options of a ranking bar panel placed in a scene. */
export const rankingBarOptionsSchema = z.strictObject({
  type: z.literal('ranking-bar'),
  kpiId: z.string().min(1),
  /**
   * Which units are ranked. Only the 34 provinces have a data source today; the transform is
   * generic (code, name, observations) so departments and communes plug in with their query.
   */
  scope: z.enum(['provinces']).optional(),
  /**
   * Rank the province's own departments or communes instead of the provinces (KPIs the
   * one-stop system reports per unit, from July 2025), with the province's figure drawn as a
   * labelled reference line. Absent: the 34 provinces, as before.
   */
  breakdown: z.enum(['departments', 'communes']).optional(),
  /** Bars drawn: the best `limit` plus the user's own unit (default: all). The table lists all. */
  limit: z.number().int().min(3).max(100).optional(),
});

export type RankingBarOptions = z.infer<typeof rankingBarOptionsSchema>;

export interface ResolvedRankingBarOptions {
  kpiId: string;
  scope: 'provinces';
  limit: number | null;
  /** absent: the provinces */
  breakdown?: 'departments' | 'communes';
}

export function resolveRankingBarOptions(spec: RankingBarOptions): ResolvedRankingBarOptions {
  return {
    kpiId: spec.kpiId,
    scope: spec.scope ?? 'provinces',
    limit: spec.limit ?? null,
    ...(spec.breakdown ? { breakdown: spec.breakdown } : {}),
  };
}
