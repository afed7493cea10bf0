/**
 * A minimal in-memory IndexedDB, enough for the `idb` wrapper as idb-store.ts uses it (open with
 * upgrade, object store with keyPath, one index, get / getAll / put / delete / clear, transactions that
 * complete). Test-only: Node has no IndexedDB and fake-indexeddb is not a dependency. It is not
 * a conforming implementation (no cursors, ranges, aborts or versionchange across connections).
 */

class FakeRequest<T = unknown> extends EventTarget {
  result: T | undefined = undefined;
  error: DOMException | null = null;
  readyState: 'pending' | 'done' = 'pending';
  transaction: FakeTransaction | null = null;
  source: unknown = null;

  succeed(result: T): void {
    this.result = result;
    this.readyState = 'done';
    this.dispatchEvent(new Event('success'));
  }
}

class FakeCursor {
  advance(): void {
    throw new Error('cursors are not supported by the fake IndexedDB');
  }
  continue(): void {
    throw new Error('cursors are not supported by the fake IndexedDB');
  }
  continuePrimaryKey(): void {
    throw new Error('cursors are not supported by the fake IndexedDB');
  }
}

interface StoreData {
  keyPath: string;
  rows: Map<string, unknown>;
  indexes: Map<string, string>;
}

class FakeIndex {
  constructor(
    private readonly store: FakeObjectStore,
    private readonly keyPath: string,
  ) {}

  getAll(query?: unknown): FakeRequest<unknown[]> {
    return this.store.request(() =>
      [...this.store.data.rows.values()]
        .filter(
          (v) => query === undefined || (v as Record<string, unknown>)[this.keyPath] === query,
        )
        .map((v) => structuredClone(v)),
    );
  }
}

class FakeObjectStore {
  constructor(
    readonly name: string,
    readonly data: StoreData,
    private readonly tx: FakeTransaction,
  ) {}

  get keyPath(): string {
    return this.data.keyPath;
  }

  get indexNames(): string[] {
    return [...this.data.indexes.keys()];
  }

  request<T>(run: () => T): FakeRequest<T> {
    return this.tx.schedule(run);
  }

  put(value: unknown): FakeRequest<string> {
    const key = String((value as Record<string, unknown>)[this.data.keyPath]);
    const copy = structuredClone(value);
    return this.request(() => {
      this.data.rows.set(key, copy);
      return key;
    });
  }

  get(key: unknown): FakeRequest {
    return this.request(() => {
      const v = this.data.rows.get(String(key));
      return v === undefined ? undefined : structuredClone(v);
    });
  }

  getAll(): FakeRequest<unknown[]> {
    return this.request(() => [...this.data.rows.values()].map((v) => structuredClone(v)));
  }

  delete(key: unknown): FakeRequest<undefined> {
    return this.request(() => {
      this.data.rows.delete(String(key));
      return undefined;
    });
  }

  clear(): FakeRequest<undefined> {
    return this.request(() => {
      this.data.rows.clear();
      return undefined;
    });
  }

  createIndex(name: string, keyPath: string): FakeIndex {
    this.data.indexes.set(name, keyPath);
    return new FakeIndex(this, keyPath);
  }

  index(name: string): FakeIndex {
    const keyPath = this.data.indexes.get(name);
    if (keyPath === undefined) throw new DOMException(`no index ${name}`, 'NotFoundError');
    return new FakeIndex(this, keyPath);
  }
}

class FakeTransaction extends EventTarget {
  error: DOMException | null = null;
  private pending = 0;
  private finished = false;

  constructor(
    readonly db: FakeDatabase,
    readonly objectStoreNames: string[],
    readonly mode: string,
  ) {
    super();
    // A transaction with no request completes on its own.
    setTimeout(() => {
      this.maybeComplete();
    }, 0);
  }

  objectStore(name: string): FakeObjectStore {
    const data = this.db.stores.get(name);
    if (!data || !this.objectStoreNames.includes(name)) {
      throw new DOMException(`no object store ${name}`, 'NotFoundError');
    }
    return new FakeObjectStore(name, data, this);
  }

