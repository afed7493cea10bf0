import { z } from 'zod';

const periodText = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'YYYY-MM, YYYY-Qn or YYYY');
const localized = z.strictObject({ vi: z.string().min(1).max(80), en: z.string().min(1).max(80) });

/** Options of a trend panel placed in a scene (validated when the scene definition is read). */
export const trendOptionsSchema = z.strictObject({
  type: z.literal('trend'),
  kpiId: z.string().min(1),
  /** How many of the latest periods to draw (default 24). */
  periods: z.number().int().min(3).max(240).optional(),
  /** Draw the catalogue's targets as lines (default true). */
  showTargets: z.boolean().optional(),
  /** Draw the projection to the next target year with its 95 % band (default true). */
  showProjection: z.boolean().optional(),
  /**
   * Draw the planned glide path to one target of the catalogue: a straight line from the value
   * known when the target's document was issued to the target at the end of its year. `level`
   * and `sourceId` pick one target where several share the year (EGDI: 749 and 942).
   */
  glidePath: z
    .strictObject({
      targetYear: z.number().int().min(2000).max(2100),
      level: z.enum(['any', 'province', 'national']).optional(),
      sourceId: z.string().min(1).max(80).optional(),
    })
    .optional(),
  /** Vertical notes at given periods, e.g. the 1 July 2025 merger of provinces. */
  annotations: z
    .array(z.strictObject({ period: periodText, label: localized }))
    .max(10)
    .optional(),
});

export type TrendOptions = z.infer<typeof trendOptionsSchema>;
export type TrendAnnotation = NonNullable<TrendOptions['annotations']>[number];
export type TrendGlidePath = NonNullable<TrendOptions['glidePath']>;

export interface ResolvedTrendOptions {
  kpiId: string;
  periods: number;
  showTargets: boolean;
  showProjection: boolean;
  annotations: readonly TrendAnnotation[];
  /** absent or null: no glide path */
  glidePath?: TrendGlidePath | null;
}

export const TREND_DEFAULTS = {
  periods: 24,
  showTargets: true,
  showProjection: true,
  annotations: [],
} as const;

export function resolveTrendOptions(spec: TrendOptions): ResolvedTrendOptions {
  return {
    kpiId: spec.kpiId,
    periods: spec.periods ?? TREND_DEFAULTS.periods,
    showTargets: spec.showTargets ?? TREND_DEFAULTS.showTargets,
    showProjection: spec.showProjection ?? TREND_DEFAULTS.showProjection,
    annotations: spec.annotations ?? TREND_DEFAULTS.annotations,
    ...(spec.glidePath ? { glidePath: spec.glidePath } : {}),
  };
}
