import { INDEX_766_CONFIG } from '../../catalog/index-766';
import {
  attainmentShare,
  componentTarget,
  index766ConfigProblems,
  scoreIndex766,
  type Counts,
  type Index766Config,
} from './index-766';

const full = (denominator = 100): Counts => ({ numerator: denominator, denominator });

/** Counts giving every component of the catalogue configuration a full score. */
function allFull(): Record<string, Counts> {
  return Object.fromEntries(
    INDEX_766_CONFIG.groups.flatMap((g) => g.components.map((c) => [c.id, full()])),
  );
}

describe('766 index recomputation', () => {
  it('the catalogue configuration is consistent: 18/20/22/22/18, components add up', () => {
    expect(index766ConfigProblems(INDEX_766_CONFIG)).toEqual([]);
    expect(INDEX_766_CONFIG.groups.map((g) => g.maxPoints)).toEqual([18, 20, 22, 22, 18]);
  });

  it('full counts give 100 points', () => {
    const s = scoreIndex766(INDEX_766_CONFIG, allFull(), 2025);
    expect(s.total).toBeCloseTo(100, 10);
    expect(s.groups.map((g) => g.score)).toEqual([18, 20, 22, 22, 18]);
  });

  it('scores a component linearly up to its target (2023: online payment 71.2 % vs 35 % is full marks)', () => {
    const counts = {
      ...allFull(),
      'online.payments-online': { numerator: 712, denominator: 1000 },
      'online.dossiers-online': { numerator: 250, denominator: 1000 }, // 25 % of a 50 % target
    };
    const s = scoreIndex766(INDEX_766_CONFIG, counts, 2023);
    const online = s.groups.find((g) => g.id === 'online')!;
    expect(online.components.find((c) => c.id === 'online.payments-online')?.score).toBe(6);
    expect(online.components.find((c) => c.id === 'online.dossiers-online')?.score).toBeCloseTo(
      3,
      10,
    );
    expect(online.score).toBeCloseTo(19, 10);
    expect(s.total).toBeCloseTo(97, 10);
  });

  it('uses the period year’s target (online dossiers: 50 % until 2024, 80 % from 2025)', () => {
    const c = INDEX_766_CONFIG.groups[3]!.components.find(
      (x) => x.id === 'online.dossiers-online',
    )!;
    expect(componentTarget(c, 2024)).toBe(0.5);
    expect(componentTarget(c, 2025)).toBe(0.8);
    expect(componentTarget(c, 2021)).toBeNull();
  });

  it('rescales a group when a component has nothing to count (no fee-bearing dossiers)', () => {
    const counts = {
      ...allFull(),
      'online.payments-online': { numerator: 0, denominator: 0 },
      'online.dossiers-online': { numerator: 40, denominator: 100 },
    };
    const online = scoreIndex766(INDEX_766_CONFIG, counts, 2024).groups.find(
      (g) => g.id === 'online',
    )!;
    // available components: 6 + 4 + 6 = 16 points, rescaled to 22; dossiers at 80 % of target
    expect(online.components.find((c) => c.id === 'online.payments-online')?.score).toBeNull();
    expect(online.score).toBeCloseTo(((6 + 4 + 6 * 0.8) * 22) / 16, 10);
  });

  it('gives no total when a whole group has no data', () => {
    const satisfaction = new Set(INDEX_766_CONFIG.groups[4]!.components.map((c) => c.id));
    const counts = Object.fromEntries(
      Object.entries(allFull()).filter(([id]) => !satisfaction.has(id)),
    );
    const s = scoreIndex766(INDEX_766_CONFIG, counts, 2025);
    expect(s.complete).toBe(false);
    expect(s.total).toBeNull();
    expect(s.groups[4]!.score).toBeNull();
  });

  it('caps each component at its points and never goes below zero', () => {
    expect(attainmentShare(1.5, 0.8)).toBe(1);
    expect(attainmentShare(0.4, 0.8)).toBe(0.5);
    expect(attainmentShare(-1, 0.8)).toBe(0);
    expect(attainmentShare(0.1, 0)).toBe(1);
  });

  it('reports an inconsistent configuration', () => {
    const bad: Index766Config = {
      groups: [
        {
          id: 'g',
          name: { vi: 'g', en: 'g' },
          maxPoints: 90,
          components: [
            {
              id: 'c',
              name: { vi: 'c', en: 'c' },
              points: 80,
              targets: [{ fromYear: 2022, ratio: 1.5 }],
              basis: { vi: '', en: '' },
            },
          ],
        },
      ],
    };
    expect(index766ConfigProblems(bad)).toEqual([
      'groups add up to 90, not 100',
      'group g: components add up to 80, not 90',
      'component c: target 1.5 not in (0, 1]',
    ]);
  });

  it('the published Thái Nguyên groups of 8/2025 add up to its total of 86.97', () => {
    const groups = [15.67, 19.31, 16.64, 17.49, 17.86];
    expect(groups.reduce((a, b) => a + b, 0)).toBeCloseTo(86.97, 10);
    INDEX_766_CONFIG.groups.forEach((g, i) => {
      expect(groups[i]!).toBeLessThanOrEqual(g.maxPoints);
    });
  });
});
