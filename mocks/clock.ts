/**
 * The mocks' "now": one clock for every mock source, so that sensors, dossiers and alerts agree
 * on the time. By default it is the real clock. A trainer scenario runs a virtual clock that
 * starts at a chosen instant and runs faster than real time (`speed:60` = one virtual hour per
 * real minute); tests freeze it.
 *
 * Virtual time is `start + (real − realAtStart) × speed`. A virtual clock that runs ahead of
 * real time makes every as-of "in the future" for an app that checks against its own clock:
 * the app must then read its "now" from `mockNow()` (docs/mocks.md, "Virtual clock").
 */
export interface ClockState {
  readonly mode: 'real' | 'virtual' | 'frozen';
  readonly nowMs: number;
  /** virtual seconds per real second (1 for the real clock, 0 when frozen) */
  readonly speed: number;
}

type Provider = () => number;

const realNow: Provider = () => Date.now();
let provider: Provider = realNow;
let state: { mode: ClockState['mode']; speed: number } = { mode: 'real', speed: 1 };

export function mockNow(): number {
  return provider();
}

/** Replace the clock with any provider (kept for callers of the first version of this module). */
export function setMockNow(next: () => number): void {
  provider = next;
  state = { mode: 'virtual', speed: 1 };
}

/** A virtual clock: starts at `startMs` (default: now) and runs `speed` times real time. */
export function startVirtualClock(options: { startMs?: number; speed?: number } = {}): void {
  const realAtStart = Date.now();
  const start = options.startMs ?? realAtStart;
  const speed = options.speed ?? 1;
  if (!Number.isFinite(start) || !Number.isFinite(speed) || speed < 0) {
    throw new Error('virtual clock needs a finite start and a non-negative speed');
  }
  provider = () => start + (Date.now() - realAtStart) * speed;
  state = { mode: 'virtual', speed };
}

/** Stop time at an instant (tests: byte-identical output needs a fixed "now"). */
export function freezeClock(atMs: number): void {
  provider = () => atMs;
  state = { mode: 'frozen', speed: 0 };
}

export function resetClock(): void {
  provider = realNow;
  state = { mode: 'real', speed: 1 };
}

export function clockState(): ClockState {
  return { ...state, nowMs: provider() };
}
