import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { validRecords, type AlertStore, type StoredAlert } from './store';

/**
 * The alert store in the browser: IndexedDB database "ioc-mock-alerts", object store "alerts"
 * keyed by id with an index on scope. Clearing site data (or POST /__mocks/reset) empties it.
 */
interface AlertsDb extends DBSchema {
  alerts: {
    key: string;
    value: StoredAlert;
    indexes: { scope: string };
  };
}

export const ALERTS_DB_NAME = 'ioc-mock-alerts';
const DB_VERSION = 1;

export function createIdbAlertStore(name = ALERTS_DB_NAME, factory?: IDBFactory): AlertStore {
  let db: Promise<IDBPDatabase<AlertsDb>> | null = null;
  const open = (): Promise<IDBPDatabase<AlertsDb>> => {
    db ??= withFactory(factory, () =>
      openDB<AlertsDb>(name, DB_VERSION, {
        upgrade(database) {
          const store = database.createObjectStore('alerts', { keyPath: 'id' });
          store.createIndex('scope', 'scope');
        },
      }),
    );
    return db;
  };
  return {
    async list(scope) {
      const records: unknown[] = await (await open()).getAllFromIndex('alerts', 'scope', scope);
      return validRecords(records);
    },
    async get(id) {
      const record: unknown = await (await open()).get('alerts', id);
      return record === undefined ? undefined : validRecords([record])[0];
    },
    async put(alerts) {
      const tx = (await open()).transaction('alerts', 'readwrite');
      await Promise.all([...alerts.map((a) => tx.store.put(a)), tx.done]);
    },
    async clear() {
      await (await open()).clear('alerts');
    },
  };
}

/**
 * idb's openDB reads the global indexedDB when called (it opens the request synchronously). A
 * test passes its own factory: installed as the global for that call only.
 */
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
