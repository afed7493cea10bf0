/**
 * Time slicing for work on the main thread (issue #8): a 1,000-row page parsed in one go held
 * the thread for 50–150 ms. Loops call `due()` per row and, when the slice is used up, await
 * `pause()`, which gives the event loop (input, rendering, other tasks) a turn.
 */
export interface Slicer {
  /** true when the current slice has run for `budgetMs` or more */
  due(): boolean;
  /** yields to the event loop and starts a new slice */
  pause(): Promise<void>;
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** `scheduler.yield()` where the browser has it (keeps the task's priority), else a macrotask. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    // A message is a macrotask without setTimeout's ≥ 4 ms clamp after nested timers.
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export const DEFAULT_SLICE_MS = 8;

export function createSlicer(
  budgetMs: number = DEFAULT_SLICE_MS,
  clock: () => number = () => performance.now(),
  yieldFn: () => Promise<void> = yieldToEventLoop,
): Slicer {
  let start = clock();
  return {
    due: () => clock() - start >= budgetMs,
    async pause() {
      await yieldFn();
      start = clock();
    },
  };
}
