/**
 * The app's "now": every time-dependent display (data age, freshness, the clock) reads it here
 * instead of calling Date.now().
 *
 * Why a module value, like the runtime configuration (data/config/current-config.ts): there is
 * one clock for the whole page, it changes only when trainer mode takes it over, and every
 * reader (hooks, panel transforms, contract parsers given `nowMs`) needs the same instant.
 * Threading it through React context would add a provider to every test and render path
 * without adding safety. Trainer mode installs its virtual clock with `setClockSource` and
 * restores the real clock when it leaves; subscribers are told so that displays re-read at once
 * (a pause, a step or a jump must not wait for the next timer).
 */
export type ClockSource = () => number;

const realClock: ClockSource = () => Date.now();
let source: ClockSource = realClock;
const listeners = new Set<() => void>();

export function clockNow(): number {
  return source();
}

/** Replaces the clock (trainer mode); `null` goes back to the real clock. Notifies subscribers. */
export function setClockSource(next: ClockSource | null): void {
  source = next ?? realClock;
  notifyClockChange();
}

export function isVirtualClock(): boolean {
  return source !== realClock;
}

/** Tells subscribers the clock moved other than by running (pause, step, jump, reset). */
export function notifyClockChange(): void {
  for (const listener of listeners) listener();
}

export function subscribeClock(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