  schedule<T>(run: () => T): FakeRequest<T> {
    const request = new FakeRequest<T>();
    request.transaction = this;
    this.pending++;
    setTimeout(() => {
      request.succeed(run());
      this.pending--;
      setTimeout(() => {
        this.maybeComplete();
      }, 0);
    }, 0);
    return request;
  }

  private maybeComplete(): void {
    if (this.finished || this.pending > 0) return;
    this.finished = true;
    this.dispatchEvent(new Event('complete'));
  }
}

class FakeDatabase extends EventTarget {
  readonly stores = new Map<string, StoreData>();
  version = 0;
  /** the transaction of an upgrade, when one runs */
  upgrading: FakeTransaction | null = null;

  constructor(readonly name: string) {
    super();
  }

  get objectStoreNames(): string[] & { contains(name: string): boolean } {
    const names = [...this.stores.keys()];
    return Object.assign(names, { contains: (n: string) => names.includes(n) });
  }

  createObjectStore(name: string, options: { keyPath: string }): FakeObjectStore {
    const data: StoreData = { keyPath: options.keyPath, rows: new Map(), indexes: new Map() };
    this.stores.set(name, data);
    const tx = this.upgrading ?? new FakeTransaction(this, [name], 'versionchange');
    if (!tx.objectStoreNames.includes(name)) tx.objectStoreNames.push(name);
    return new FakeObjectStore(name, data, tx);
  }

  transaction(names: string | string[], mode = 'readonly'): FakeTransaction {
    return new FakeTransaction(this, Array.isArray(names) ? names : [names], mode);
  }

  close(): void {
    /* nothing to release */
  }
}

/** A factory with its own databases: two factories never share data; one factory is a "disk". */
export function createFakeIndexedDB(): IDBFactory {
  const databases = new Map<string, FakeDatabase>();
  const factory = {
    open(name: string, version?: number): FakeRequest<FakeDatabase> {
      const request = new FakeRequest<FakeDatabase>();
      setTimeout(() => {
        let db = databases.get(name);
        if (!db) {
          db = new FakeDatabase(name);
          databases.set(name, db);
        }
        const wanted = version ?? Math.max(1, db.version);
        if (wanted > db.version) {
          const oldVersion = db.version;
          db.version = wanted;
          const tx = new FakeTransaction(db, [...db.stores.keys()], 'versionchange');
          db.upgrading = tx;
          request.result = db;
          request.transaction = tx;
          const event = Object.assign(new Event('upgradeneeded'), {
            oldVersion,
            newVersion: wanted,
          });
          request.dispatchEvent(event);
          db.upgrading = null;
        }
        request.transaction = null;
        request.succeed(db);
      }, 0);
      return request;
    },
    deleteDatabase(name: string): FakeRequest<undefined> {
      const request = new FakeRequest<undefined>();
      setTimeout(() => {
        databases.delete(name);
        request.succeed(undefined);
      }, 0);
      return request;
    },
    cmp: (a: unknown, b: unknown): number =>
      String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0,
    databases: () =>
      Promise.resolve([...databases.values()].map((d) => ({ name: d.name, version: d.version }))),
  };
  return factory as unknown as IDBFactory;
}

/**
 * idb checks values with `instanceof IDBRequest`, `IDBDatabase`… Node has none of these
 * classes: install the fake ones as globals (once; harmless in Node).
 */
export function installFakeIdbClasses(): void {
  const g = globalThis as Record<string, unknown>;
  g.IDBRequest ??= FakeRequest;
  g.IDBOpenDBRequest ??= FakeRequest;
  g.IDBDatabase ??= FakeDatabase;
  g.IDBTransaction ??= FakeTransaction;
  g.IDBObjectStore ??= FakeObjectStore;
  g.IDBIndex ??= FakeIndex;
  g.IDBCursor ??= FakeCursor;
}
