import { isRetryable, sendAlertAction } from './actions';
import { createActionQueue, type ActionQueue } from './queue';
import { createIdbQueueStore, createMemoryQueueStore } from './queue-store';

/**
 * The page's one alert-action outbox: IndexedDB where the browser has it, memory otherwise.
 * It starts by sending what an earlier page left behind, and retries at once when the browser
 * comes back online. One per page: two queues on one store would send an action twice.
 */
let client: ActionQueue | null = null;

export function alertActionClient(): ActionQueue {
  if (client) return client;
  const hasIdb = typeof indexedDB !== 'undefined';
  const hasWindow = typeof window !== 'undefined';
  const queue = createActionQueue({
    store: hasIdb ? createIdbQueueStore() : createMemoryQueueStore(),
    send: sendAlertAction,
    isRetryable,
    isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
  });
  if (hasWindow) {
    window.addEventListener('online', () => {
      void queue.retryNow();
    });
  }
  void queue.load();
  client = queue;
  return queue;
}

/** Tests: a fresh outbox (the previous one stops its timers). */
export function resetAlertActionClient(): void {
  client?.dispose();
  client = null;
}
