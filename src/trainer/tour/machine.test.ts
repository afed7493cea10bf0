import {
  TOUR_IDLE,
  tourActionForKey,
  tourReducer,
  type TourAction,
  type TourState,
} from './machine';

const run = (actions: TourAction[], from: TourState = TOUR_IDLE): TourState =>
  actions.reduce(tourReducer, from);

describe('tourReducer', () => {
  test.each<{ name: string; actions: TourAction[]; expected: TourState }>([
    {
      name: 'start opens the first step',
      actions: [{ type: 'start', count: 3 }],
      expected: { kind: 'open', index: 0, count: 3 },
    },
    {
      name: 'an empty tour does not open',
      actions: [{ type: 'start', count: 0 }],
      expected: TOUR_IDLE,
    },
    {
      name: 'next moves on',
      actions: [{ type: 'start', count: 3 }, { type: 'next' }],
      expected: { kind: 'open', index: 1, count: 3 },
    },
    {
      name: 'previous stops at the first step',
      actions: [{ type: 'start', count: 3 }, { type: 'previous' }],
      expected: { kind: 'open', index: 0, count: 3 },
    },
    {
      name: 'next after the last finishes',
      actions: [{ type: 'start', count: 2 }, { type: 'next' }, { type: 'next' }],
      expected: { kind: 'finished', count: 2 },
    },
    {
      name: 'previous after the end reopens the last step',
      actions: [
        { type: 'start', count: 2 },
        { type: 'next' },
        { type: 'next' },
        { type: 'previous' },
      ],
      expected: { kind: 'open', index: 1, count: 2 },
    },
    {
      name: 'exit closes from anywhere',
      actions: [{ type: 'start', count: 2 }, { type: 'next' }, { type: 'exit' }],
      expected: TOUR_IDLE,
    },
    {
      name: 'next while idle does nothing',
      actions: [{ type: 'next' }, { type: 'previous' }],
      expected: TOUR_IDLE,
    },
  ])('$name', ({ actions, expected }) => {
    expect(run(actions)).toEqual(expected);
  });
});

describe('tourActionForKey', () => {
  test.each([
    ['PageDown', false, 'next'],
    ['ArrowRight', false, 'next'],
    [' ', false, 'next'],
    [' ', true, 'previous'],
    ['PageUp', false, 'previous'],
    ['ArrowLeft', false, 'previous'],
    ['Escape', false, 'exit'],
    ['Enter', false, null],
    ['a', false, null],
  ])('%j (shift %s) → %s', (key, shift, expected) => {
    expect(tourActionForKey(key, shift)?.type ?? null).toBe(expected);
  });
});
