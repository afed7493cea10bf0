import { assessAttainment, meetsTarget } from './attainment';
import type { TargetLike } from './select';

const atLeast = (value: number): TargetLike => ({ comparator: '>=', value });
const atMost = (value: number): TargetLike => ({ comparator: '<=', value });

describe('attainment with real figures (kpis.md §4)', () => {
  it.each([
    // label, value, target, verdict, gap
    ['Bình Định 10/2023 online payment 71.2 % vs 35 %', 71.2, atLeast(35), 'met', 36.2],
    ['Bình Định 10/2023 online dossiers 50.2 % vs 50 %', 50.2, atLeast(50), 'met', 0.2],
    ['Bình Định 10/2023 electronic results 62.4 % vs 100 %', 62.4, atLeast(100), 'behind', -37.6],
    ['Bình Định 10/2023 population database 91.4 % vs 100 %', 91.4, atLeast(100), 'behind', -8.6],
    ['2024 national online dossiers 45.8 % vs 50 %', 45.8, atLeast(50), 'behind', -4.2],
    ['2024 ministries 63.47 % vs 70 %', 63.47, atLeast(70), 'behind', -6.53],
    ['2024 provinces 18.54 % vs 30 %', 18.54, atLeast(30), 'behind', -11.46],
    ['EGDI 2020 rank 86 vs top 50 (942)', 86, atMost(50), 'behind', -36],
    ['EGDI 2020 rank 86 vs top 70 (749)', 86, atMost(70), 'behind', -16],
    ['a rank of 45 vs top 50', 45, atMost(50), 'met', 5],
    ['fibre households exactly 80 % vs > 80 %', 80, { comparator: '>', value: 80 }, 'behind', 0],
  ] as const)('%s → %s', (_label, value, target, verdict, gap) => {
    const a = assessAttainment(value, target);
    expect(a.verdict).toBe(verdict);
    expect(a.met).toBe(verdict === 'met');
    expect(a.gap).toBeCloseTo(gap, 10);
  });

  it.each([
    [45.8, atLeast(50), 0.916],
    [71.2, atLeast(35), 71.2 / 35],
    [86, atMost(50), 50 / 86],
    [5, atLeast(0), null],
    [0, atMost(0), null],
  ])('ratio of %d against %o is %s', (value, target, ratio) => {
    const r = assessAttainment(value, target).ratio;
    if (ratio === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(ratio, 10);
  });

  it.each([
    ['>=', 50, 50, true],
    ['>', 50, 50, false],
    ['<=', 50, 50, true],
    ['<', 50, 50, false],
    ['<', 49, 50, true],
  ] as const)('%s: %d against %d → %s', (comparator, value, target, met) => {
    expect(meetsTarget(value, { comparator, value: target })).toBe(met);
  });
});
