import { useEffect, useState } from 'react';

/**
 * The current time, re-read every `intervalMs`, so that "5 minutes ago" keeps counting on a
 * wall that is never reloaded. One timer per caller; cheap at this cadence.
 */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => {
      setNow(Date.now());
    }, intervalMs);
    return () => {
      window.clearInterval(id);
    };
  }, [intervalMs]);
  return now;
}
