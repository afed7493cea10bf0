import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import type { QueuedAction } from './queue';

/**
 * Where pending alert actions wait: IndexedDB in the browser (database "ioc-alert-actions"),
 * so that an action taken offline survives a reload; memory in tests. Records read back are
 * checked (another build may have written them): invalid ones are dropped, not trusted.
 */
export interface QueueStore {
  all(): Promise<QueuedAction[]>;
  put(entry: QueuedAction): Promise<void>;
  delete(id: string): Promise<void>;
}

export const QUEUE_DB_NAME = 'ioc-alert-actions';
const DB_VERSION = 1;

const queuedActionSchema = z.object({
  id: z.string().min(1).max(100),
  seq: z.number().int().min(0),
  action: z.object({
    kind: z.enum(['acknowledge', 'assign', 'resolve', 'silence', 'note']),
    alertId: z.string().min(1).max(100),
    by: z.string().min(1).max(200),
    note: z.string().max(2000).optional(),
    assignee: z.string().max(200).optional(),
    untilMs: z.number().int().optional(),
  }),
  createdAtMs: z.number(),
  attempts: z.number().int().min(0),
  nextAttemptAtMs: z.number(),
  status: z.enum(['pending', 'rejected']),
  lastError: z.string().max(500).nullable(),
});

export function validEntries(records: readonly unknown[]): QueuedAction[] {
  const out: QueuedAction[] = [];
  for (const r of records) {
    const parsed = queuedActionSchema.safeParse(r);
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) => a.seq - b.seq);
}

interface QueueDb extends DBSchema {
  actions: { key: string; value: QueuedAction };
}

export function createIdbQueueStore(name = QUEUE_DB_NAME, factory?: IDBFactory): QueueStore {
  let db: Promise<IDBPDatabase<QueueDb>> | null = null;
  const open = (): Promise<IDBPDatabase<QueueDb>> => {
    db ??= withFactory(factory, () =>
      openDB<QueueDb>(name, DB_VERSION, {
        upgrade(database) {
          database.createObjectStore('actions', { keyPath: 'id' });
        },
      }),
    );
    return db;
  };
  return {
    async all() {
      const records: unknown[] = await (await open()).getAll('actions');
      return validEntries(records);
    },
    async put(entry) {
      await (await open()).put('actions', entry);
    },
    async delete(id) {
      await (await open()).delete('actions', id);
    },
  };
}

export function createMemoryQueueStore(): QueueStore {
  const rows = new Map<string, QueuedAction>();
  return {
    all: () => Promise.resolve(validEntries([...rows.values()].map((r) => structuredClone(r)))),
    put: (entry) => {
      rows.set(entry.id, structuredClone(entry));
      return Promise.resolve();
    },
    delete: (id) => {
      rows.delete(id);
      return Promise.resolve();
    },
  };
}

/** idb's openDB reads the global indexedDB when called; a test passes its own factory. */
function withFactory<T>(factory: IDBFactory | undefined, run: () => Promise<T>): Promise<T> {
  if (factory === undefined) return run();
  const g = globalThis as { indexedDB?: IDBFactory };
  const previous = g.indexedDB;
  g.indexedDB = factory;
  try {
    return run();
  } finally {
    if (previous === undefined) delete g.indexedDB;
    else g.indexedDB = previous;
  }
}
