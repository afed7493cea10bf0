import { SEEDS, NOW } from '../testing';
import {
  DTI_2020_PINS,
  DTI_2024_TOP5,
  dtiYear,
  INDEX766_AUGUST_2025,
  index766Month,
} from './indices';
import { FORMER_CODES } from './model';
import { observationsFor, type KpiObservationDTO } from './observations';
import { monthIndex } from '../time';
import { INDEX_766_CONFIG } from '../../src/catalog/index-766';

// Cold generation of a seed takes a second or two; the whole suite runs files in parallel.
vi.setConfig({ testTimeout: 30_000 });

/**
 * The mock data must look like Viet Nam: these are the published figures of kpis.md §3–§4 the
 * generator is calibrated to, checked for several seeds.
 */
const ctxOf = (seed: number) => ({ seed, nowMs: NOW, stories: [] });

/** Σ numerators / Σ denominators × 100 over the observations of a year (or month prefix). */
function pooled(observations: readonly KpiObservationDTO[], prefix: string): number {
  const rows = observations.filter((o) => o.period.startsWith(prefix));
  const n = rows.reduce((s, o) => s + (o.numerator ?? 0), 0);
  const d = rows.reduce((s, o) => s + (o.denominator ?? 0), 0);
  return (100 * n) / d;
}

function provincesPooled(seed: number, id: string, prefix: string): number {
  const all = FORMER_CODES.flatMap((code) =>
    observationsFor(ctxOf(seed), id, code, (p) => p.startsWith(prefix)),
  );
  return pooled(all, prefix);
}

describe.each(SEEDS)('calibration, seed %i', (seed) => {
  const ctx = ctxOf(seed);

  test('national fully-online dossier share 2024 = 45.8 % ± 1 (ministries and provinces)', () => {
    const vn = observationsFor(ctx, 'dvc.online-dossier-share', 'VN');
    expect(pooled(vn, '2024')).toBeCloseTo(45.8, 0);
    expect(Math.abs(pooled(vn, '2024') - 45.8)).toBeLessThan(1);
    // "a few percent in 2020", ≈ 6 % in 2021
    expect(pooled(vn, '2020')).toBeLessThan(5);
    expect(Math.abs(pooled(vn, '2021') - 6)).toBeLessThan(2);
  });

  test('provinces 18.54 % in 2024, with a wide spread and the named provinces', () => {
    expect(
      Math.abs(provincesPooled(seed, 'dvc.online-dossier-share', '2024') - 18.54),
    ).toBeLessThan(1);
    const byUnit = (code: string) =>
      pooled(
        observationsFor(ctx, 'dvc.online-dossier-share', code, (p) => p.startsWith('2024')),
        '2024',
      );
    expect(Math.abs(byUnit('35') - 68.54)).toBeLessThan(2); // Hà Nam
    expect(Math.abs(byUnit('48') - 58.89)).toBeLessThan(2); // Đà Nẵng
    expect(byUnit('01')).toBeLessThan(10); // Hà Nội
    expect(byUnit('79')).toBeLessThan(10); // TP.HCM
    const spread = FORMER_CODES.map(byUnit);
    expect(Math.max(...spread) - Math.min(...spread)).toBeGreaterThan(40);
  });

  test('online filing: 54.8 % in 4/2023, 66.47 % in 8/2025 (provinces, ± 2)', () => {
    expect(
      Math.abs(provincesPooled(seed, 'dossiers.online-filing-share', '2023-04') - 54.8),
    ).toBeLessThan(2);
    // From 7/2025 the 34 current units report; their former units pool the same dossiers.
    expect(
      Math.abs(provincesPooled(seed, 'dossiers.online-filing-share', '2025-08') - 66.47),
    ).toBeLessThan(2);
  });

  test("Bình Định's report of 10/2023 (targets and actuals)", () => {
    const expected: [string, number, number][] = [
      ['dossiers.online-filing-share', 50.2, 50],
      ['dossiers.online-payment-share', 71.2, 35],
      ['dossiers.digitised-components-share', 60.8, 60],
      ['dossiers.electronic-results-share', 62.4, 100],
      ['dossiers.population-db-use-share', 91.4, 100],
    ];
    for (const [id, value, target] of expected) {
      const o = observationsFor(ctx, id, '52').find((x) => x.period === '2023-10');
      expect(o?.value, id).toBeCloseTo(value, 0);
      expect(Math.abs((o?.value ?? 0) - value), id).toBeLessThan(0.2);
      expect(o?.target, id).toBe(target);
    }
  });

  test('766 index, August 2025: Thái Nguyên 86.97 first, the published top five, groups within their maxima', () => {
    const rows = index766Month(seed, monthIndex(2025, 8));
    expect(rows).toHaveLength(34);
    const ranked = [...rows].sort((a, b) => a.rank - b.rank);
    expect(ranked.slice(0, 5).map((r) => [r.unitCode, r.total])).toEqual(
      INDEX766_AUGUST_2025.map((p) => [p.code, p.total]),
    );
    const tn = rows.find((r) => r.unitCode === '19');
    expect(Math.abs((tn?.total ?? 0) - 86.97)).toBeLessThanOrEqual(0.01);
    expect(tn?.groups?.map((g) => [g.id, g.score])).toEqual([
      ['transparency', 15.67],
      ['progress', 19.31],
      ['digitisation', 16.64],
      ['online', 17.49],
      ['satisfaction', 17.86],
    ]);
    expect(ranked[5]?.total).toBeLessThan(84.85);
  });

  test('766 groups never exceed 18/20/22/22/18 and add up to the total, every month', () => {
    const maxima = INDEX_766_CONFIG.groups.map((g) => g.maxPoints);
    expect(maxima).toEqual([18, 20, 22, 22, 18]);
    for (let x = monthIndex(2023, 1); x <= monthIndex(2026, 10); x++) {
      for (const r of index766Month(seed, x)) {
        r.groups?.forEach((g, i) => {
          expect(g.score).toBeLessThanOrEqual(maxima[i] ?? 0);
        });
        const sum = (r.groups ?? []).reduce((s, g) => s + g.score, 0);
        expect(Math.abs(sum - r.total)).toBeLessThan(0.011);
      }
    }
  });

  test('DTI 2020: Đà Nẵng first with 0.4874 and the seeded ranks; DTI 2024 top five', () => {
    const d2020 = dtiYear(seed, 2020);
    expect(d2020).toHaveLength(63);
    for (const [code, rank] of Object.entries(DTI_2020_PINS)) {
      expect(d2020.find((r) => r.unitCode === code)?.rank, code).toBe(rank);
    }
    expect(d2020.find((r) => r.rank === 1)).toMatchObject({
      unitCode: '48',
      total: 0.4874,
      maxTotal: 1,
    });
    const d2024 = dtiYear(seed, 2024);
    expect(d2024).toHaveLength(34);
    expect(
      [...d2024]
        .sort((a, b) => a.rank - b.rank)
        .slice(0, 5)
        .map((r) => r.unitCode),
    ).toEqual([...DTI_2024_TOP5]);
  });

  test('EGDI ranks of Viet Nam', () => {
    const ranks = observationsFor(ctx, 'rank.egdi', 'VN').map((o) => [o.period, o.value]);
    expect(ranks).toEqual([
      ['2014', 99],
      ['2016', 89],
      ['2018', 88],
      ['2020', 86],
      ['2022', 86],
      ['2024', 71],
    ]);
  });
});
