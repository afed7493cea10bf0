import fc from 'fast-check';
import { percentFromRatio, ratio, ratioOfSums, ratioScale, valueFromCounts } from './ratio';

describe('ratio', () => {
  it.each([
    [502, 1000, 0.502],
    [0, 10, 0],
    [10, 10, 1],
    [1, 0, null],
    [1, -5, null],
    [Number.NaN, 5, null],
    [1, Number.POSITIVE_INFINITY, null],
  ])('%d / %d = %j', (n, d, r) => {
    expect(ratio(n, d)).toBe(r);
  });

  it('stays in [0, 1] for any valid part of a whole', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (a, b) => {
        const [part, whole] = a <= b ? [a, b] : [b, a];
        const r = ratio(part, whole);
        return whole === 0 ? r === null : r !== null && r >= 0 && r <= 1;
      }),
    );
  });

  it('scales to the KPI unit', () => {
    expect(ratioScale('percent')).toBe(100);
    expect(ratioScale('per-10k-people')).toBe(10_000);
    expect(ratioScale('count')).toBe(1);
    expect(valueFromCounts(712, 1000, 'percent')).toBeCloseTo(71.2, 10);
    expect(valueFromCounts(1, 1000, 'per-10k-people')).toBeCloseTo(10, 10);
    expect(valueFromCounts(1, 0, 'percent')).toBeNull();
    expect(percentFromRatio(0.458)).toBeCloseTo(45.8, 10);
  });

  it('sums numerators and denominators rather than averaging ratios', () => {
    const r = ratioOfSums([
      { numerator: 1248, denominator: 3095 }, // Bình Thạnh 2018 construction permits online, 40.3 %
      { numerator: 1, denominator: 1 },
    ]);
    expect(r).toEqual({ numerator: 1249, denominator: 3096, ratio: 1249 / 3096 });
    expect(r.ratio).not.toBeCloseTo((1248 / 3095 + 1) / 2, 3);
  });
});
