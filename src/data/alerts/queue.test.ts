import { createFakeIndexedDB, installFakeIdbClasses } from '../../../mocks/alerts/fake-indexeddb';
import { HttpFailure } from '../http/errors';
import { isRetryable, type AlertAction } from './actions';
import type { AlertView } from './alert-view';
import { backoffDelay, createActionQueue, type ActionQueueOptions } from './queue';
import { createIdbQueueStore, createMemoryQueueStore, type QueueStore } from './queue-store';

/** The alert-action outbox: offline queueing, retries with backoff, order, reload survival. */

const ACK: AlertAction = { kind: 'acknowledge', alertId: 'al-1', by: 'Trưởng phòng' };
const ASSIGN: AlertAction = {
  kind: 'assign',
  alertId: 'al-1',
  by: 'Trưởng phòng',
  assignee: 'so-nnmt',
};
const view = (id: string) => ({ id }) as unknown as AlertView;
const down = () => new HttpFailure('network', 'u', 'Failed to fetch');

/** A clock and timers the test moves by hand. */
function harness(store: QueueStore, send: ActionQueueOptions['send'], online = { value: true }) {
  let t = 1_000_000;
  let timers: { at: number; run: () => void }[] = [];
  let ids = 0;
  const queue = createActionQueue({
    store,
    send,
    isRetryable,
    now: () => t,
    isOnline: () => online.value,
    newId: () => `q${String(++ids)}`,
    setTimer: (run, ms) => {
      const timer = { at: t + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimer: (h) => {
      timers = timers.filter((x) => x !== h);
    },
  });
  return {
    queue,
    online,
    /** moves the clock, firing due timers, and lets the sends settle */
    async advance(ms: number) {
      t += ms;
      const due = timers.filter((x) => x.at <= t);
      timers = timers.filter((x) => x.at > t);
      for (const x of due) x.run();
      await settle();
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('backoff', () => {
  test.each([
    [0, 0],
    [1, 2_000],
    [2, 4_000],
    [3, 8_000],
    [6, 60_000],
    [50, 60_000],
  ])('after %i failures: %i ms', (attempts, ms) => {
    expect(backoffDelay(attempts)).toBe(ms);
  });
});

describe('which failures are retried', () => {
  test.each([
    [new HttpFailure('network', 'u', 'x'), true],
    [new HttpFailure('timeout', 'u', 'x'), true],
    [new HttpFailure('http', 'u', 'HTTP 503', 503), true],
    [new HttpFailure('http', 'u', 'HTTP 500', 500), true],
    [new HttpFailure('http', 'u', 'HTTP 409', 409), false],
    [new HttpFailure('http', 'u', 'HTTP 400', 400), false],
    [new Error('contract'), false],
  ])('%s → %s', (error, retry) => {
    expect(isRetryable(error)).toBe(retry);
  });
});

describe('alert action queue', () => {
  test('offline: queued, not sent, then sent in order once online', async () => {
    const sent: AlertAction[] = [];
    const h = harness(
      createMemoryQueueStore(),
      (a) => {
        sent.push(a);
        return Promise.resolve(view(a.alertId));
      },
      { value: false },
    );
    await h.queue.enqueue(ACK);
    await h.queue.enqueue(ASSIGN);
    await settle();
    expect(sent).toEqual([]);
    expect(h.queue.entries().map((e) => [e.action.kind, e.status])).toEqual([
      ['acknowledge', 'pending'],
      ['assign', 'pending'],
    ]);
    h.online.value = true;
    await h.queue.retryNow();
    expect(sent.map((a) => a.kind)).toEqual(['acknowledge', 'assign']);
    expect(h.queue.entries()).toEqual([]);
  });

  test('a failing send is retried with backoff, later actions wait behind it', async () => {
    let failures = 2;
    const sent: string[] = [];
    const h = harness(createMemoryQueueStore(), (a) => {
      if (failures > 0) {
        failures--;
        return Promise.reject(down());
      }
      sent.push(a.kind);
      return Promise.resolve(view(a.alertId));
    });
    await h.queue.enqueue(ACK);
    await h.queue.enqueue(ASSIGN);
    await settle();
    expect(h.queue.entries()[0]).toMatchObject({ attempts: 1, lastError: 'Failed to fetch' });
    await h.advance(1_999);
    expect(h.queue.entries()[0]?.attempts).toBe(1);
    await h.advance(1);
    expect(h.queue.entries()[0]?.attempts).toBe(2);
    expect(sent).toEqual([]);
    await h.advance(4_000);
    expect(sent).toEqual(['acknowledge', 'assign']);
    expect(h.queue.entries()).toEqual([]);
  });

  test('a refusal (409) is kept as rejected, not retried, and the next action still goes', async () => {
    let calls = 0;
    const h = harness(createMemoryQueueStore(), (a) => {
      calls++;
      return a.kind === 'acknowledge'
        ? Promise.reject(new HttpFailure('http', 'u', 'HTTP 409: cannot acknowledge', 409))
        : Promise.resolve(view(a.alertId));
    });
    await h.queue.enqueue(ACK);
    await h.queue.enqueue(ASSIGN);
    await settle();
    await h.advance(120_000);
    expect(calls).toBe(2);
    expect(h.queue.entries()).toMatchObject([
      { status: 'rejected', lastError: 'HTTP 409: cannot acknowledge' },
    ]);
    await h.queue.dismiss(h.queue.entries()[0]!.id);
    expect(h.queue.entries()).toEqual([]);
  });

  test('notifies with the alert the server returned', async () => {
    const h = harness(createMemoryQueueStore(), (a) => Promise.resolve(view(`${a.alertId}!`)));
    const got: string[] = [];
    h.queue.onSent((alert, entry) => got.push(`${alert.id}/${entry.action.kind}`));
    await h.queue.enqueue(ACK);
    await settle();
    expect(got).toEqual(['al-1!/acknowledge']);
  });

  test('survives a reload: a new page on the same IndexedDB sends what was left', async () => {
    installFakeIdbClasses();
    const factory = createFakeIndexedDB();
    const first = harness(createIdbQueueStore('q-test', factory), () => Promise.reject(down()), {
      value: false,
    });
    await first.queue.enqueue(ACK);
    await first.queue.enqueue(ASSIGN);
    first.queue.dispose(); // the page goes away

    const sent: string[] = [];
    const second = harness(createIdbQueueStore('q-test', factory), (a) => {
      sent.push(a.kind);
      return Promise.resolve(view(a.alertId));
    });
    await second.queue.load();
    await vi.waitFor(() => {
      expect(sent).toEqual(['acknowledge', 'assign']);
    });
    await vi.waitFor(() => {
      expect(second.queue.entries()).toEqual([]);
    });
    expect(await createIdbQueueStore('q-test', factory).all()).toEqual([]);
  });

  test('stored garbage is dropped, valid entries kept in order', async () => {
    installFakeIdbClasses();
    const factory = createFakeIndexedDB();
    const store = createIdbQueueStore('q-garbage', factory);
    const h = harness(store, () => Promise.reject(down()), { value: false });
    await h.queue.enqueue(ACK);
    await store.put({ id: 'bad', seq: -1 } as never);
    const all = await createIdbQueueStore('q-garbage', factory).all();
    expect(all.map((e) => e.action.kind)).toEqual(['acknowledge']);
  });
});
