/**
 * The wall's rotation as a pure state machine: which scene is on screen, how long it has been
 * there, and the notes about scenes skipped because all their sources failed. Time enters only
 * through `tick(dtMs)`, so a paused wall, a hidden tab or a test clock all behave the same.
 */
export interface RotationState {
  /** durations of the playlist's scenes, in ms (the playlist order) */
  readonly durations: readonly number[];
  readonly index: number;
  /** time the current scene has been on screen, ms (paused time excluded) */
  readonly elapsedMs: number;
  readonly paused: boolean;
  /** completed passes through the playlist */
  readonly round: number;
  /** scenes skipped on the last advance (their sources all failed): shown as a note */
  readonly skipped: readonly number[];
  /** advances so far: the watchdog checks that this keeps moving */
  readonly advances: number;
}

/** Whether the scene at an index has data to show (false: every source failed). */
export type SceneAvailable = (index: number) => boolean;

export type RotationCommand =
  | { readonly type: 'togglePause' }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'jump'; readonly index: number };

export function startRotation(
  durations: readonly number[],
  resume?: { index: number; elapsedMs: number; paused?: boolean },
): RotationState {
  if (durations.length === 0) throw new Error('a rotation needs at least one scene');
  const index =
    resume && Number.isInteger(resume.index) && resume.index >= 0 && resume.index < durations.length
      ? resume.index
      : 0;
  const duration = durations[index] ?? 0;
  const elapsedMs =
    resume && index === resume.index && resume.elapsedMs >= 0 && resume.elapsedMs < duration
      ? resume.elapsedMs
      : 0;
  return {
    durations,
    index,
    elapsedMs,
    paused: resume?.paused ?? false,
    round: 0,
    skipped: [],
    advances: 0,
  };
}

function wrap(index: number, length: number): number {
  return ((index % length) + length) % length;
}

/**
 * Moves `step` (+1 or −1) from the current scene, past scenes with nothing to show. If no scene
 * has data the next one is shown anyway (its panels show the last good data or their errors):
 * the wall never stops and never blanks.
 */
function advance(state: RotationState, step: 1 | -1, available: SceneAvailable): RotationState {
  const n = state.durations.length;
  const skipped: number[] = [];
  let candidate = state.index;
  let wrapped = 0;
  for (let i = 0; i < n; i++) {
    const next = wrap(candidate + step, n);
    if (step === 1 && next <= candidate) wrapped++;
    candidate = next;
    if (available(candidate)) break;
    if (i === n - 1) {
      // Nothing can be shown: go one step and show it anyway.
      candidate = wrap(state.index + step, n);
      skipped.length = 0;
      wrapped = step === 1 && candidate <= state.index ? 1 : 0;
      break;
    }
    skipped.push(candidate);
  }
  return {
    ...state,
    index: candidate,
    elapsedMs: 0,
    round: state.round + (wrapped > 0 ? 1 : 0),
    skipped,
    advances: state.advances + 1,
  };
}

/** Time passes: the scene changes when its duration is up (unless paused). */
export function tick(state: RotationState, dtMs: number, available: SceneAvailable): RotationState {
  if (state.paused || dtMs <= 0) return state;
  let next: RotationState = { ...state, elapsedMs: state.elapsedMs + dtMs };
  // A long gap (a throttled tab) moves at most one playlist length, not a burst of scenes.
  for (let guard = 0; guard < next.durations.length; guard++) {
    const duration = next.durations[next.index] ?? 0;
    if (next.elapsedMs < duration) break;
    const over = next.elapsedMs - duration;
    next = advance(next, 1, available);
    next = { ...next, elapsedMs: Math.min(over, (next.durations[next.index] ?? 1) - 1) };
  }
  return next;
}

/** Keyboard or remote control. A jump to a scene shows it even if its sources failed. */
export function command(
  state: RotationState,
  cmd: RotationCommand,
  available: SceneAvailable,
): RotationState {
  switch (cmd.type) {
    case 'togglePause':
      return { ...state, paused: !state.paused };
    case 'next':
      return advance(state, 1, available);
    case 'previous':
      return advance(state, -1, available);
    case 'jump':
      if (!Number.isInteger(cmd.index) || cmd.index < 0 || cmd.index >= state.durations.length) {
        return state;
      }
      return {
        ...state,
        index: cmd.index,
        elapsedMs: 0,
        skipped: [],
        advances: state.advances + 1,
      };
  }
}

/** The scene to prepare in the background: the one `tick` would move to next. */
export function upcomingIndex(state: RotationState, available: SceneAvailable): number {
  return advance(state, 1, available).index;
}

/** ms until the current scene changes (Infinity while paused). */
export function remainingMs(state: RotationState): number {
  if (state.paused) return Number.POSITIVE_INFINITY;
  return Math.max(0, (state.durations[state.index] ?? 0) - state.elapsedMs);
}
