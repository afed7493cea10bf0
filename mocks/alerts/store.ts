import { z } from 'zod';

/**
 * Where the mock alert service keeps alerts and the actions users took on them. In the browser
 * it is IndexedDB (idb-store.ts), so a demo keeps a user's acknowledgements across reloads; in
 * Node (Vitest) it is memory. Records read back from storage are checked (storage is outside
 * input: another version of the app may have written it): invalid records are skipped.
 */

export const STORED_ALERT_VERSION = 1;

const instant = z.number().int().min(0);
const text = (max: number) => z.string().max(max);

export const storedAlertSchema = z.object({
  v: z.literal(STORED_ALERT_VERSION),
  id: text(100).min(1),
  /** seed and province the alert belongs to: "20250701|92" */
  scope: text(100),
  key: text(500),
  ruleId: text(100),
  kind: z.enum(['threshold', 'sla', 'staleness', 'flood', 'air-quality']),
  severity: z.enum(['info', 'warning', 'critical']),
  state: z.enum(['open', 'acknowledged', 'resolved']),
  subject: z.object({
    unitCode: text(32).optional(),
    kpiId: text(100).optional(),
    sourceId: text(100).optional(),
    stationId: text(100).optional(),
    departmentId: text(100).optional(),
  }),
  value: z.number().nullable(),
  threshold: z.number().nullable(),
  title: text(500),
  raisedAt: instant,
  updatedAt: instant,
  acknowledgedAt: instant.nullable(),
  acknowledgedBy: text(200).nullable(),
  resolvedAt: instant.nullable(),
  assignee: text(200).nullable(),
  assignedAt: instant.nullable(),
  /** silenced (not pushed to the wall) until then; absent in records of earlier builds */
  silencedUntil: instant.nullable().optional(),
  history: z.array(
    z.object({
      event: z.enum(['acknowledge', 'resolve', 'reopen', 'escalate']),
      at: instant,
      by: text(200).nullable(),
    }),
  ),
  notes: z.array(z.object({ at: instant, by: text(200), text: text(2000) })),
  audit: z.array(
    z.object({
      at: instant,
      by: text(200),
      action: z.enum([
        'raise',
        'acknowledge',
        'assign',
        'resolve',
        'reopen',
        'escalate',
        'de-escalate',
        'note',
        'silence',
      ]),
      detail: text(2000).optional(),
    }),
  ),
  /** whether the condition held at the last evaluation (auto-resolve and reopen need it) */
  conditionActive: z.boolean(),
});

export type StoredAlert = z.infer<typeof storedAlertSchema>;

export interface AlertStore {
  list(scope: string): Promise<StoredAlert[]>;
  get(id: string): Promise<StoredAlert | undefined>;
  put(alerts: readonly StoredAlert[]): Promise<void>;
  clear(): Promise<void>;
}

/** Keeps only valid records (a record from another version is dropped, not trusted). */
export function validRecords(records: readonly unknown[]): StoredAlert[] {
  const out: StoredAlert[] = [];
  for (const r of records) {
    const parsed = storedAlertSchema.safeParse(r);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

const clone = <T>(v: T): T => structuredClone(v);

export function createMemoryAlertStore(): AlertStore {
  const byId = new Map<string, StoredAlert>();
  return {
    list: (scope) =>
      Promise.resolve([...byId.values()].filter((a) => a.scope === scope).map(clone)),
    get: (id) => {
      const a = byId.get(id);
      return Promise.resolve(a === undefined ? undefined : clone(a));
    },
    put: (alerts) => {
      for (const a of alerts) byId.set(a.id, clone(a));
      return Promise.resolve();
    },
    clear: () => {
      byId.clear();
      return Promise.resolve();
    },
  };
}
