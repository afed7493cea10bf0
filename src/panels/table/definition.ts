import { z } from 'zod';

/** Options of a table panel: a KPI's numbers as a sortable, paged table. */
export const tablePanelOptionsSchema = z.strictObject({
  type: z.literal('table'),
  kpiId: z.string().min(1),
  /**
   * history: every period of the KPI for the scene's unit (default);
   * provinces: the latest period for each of the 34 provinces, with rank.
   */
  rows: z.enum(['history', 'provinces']).optional(),
  /** Rows per page (default 10). */
  pageSize: z.number().int().min(5).max(100).optional(),
});

export type TablePanelOptions = z.infer<typeof tablePanelOptionsSchema>;

export interface ResolvedTablePanelOptions {
  kpiId: string;
  rows: 'history' | 'provinces';
  pageSize: number;
}

export function resolveTablePanelOptions(spec: TablePanelOptions): ResolvedTablePanelOptions {
  return { kpiId: spec.kpiId, rows: spec.rows ?? 'history', pageSize: spec.pageSize ?? 10 };
}
