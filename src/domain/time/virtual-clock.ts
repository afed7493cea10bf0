/**
 * Arithmetic of the trainer's virtual clock, as pure functions of a state and the real time.
 *
 * Virtual time runs `rate` virtual milliseconds per real millisecond from an anchor:
 *   virtual(real) = anchorVirtualMs + (real − anchorRealMs) × rate      (while running)
 *   virtual(real) = anchorVirtualMs                                      (while paused)
 * capped to [startMs, endMs]. Every change (play, pause, a new speed, a jump) re-anchors at the
 * current virtual instant, so changing speed never makes time jump. The real time is always an
 * argument: nothing here reads a clock, so the arithmetic is testable at any speed.
 */
export interface VirtualClock {
  /** the scenario's start: where reset returns */
  readonly startMs: number;
  /** the scenario's end: time stops there (null: runs on) */
  readonly endMs: number | null;
  readonly anchorVirtualMs: number;
  readonly anchorRealMs: number;
  /** virtual ms per real ms */
  readonly rate: number;
  readonly paused: boolean;
}

export interface ClockInit {
  readonly startMs: number;
  readonly endMs?: number | null;
  readonly rate: number;
}

function checkRate(rate: number): void {
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new RangeError(`virtual clock rate must be a positive finite number, got ${rate}`);
  }
}

function clamp(clock: Pick<VirtualClock, 'startMs' | 'endMs'>, virtualMs: number): number {
  const low = Math.max(clock.startMs, virtualMs);
  return clock.endMs === null ? low : Math.min(clock.endMs, low);
}

/** A clock paused at the start. */
export function createVirtualClock(init: ClockInit, realMs: number): VirtualClock {
  checkRate(init.rate);
  const endMs = init.endMs ?? null;
  if (endMs !== null && endMs < init.startMs) {
    throw new RangeError('virtual clock end is before its start');
  }
  return {
    startMs: init.startMs,
    endMs,
    anchorVirtualMs: init.startMs,
    anchorRealMs: realMs,
    rate: init.rate,
    paused: true,
  };
}

/** The virtual instant at a real instant. */
export function virtualNow(clock: VirtualClock, realMs: number): number {
  if (clock.paused) return clamp(clock, clock.anchorVirtualMs);
  return clamp(clock, clock.anchorVirtualMs + (realMs - clock.anchorRealMs) * clock.rate);
}

/** True once virtual time has reached the end (a running clock then stands still). */
export function isAtEnd(clock: VirtualClock, realMs: number): boolean {
  return clock.endMs !== null && virtualNow(clock, realMs) >= clock.endMs;
}

/** Whether time is moving at this real instant (playing and not at the end). */
export function isRunning(clock: VirtualClock, realMs: number): boolean {
  return !clock.paused && !isAtEnd(clock, realMs);
}

function reanchor(
  clock: VirtualClock,
  realMs: number,
  changes: Partial<Pick<VirtualClock, 'rate' | 'paused' | 'anchorVirtualMs'>>,
): VirtualClock {
  return {
    ...clock,
    anchorVirtualMs: changes.anchorVirtualMs ?? virtualNow(clock, realMs),
    anchorRealMs: realMs,
    rate: changes.rate ?? clock.rate,
    paused: changes.paused ?? clock.paused,
  };
}

export function play(clock: VirtualClock, realMs: number): VirtualClock {
  return reanchor(clock, realMs, { paused: false });
}

export function pause(clock: VirtualClock, realMs: number): VirtualClock {
  return reanchor(clock, realMs, { paused: true });
}

/** A new rate, continuing from the current virtual instant (no jump). */
export function setRate(clock: VirtualClock, rate: number, realMs: number): VirtualClock {
  checkRate(rate);
  return reanchor(clock, realMs, { rate });
}

/** Moves to a virtual instant (clamped to the scenario), keeping play/pause. */
export function jumpTo(clock: VirtualClock, virtualMs: number, realMs: number): VirtualClock {
  if (!Number.isFinite(virtualMs)) throw new RangeError('jump target must be finite');
  return reanchor(clock, realMs, { anchorVirtualMs: clamp(clock, virtualMs) });
}

/** One step: pauses, then moves `stepMs` of virtual time forward (negative: back). */
export function step(clock: VirtualClock, stepMs: number, realMs: number): VirtualClock {
  const paused = pause(clock, realMs);
  return jumpTo(paused, paused.anchorVirtualMs + stepMs, realMs);
}

/** Back to the start, paused, at the same rate. */
export function reset(clock: VirtualClock, realMs: number): VirtualClock {
  return { ...clock, anchorVirtualMs: clock.startMs, anchorRealMs: realMs, paused: true };
}

/** The speed multipliers offered to trainers (× the scenario's base rate). */
export const SPEED_MULTIPLIERS = [1, 2, 4, 8, 16] as const;
export type SpeedMultiplier = (typeof SPEED_MULTIPLIERS)[number];

export function isSpeedMultiplier(n: number): n is SpeedMultiplier {
  return (SPEED_MULTIPLIERS as readonly number[]).includes(n);
}
