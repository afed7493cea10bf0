import { useEffect, useState, useSyncExternalStore } from 'react';
import { virtualNow, type VirtualClock } from '../../domain/time/virtual-clock';
import { sessionNow, sessionState, subscribeSession, type SessionState } from './session';

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, sessionState);
}

/**
 * The session's virtual now: exact while paused (it does not move), re-read every `intervalMs`
 * while the clock runs. A tick belongs to the clock state it was read from, so a jump or a
 * reset shows its new instant at once, not the last tick of the previous state.
 */
export function useSessionNow(intervalMs = 250): number {
  const { clock } = useSession();
  const running = clock !== null && !clock.paused;
  const [tick, setTick] = useState<{ clock: VirtualClock | null; now: number }>(() => ({
    clock: sessionState().clock,
    now: sessionNow(),
  }));
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => {
      setTick({ clock, now: virtualNow(clock, Date.now()) });
    }, intervalMs);
    return () => {
      window.clearInterval(id);
    };
  }, [clock, running, intervalMs]);
  if (clock === null) return tick.now;
  if (!running) return virtualNow(clock, clock.anchorRealMs);
  return tick.clock === clock ? tick.now : clock.anchorVirtualMs;
}
