import { clockNow, isVirtualClock, setClockSource, subscribeClock } from './clock';

afterEach(() => {
  setClockSource(null);
});

test('the real clock by default; a source replaces it and null restores it', () => {
  expect(isVirtualClock()).toBe(false);
  expect(Math.abs(clockNow() - Date.now())).toBeLessThan(1000);
  setClockSource(() => 42);
  expect(isVirtualClock()).toBe(true);
  expect(clockNow()).toBe(42);
  setClockSource(null);
  expect(isVirtualClock()).toBe(false);
});

test('subscribers hear of every change of source until they leave', () => {
  const heard: number[] = [];
  const leave = subscribeClock(() => heard.push(clockNow()));
  setClockSource(() => 1);
  setClockSource(() => 2);
  leave();
  setClockSource(() => 3);
  expect(heard).toEqual([1, 2]);
});
