import { createFakeIndexedDB, installFakeIdbClasses } from './fake-indexeddb';
import { createIdbAlertStore } from './idb-store';
import { STORED_ALERT_VERSION, type StoredAlert } from './store';

/**
 * The IndexedDB store through `idb`, on a minimal fake IndexedDB (Node has none). The browser
 * run is covered by e2e (docs/mocks.md: alerts survive a reload).
 */
function alert(id: string, scope = '1|92'): StoredAlert {
  return {
    v: STORED_ALERT_VERSION,
    id,
    scope,
    key: `rule=x|unitCode=${id}`,
    ruleId: 'x',
    kind: 'sla',
    severity: 'warning',
    state: 'open',
    subject: { unitCode: '92' },
    value: 3,
    threshold: 1,
    title: 'Ba hồ sơ quá hạn',
    raisedAt: 1,
    updatedAt: 1,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    assignee: null,
    assignedAt: null,
    history: [],
    notes: [],
    audit: [],
    conditionActive: true,
  };
}

beforeAll(installFakeIdbClasses);

describe('IndexedDB alert store', () => {
  test('put, get, list by scope, clear', async () => {
    const store = createIdbAlertStore('test-1', createFakeIndexedDB());
    await store.put([alert('a'), alert('b'), alert('c', '2|01')]);
    expect((await store.get('a'))?.title).toBe('Ba hồ sơ quá hạn');
    expect((await store.list('1|92')).map((a) => a.id).sort()).toEqual(['a', 'b']);
    await store.put([
      { ...alert('a'), state: 'acknowledged', acknowledgedAt: 2, acknowledgedBy: 'A' },
    ]);
    expect((await store.get('a'))?.state).toBe('acknowledged');
    await store.clear();
    expect(await store.list('1|92')).toEqual([]);
  });

  test('survives a "reload": a new store on the same database sees the data', async () => {
    const disk = createFakeIndexedDB();
    await createIdbAlertStore('test-2', disk).put([alert('kept')]);
    const reopened = createIdbAlertStore('test-2', disk);
    expect((await reopened.get('kept'))?.id).toBe('kept');
  });

  test('records that are not valid alerts are skipped, not trusted', async () => {
    const disk = createFakeIndexedDB();
    const store = createIdbAlertStore('test-3', disk);
    await store.put([
      alert('good'),
      { ...alert('bad'), severity: 'apocalyptic' } as unknown as StoredAlert,
    ]);
    expect((await store.list('1|92')).map((a) => a.id)).toEqual(['good']);
    expect(await store.get('bad')).toBeUndefined();
  });
});
