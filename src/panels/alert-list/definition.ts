import { z } from 'zod';

/** Options of an alert-list panel: the top open alerts by severity (overview, wall). */
export const alertListOptionsSchema = z.strictObject({
  type: z.literal('alert-list'),
  /** rows shown (default 6: fits a panel at 1366×768 and a wall tile) */
  limit: z.number().int().min(1).max(50).optional(),
  /** only alerts of these kinds (e.g. staleness on the sources scene); default all */
  kinds: z
    .array(z.enum(['threshold', 'sla', 'staleness', 'flood', 'air-quality']))
    .max(5)
    .optional(),
  /** lowest severity shown (default info: every open alert) */
  minSeverity: z.enum(['info', 'warning', 'critical']).optional(),
});

export type AlertListOptions = z.infer<typeof alertListOptionsSchema>;

export interface ResolvedAlertListOptions {
  readonly limit: number;
  readonly kinds: readonly ('threshold' | 'sla' | 'staleness' | 'flood' | 'air-quality')[];
  readonly minSeverity: 'info' | 'warning' | 'critical';
}

export function resolveAlertListOptions(spec: AlertListOptions): ResolvedAlertListOptions {
  return {
    limit: spec.limit ?? 6,
    kinds: spec.kinds ?? [],
    minSeverity: spec.minSeverity ?? 'info',
  };
}
