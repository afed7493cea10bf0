import { describe, expect, it } from 'vitest';
import { COMMAND_TABLE, actionForKey } from './commands';

describe('wall command table', () => {
  it.each([
    [' ', { type: 'togglePause' }],
    ['MediaPlayPause', { type: 'togglePause' }],
    ['ArrowRight', { type: 'next' }],
    ['PageDown', { type: 'next' }],
    ['ArrowLeft', { type: 'previous' }],
    ['PageUp', { type: 'previous' }],
    ['Enter', { type: 'acknowledge' }],
    ['1', { type: 'jump', index: 0 }],
    ['9', { type: 'jump', index: 8 }],
  ])('%j → %j', (key, action) => {
    expect(actionForKey({ key })).toEqual(action);
  });

  it('leaves other keys and modified keys to the browser', () => {
    expect(actionForKey({ key: 'x' })).toBeNull();
    expect(actionForKey({ key: '0' })).toBeNull();
    expect(actionForKey({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(actionForKey({ key: 'r', ctrlKey: true })).toBeNull();
  });

  it('binds no key twice', () => {
    const keys = COMMAND_TABLE.flatMap((b) => b.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
