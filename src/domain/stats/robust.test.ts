import { median, theilSen } from './robust';

describe('median', () => {
  it.each([
    [[], null],
    [[3], 3],
    [[3, 1], 2],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('median(%j) = %j', (values, m) => {
    expect(median(values)).toBe(m);
  });
});

describe('Theil–Sen', () => {
  it('recovers an exact line', () => {
    const fit = theilSen([0, 1, 2, 3, 4].map((x) => ({ x, y: 3 + 2 * x })));
    expect(fit).toMatchObject({ slope: 2, intercept: 3, slopeLower: 2, slopeUpper: 2, n: 5 });
  });

  it('ignores one wild point', () => {
    const points = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((x) => ({ x, y: x }));
    points[3] = { x: 3, y: 1000 };
    expect(theilSen(points)?.slope).toBe(1);
  });

  it('needs two distinct x', () => {
    expect(theilSen([{ x: 1, y: 1 }])).toBeNull();
    expect(
      theilSen([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toBeNull();
  });

  it('widens the slope interval to infinity for very short series', () => {
    const fit = theilSen([
      { x: 0, y: 0 },
      { x: 1, y: 1 },
      { x: 2, y: 3 },
    ]);
    expect(fit?.slopeLower).toBe(-Infinity);
    expect(fit?.slopeUpper).toBe(Infinity);
  });
});
