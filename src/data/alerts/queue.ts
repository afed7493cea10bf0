import type { AlertAction } from './actions';
import type { AlertView } from './alert-view';
import type { QueueStore } from './queue-store';

/**
 * The outbox of alert actions. An action is written to the store first, then sent; so an
 * action taken with the network down (or the alerts service failing) is never lost: it waits,
 * shown as pending, is retried with exponential backoff and as soon as the browser is back
 * online, and survives a reload (the store is IndexedDB). Actions go out one at a time in the
 * order they were taken (acknowledge before assign before resolve). A refusal by the server
 * (400/404/409) is not retried: the entry is kept as "rejected" with the reason until the
 * person dismisses it.
 */
export interface QueuedAction {
  readonly id: string;
  /** order taken; actions are sent in this order */
  readonly seq: number;
  readonly action: AlertAction;
  readonly createdAtMs: number;
  readonly attempts: number;
  readonly nextAttemptAtMs: number;
  readonly status: 'pending' | 'rejected';
  readonly lastError: string | null;
}

export interface Backoff {
  readonly baseMs: number;
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 2_000, maxMs: 60_000 };

/** Wait before attempt n+1 after n failed attempts: base · 2^(n−1), capped. */
export function backoffDelay(attempts: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  if (attempts <= 0) return 0;
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(30, attempts - 1));
}

export interface ActionQueueOptions {
  readonly store: QueueStore;
  readonly send: (action: AlertAction) => Promise<AlertView>;
  readonly isRetryable: (error: unknown) => boolean;
  readonly now?: () => number;
  readonly isOnline?: () => boolean;
  readonly backoff?: Backoff;
  readonly newId?: () => string;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
}

export interface ActionQueue {
  /** reads what an earlier page left in the store, then tries to send it */
  load(): Promise<void>;
  enqueue(action: AlertAction): Promise<QueuedAction>;
  /** sends what is due, in order; one flush at a time */
  flush(): Promise<void>;
  /** back online (or "retry now"): every pending action is due at once */
  retryNow(): Promise<void>;
  dismiss(id: string): Promise<void>;
  entries(): readonly QueuedAction[];
  subscribe(listener: () => void): () => void;
  onSent(listener: (alert: AlertView, entry: QueuedAction) => void): () => void;
  dispose(): void;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

export function createActionQueue(options: ActionQueueOptions): ActionQueue {
  const now = options.now ?? Date.now;
  const isOnline = options.isOnline ?? (() => true);
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const setTimer =
    options.setTimer ?? ((run: () => void, ms: number) => globalThis.setTimeout(run, ms));
  const clearTimer =
    options.clearTimer ??
    ((h: unknown) => {
      globalThis.clearTimeout(h as ReturnType<typeof setTimeout>);
    });

  let list: QueuedAction[] = [];
  let loaded: Promise<void> | null = null;
  let flushing: Promise<void> | null = null;
  // Set by a flush() that arrives while one runs: the running one goes round once more.
  const pass = { again: false };
  const again = () => pass.again;
  let timer: unknown = null;
  let disposed = false;
  const listeners = new Set<() => void>();
  const sentListeners = new Set<(alert: AlertView, entry: QueuedAction) => void>();

  const emit = () => {
    for (const l of listeners) l();
  };
  const replace = (entry: QueuedAction) => {
    list = list.map((e) => (e.id === entry.id ? entry : e));
    emit();
  };
  const schedule = (atMs: number) => {
    if (timer !== null) clearTimer(timer);
    timer = setTimer(
      () => {
        timer = null;
        void flush();
      },
      Math.max(0, atMs - now()),
    );
  };

  async function runFlush(): Promise<void> {
    for (;;) {
      if (disposed) return;
      const next = list.find((e) => e.status === 'pending');
      if (next === undefined) return;
      // Offline: nothing to try; the "online" event calls retryNow.
      if (!isOnline()) return;
      if (next.nextAttemptAtMs > now()) {
        schedule(next.nextAttemptAtMs);
        return;
      }
      try {
        const alert = await options.send(next.action);
        await options.store.delete(next.id);
        list = list.filter((e) => e.id !== next.id);
        emit();
        for (const l of sentListeners) l(alert, next);
      } catch (error) {
        const attempts = next.attempts + 1;
        if (options.isRetryable(error)) {
          const failed: QueuedAction = {
            ...next,
            attempts,
            nextAttemptAtMs: now() + backoffDelay(attempts, backoff),
            lastError: errorText(error),
          };
          await options.store.put(failed);
          replace(failed);
          // Strict order: later actions wait behind this one.
          schedule(failed.nextAttemptAtMs);
          return;
        }
        const rejected: QueuedAction = {
          ...next,
          attempts,
          status: 'rejected',
          lastError: errorText(error),
        };
        await options.store.put(rejected);
        replace(rejected);
      }
    }
  }

  async function flush(): Promise<void> {
    await load();
    if (flushing) {
      pass.again = true;
      return flushing;
    }
    flushing = (async () => {
      try {
        do {
          pass.again = false;
          await runFlush();
        } while (again());
      } finally {
        flushing = null;
      }
    })();
    return flushing;
  }

  function load(): Promise<void> {
    loaded ??= options.store.all().then((stored) => {
      const known = new Set(list.map((e) => e.id));
      list = [...stored.filter((e) => !known.has(e.id)), ...list].sort((a, b) => a.seq - b.seq);
      emit();
    });
    return loaded;
  }

  return {
    load: async () => {
      await load();
      void flush();
    },
    async enqueue(action) {
      await load();
      const entry: QueuedAction = {
        id: newId(),
        seq: list.reduce((max, e) => Math.max(max, e.seq), -1) + 1,
        action,
        createdAtMs: now(),
        attempts: 0,
        nextAttemptAtMs: now(),
        status: 'pending',
        lastError: null,
      };
      // Stored before any attempt: a reload or a crash mid-send loses nothing.
      await options.store.put(entry);
      list = [...list, entry];
      emit();
      void flush();
      return entry;
    },
    flush,
    async retryNow() {
      await load();
      const t = now();
      for (const e of list) {
        if (e.status === 'pending' && e.nextAttemptAtMs > t) {
          const due = { ...e, nextAttemptAtMs: t };
          await options.store.put(due);
          replace(due);
        }
      }
      await flush();
    },
    async dismiss(id) {
      await options.store.delete(id);
      list = list.filter((e) => e.id !== id);
      emit();
    },
    entries: () => list,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onSent(listener) {
      sentListeners.add(listener);
      return () => sentListeners.delete(listener);
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimer(timer);
      listeners.clear();
      sentListeners.clear();
    },
  };
}
