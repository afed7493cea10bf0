/** Small robust statistics used by the projections. */

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid];
  const lower = sorted[sorted.length % 2 === 0 ? mid - 1 : mid];
  if (upper === undefined || lower === undefined) return null;
  return (lower + upper) / 2;
}

export interface TheilSenFit {
  /** median of pairwise slopes */
  readonly slope: number;
  /** median of y − slope·x */
  readonly intercept: number;
  /** confidence bounds of the slope (Sen 1968), possibly ±Infinity for very short series */
  readonly slopeLower: number;
  readonly slopeUpper: number;
  readonly interceptAtLower: number;
  readonly interceptAtUpper: number;
  readonly n: number;
}

/**
 * Theil–Sen line with Sen's rank-based confidence interval for the slope.
 *
 * Slope = median of the slopes of all pairs with distinct x; intercept = median of y − slope·x.
 * It ignores up to ~29 % of arbitrary outliers (breakdown point), needs no normality, and its
 * slope interval comes from Kendall's S: with N pairwise slopes sorted and
 * C = z·√(n(n−1)(2n+5)/18), the bounds are the slopes of rank (N − C)/2 and (N + C)/2 + 1
 * (Gilbert 1987, §16.5; ties in y are not corrected for, which widens nothing and is
 * conservative enough for monthly KPI series). Returns null with fewer than two distinct x.
 */
export function theilSen(
  points: readonly { readonly x: number; readonly y: number }[],
  z = 1.959964,
): TheilSenFit | null {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      const a = points[i];
      const b = points[j];
      if (a === undefined || b === undefined || a.x === b.x) continue;
      slopes.push((b.y - a.y) / (b.x - a.x));
    }
  }
  if (slopes.length === 0) return null;
  slopes.sort((p, q) => p - q);
  const slope = median(slopes);
  if (slope === null) return null;
  const intercept = median(points.map((p) => p.y - slope * p.x));
  if (intercept === null) return null;

  const n = points.length;
  const bigN = slopes.length;
  const c = z * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  const lowerRank = Math.round((bigN - c) / 2); // 1-based
  const upperRank = Math.round((bigN + c) / 2) + 1; // 1-based
  const slopeLower = lowerRank >= 1 ? (slopes[lowerRank - 1] ?? -Infinity) : -Infinity;
  const slopeUpper = upperRank <= bigN ? (slopes[upperRank - 1] ?? Infinity) : Infinity;
  const interceptFor = (s: number): number =>
    Number.isFinite(s) ? (median(points.map((p) => p.y - s * p.x)) ?? intercept) : NaN;
  return {
    slope,
    intercept,
    slopeLower,
    slopeUpper,
    interceptAtLower: interceptFor(slopeLower),
    interceptAtUpper: interceptFor(slopeUpper),
    n,
  };
}
