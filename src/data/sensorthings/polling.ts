import type { PollCursor } from './client';
import { toSensorFailure } from './failure';
import type { FeedContext, LiveTransport } from './feed';
import { yieldToEventLoop } from './slice';

/**
 * The default transport: every `intervalMs`, ask the REST service for what arrived after the
 * cursor (`$filter=phenomenonTime gt …`). A failed poll keeps the values on screen, marks the
 * feed reconnecting and tries again at the next tick; the cursor does not move, so nothing is lost.
 */
export function pollingTransport(options: { readonly intervalMs: number }): LiveTransport {
  return {
    kind: 'polling',
    start(ctx: FeedContext) {
      const run = { stopped: false };
      const isStopped = () => run.stopped;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const controller = new AbortController();
      const start = ctx.cursorMs();
      let cursor: PollCursor = { phenomenonMs: start ?? ctx.now() - 3_600_000, resultMs: null };
      const wanted = new Set(ctx.datastreamIds);

      async function tick(): Promise<void> {
        try {
          const batch = await ctx.client.observationsSince(cursor, { signal: controller.signal });
          // The batch is handed over in a task of its own: the last parse slice and the store
          // update (which React renders synchronously) must not add up to one long task.
          await yieldToEventLoop();
          if (run.stopped) return;
          cursor = batch.cursor;
          ctx.deliver(batch.observations.filter((o) => wanted.has(o.datastreamId)));
        } catch (e) {
          if (run.stopped) return;
          ctx.status({ state: 'reconnecting', error: toSensorFailure(e) });
        }
        // deliver() runs listeners, which may have stopped the feed meanwhile.
        if (!isStopped()) timer = setTimeout(() => void tick(), options.intervalMs);
      }
      ctx.status({ state: 'live' });
      timer = setTimeout(() => void tick(), options.intervalMs);
      return () => {
        run.stopped = true;
        clearTimeout(timer);
        controller.abort();
      };
    },
  };
}
