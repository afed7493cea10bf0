import { useEffect, useState } from 'react';
import { clockNow, subscribeClock } from './clock';

/**
 * The current time from the app's clock (ui/clock.ts: real, or trainer mode's virtual clock),
 * re-read every `intervalMs` so that "5 minutes ago" keeps counting on a wall that is never
 * reloaded, and at once when the clock is set, paused, stepped or reset. One timer per caller;
 * cheap at this cadence.
 */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => clockNow());
  useEffect(() => {
    const update = () => {
      setNow(clockNow());
    };
    const id = window.setInterval(update, intervalMs);
    const unsubscribe = subscribeClock(update);
    // The clock may have been replaced between the first render and this effect.
    update();
    return () => {
      window.clearInterval(id);
      unsubscribe();
    };
  }, [intervalMs]);
  return now;
}
