import fc from 'fast-check';
import type { FreshnessState } from '../freshness/freshness';
import type { TargetLike } from './select';
import { bandWidth, kpiStatus, STATUS_ORDER, type KpiStatus } from './status';

const atLeast = (value: number): TargetLike => ({ comparator: '>=', value });
const atMost = (value: number): TargetLike => ({ comparator: '<=', value });

describe('status rule', () => {
  it.each<[string, number | null, TargetLike | null, FreshnessState | undefined, KpiStatus]>([
    ['Bình Định online payment 71.2 vs ≥ 35', 71.2, atLeast(35), 'fresh', 'on-track'],
    [
      'national online dossiers 2024: 45.8 vs ≥ 50 (within 10 %)',
      45.8,
      atLeast(50),
      'fresh',
      'at-risk',
    ],
    ['provinces 2024: 18.54 vs ≥ 30', 18.54, atLeast(30), 'fresh', 'off-track'],
    ['band edge: 45 vs ≥ 50 is exactly 10 % short', 45, atLeast(50), undefined, 'at-risk'],
    ['just beyond the band', 44.99, atLeast(50), undefined, 'off-track'],
    ['EGDI rank 86 vs top 50', 86, atMost(50), undefined, 'off-track'],
    ['rank 54 vs top 50 (within 10 %)', 54, atMost(50), undefined, 'at-risk'],
    ['no value', null, atLeast(50), 'fresh', 'no-data'],
    ['source never delivered', 50, atLeast(50), 'no-data', 'no-data'],
    ['stale data is not judged', 99, atLeast(50), 'stale', 'stale'],
    ['late data is still judged', 99, atLeast(50), 'late', 'on-track'],
    ['no target', 10, null, 'fresh', 'no-target'],
    ['NaN is no data', Number.NaN, atLeast(50), 'fresh', 'no-data'],
  ])('%s → %s', (_label, value, target, freshness, status) => {
    expect(kpiStatus({ value, target, ...(freshness ? { freshness } : {}) })).toBe(status);
  });

  it('uses the wider of the relative and absolute bands', () => {
    expect(bandWidth(atLeast(50), { relative: 0.1 })).toBe(5);
    expect(bandWidth(atLeast(50), { relative: 0.1, absolute: 8 })).toBe(8);
    expect(bandWidth(atLeast(50), { absolute: 2 })).toBe(2);
    expect(kpiStatus({ value: 43, target: atLeast(50), band: { absolute: 8 } })).toBe('at-risk');
  });

  const rank = (s: KpiStatus): number => STATUS_ORDER.indexOf(s);
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });

  it('is monotonic in the value for "higher is better": more never makes it worse', () => {
    fc.assert(
      fc.property(finite, finite, finite, (a, b, t) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const target = atLeast(t);
        return rank(kpiStatus({ value: hi, target })) <= rank(kpiStatus({ value: lo, target }));
      }),
    );
  });

  it('is monotonic in the value for "lower is better": less never makes it worse', () => {
    fc.assert(
      fc.property(finite, finite, finite, (a, b, t) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const target = atMost(t);
        return rank(kpiStatus({ value: lo, target })) <= rank(kpiStatus({ value: hi, target }));
      }),
    );
  });
});
