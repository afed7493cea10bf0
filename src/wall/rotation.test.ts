import { describe, expect, it } from 'vitest';
import { command, remainingMs, startRotation, tick, upcomingIndex } from './rotation';

const all = () => true;

describe('rotation', () => {
  it('shows each scene for its duration, in order, and wraps to the next round', () => {
    let s = startRotation([3000, 2000, 1000]);
    const seen: number[] = [s.index];
    for (let t = 0; t < 12_000; t += 500) {
      const before = s.index;
      s = tick(s, 500, all);
      if (s.index !== before) seen.push(s.index);
    }
    expect(seen).toEqual([0, 1, 2, 0, 1, 2, 0]);
    expect(s.round).toBe(2);
    expect(s.advances).toBe(6);
  });

  it('does not move while paused, and resumes where it was', () => {
    let s = startRotation([1000, 1000]);
    s = tick(s, 600, all);
    s = command(s, { type: 'togglePause' }, all);
    s = tick(s, 10_000, all);
    expect(s.index).toBe(0);
    expect(remainingMs(s)).toBe(Number.POSITIVE_INFINITY);
    s = command(s, { type: 'togglePause' }, all);
    expect(remainingMs(s)).toBe(400);
    s = tick(s, 400, all);
    expect(s.index).toBe(1);
  });

  it('skips a scene whose sources all failed, notes it, and retries it next round', () => {
    const failed = new Set([1]);
    const available = (i: number) => !failed.has(i);
    let s = startRotation([1000, 1000, 1000]);
    s = tick(s, 1000, available);
    expect(s.index).toBe(2);
    expect(s.skipped).toEqual([1]);
    failed.clear();
    s = tick(s, 1000, available);
    expect(s.index).toBe(0);
    expect(s.skipped).toEqual([]);
    s = tick(s, 1000, available);
    expect(s.index).toBe(1);
  });

  it('keeps rotating when every scene failed (shows the next one anyway)', () => {
    const none = () => false;
    let s = startRotation([1000, 1000]);
    s = tick(s, 1000, none);
    expect(s.index).toBe(1);
    s = tick(s, 1000, none);
    expect(s.index).toBe(0);
    expect(s.advances).toBe(2);
  });

  it('moves one scene at most after a long gap (a throttled tab)', () => {
    const s = tick(startRotation([1000, 1000, 1000]), 60_000, all);
    expect(s.index).toBe(1);
    expect(s.elapsedMs).toBeLessThan(1000);
  });

  it('obeys next, previous and jump; a jump out of range is ignored', () => {
    let s = startRotation([1000, 1000, 1000]);
    s = command(s, { type: 'previous' }, all);
    expect(s.index).toBe(2);
    s = command(s, { type: 'next' }, all);
    expect(s.index).toBe(0);
    s = command(s, { type: 'jump', index: 1 }, () => false);
    expect(s.index).toBe(1);
    expect(command(s, { type: 'jump', index: 7 }, all)).toBe(s);
  });

  it('resumes at a stored position, or starts over if it does not fit', () => {
    expect(startRotation([1000, 5000], { index: 1, elapsedMs: 2500 })).toMatchObject({
      index: 1,
      elapsedMs: 2500,
    });
    expect(startRotation([1000], { index: 3, elapsedMs: 10 })).toMatchObject({
      index: 0,
      elapsedMs: 0,
    });
    expect(startRotation([1000, 1000], { index: 1, elapsedMs: 9999 })).toMatchObject({
      index: 1,
      elapsedMs: 0,
    });
  });

  it('names the upcoming scene', () => {
    const s = startRotation([1000, 1000, 1000]);
    expect(upcomingIndex(s, all)).toBe(1);
    expect(upcomingIndex(s, (i) => i !== 1)).toBe(2);
    expect(() => startRotation([])).toThrow();
  });
});
