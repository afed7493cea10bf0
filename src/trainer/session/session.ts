import { setClockSource, notifyClockChange } from '../../ui/clock';
import {
  createVirtualClock,
  isAtEnd,
  jumpTo as jumpClock,
  pause as pauseClock,
  play as playClock,
  setRate,
  step as stepClock,
  virtualNow,
  type SpeedMultiplier,
  type VirtualClock,
} from '../../domain/time/virtual-clock';
import type { Scenario } from '../scenario/format';
import { clockSpec, mockControl, scenarioSpec } from './mock-bridge';

/**
 * The trainer session: the scenario in play and its virtual clock. A module store (read with
 * useSyncExternalStore) because it outlives screens: the watermark and the clock stay while
 * the trainer shows the overview or the alerts in rehearsal mode (`?trainer=<scenario>`).
 * Zustand is for src/stores; this store is trainer mode's own and tiny.
 */
export interface SessionState {
  readonly scenario: Scenario | null;
  readonly clock: VirtualClock | null;
  readonly multiplier: SpeedMultiplier;
  /** false when the page runs on real sources: the clock runs, the data does not follow */
  readonly mocksDriven: boolean;
  /** bumped at every discontinuity (load, reset, step, jump): data must be refetched */
  readonly epoch: number;
  readonly loading: boolean;
}

const INITIAL: SessionState = {
  scenario: null,
  clock: null,
  multiplier: 1,
  mocksDriven: false,
  epoch: 0,
  loading: false,
};

let state: SessionState = INITIAL;
const listeners = new Set<() => void>();

export function sessionState(): SessionState {
  return state;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const realNow = (): number => Date.now();

function set(next: Partial<SessionState>, options: { discontinuity?: boolean } = {}): void {
  state = {
    ...state,
    ...next,
    epoch: options.discontinuity === true ? state.epoch + 1 : state.epoch,
  };
  const clock = state.clock;
  if (clock !== null && state.mocksDriven) mockControl()?.apply(clockSpec(clock, realNow()));
  notifyClockChange();
  for (const l of listeners) l();
}

/** The virtual "now" of the session (the real clock when no scenario is loaded). */
export function sessionNow(): number {
  return state.clock === null ? realNow() : virtualNow(state.clock, realNow());
}

/** Starts a scenario: mocks reset to its story, clock paused at its start. */
export async function loadScenario(scenario: Scenario): Promise<void> {
  state = { ...state, loading: true };
  for (const l of listeners) l();
  const mocks = mockControl();
  if (mocks) {
    await mocks.reset();
    // The clock first (frozen at the start), then the story that starts on it.
    mocks.apply(`freeze:${new Date(scenario.start).toISOString()},${scenarioSpec(scenario)}`);
  }
  const clock = createVirtualClock(
    {
      startMs: scenario.start,
      endMs: scenario.start + scenario.duration,
      rate: scenario.baseRate * state.multiplier,
    },
    realNow(),
  );
  setClockSource(sessionNow);
  set({ scenario, clock, mocksDriven: mocks !== null, loading: false }, { discontinuity: true });
}

/** Leaves trainer mode: real clock, mocks back to their defaults. */
export async function leaveSession(): Promise<void> {
  const wasDriven = state.mocksDriven;
  state = { ...INITIAL, epoch: state.epoch + 1 };
  setClockSource(null);
  for (const l of listeners) l();
  if (wasDriven) await mockControl()?.reset();
}

function update(change: (clock: VirtualClock, real: number) => VirtualClock, jump: boolean): void {
  if (state.clock === null) return;
  set({ clock: change(state.clock, realNow()) }, { discontinuity: jump });
}

export function play(): void {
  if (state.clock !== null && isAtEnd(state.clock, realNow())) return;
  update(playClock, false);
}

export function pause(): void {
  update(pauseClock, false);
}

export function stepForward(): void {
  const size = state.scenario?.step ?? 0;
  update((c, r) => stepClock(c, size, r), true);
}

export function stepBack(): void {
  const size = state.scenario?.step ?? 0;
  update((c, r) => stepClock(c, -size, r), true);
}

/** Moves to an offset from the scenario's start. */
export function jumpToOffset(offsetMs: number): void {
  const start = state.scenario?.start;
  if (start === undefined) return;
  update((c, r) => jumpClock(c, start + offsetMs, r), true);
}

export function setMultiplier(multiplier: SpeedMultiplier): void {
  const base = state.scenario?.baseRate;
  state = { ...state, multiplier };
  if (base === undefined) return;
  update((c, r) => setRate(c, base * multiplier, r), false);
}

/**
 * Back to the exact initial state: the mocks forget the alerts raised and every action on
 * them, the story restarts, the clock is paused at the start.
 */
export async function resetSession(): Promise<void> {
  const scenario = state.scenario;
  if (scenario === null) return;
  await loadScenario(scenario);
}

/** Called by the ticker: a running clock that reached the end stops (and the mocks freeze). */
export function stopAtEnd(): void {
  if (state.clock !== null && !state.clock.paused && isAtEnd(state.clock, realNow())) {
    update(pauseClock, false);
  }
}
