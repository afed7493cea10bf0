import { sparklineGeometry } from './sparkline';

describe('sparkline geometry', () => {
  test.each([
    [[], null],
    [[5], null],
    [[Number.NaN, 4], null],
  ] as const)('%j is not a line', (values, expected) => {
    expect(sparklineGeometry(values)).toBe(expected);
  });

  test('the lowest value sits at the bottom, the highest at the top, evenly spaced', () => {
    expect(sparklineGeometry([10, 20, 15], 100, 20)).toEqual({
      points: '3,17 50,3 97,10',
      last: { x: 97, y: 10 },
    });
  });

  test('a flat series is drawn across the middle', () => {
    expect(sparklineGeometry([7, 7], 100, 20)?.points).toBe('3,10 97,10');
  });
});
