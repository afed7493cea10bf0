import { z } from 'zod';

/** Options of a targets table placed in a scene (validated when the scene definition is read). */
export const targetTableOptionsSchema = z.strictObject({
  type: z.literal('target-table'),
  /** Only the targets of one pillar (default: all three). */
  pillar: z.enum(['digital-government', 'digital-economy', 'digital-society']).optional(),
  /** Rows per page (default 12: fits a panel at 1366×768). */
  pageSize: z.number().int().min(5).max(100).optional(),
});

export type TargetTableOptions = z.infer<typeof targetTableOptionsSchema>;
