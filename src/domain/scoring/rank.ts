/**
 * Competition ranking ("1, 2, 2, 4"): tied scores share the best rank of the tie and the next
 * rank skips as many places as were tied, the way published league tables (766, DTI) rank.
 * Items without a score are not ranked (rank null) and listed after the ranked ones.
 */
export type RankOrder = 'higher-first' | 'lower-first';

export interface Ranked<T> {
  readonly item: T;
  readonly score: number | null;
  readonly rank: number | null;
}

export function competitionRank<T>(
  items: readonly T[],
  scoreOf: (item: T) => number | null,
  order: RankOrder = 'higher-first',
): Ranked<T>[] {
  const scored = items.map((item, index) => {
    const s = scoreOf(item);
    return { item, index, score: s !== null && Number.isFinite(s) ? s : null };
  });
  const ranked = scored.filter((s) => s.score !== null);
  const unranked = scored.filter((s) => s.score === null);
  const sign = order === 'higher-first' ? -1 : 1;
  // stable: equal scores keep input order
  ranked.sort((a, b) => sign * ((a.score ?? 0) - (b.score ?? 0)) || a.index - b.index);
  const out: Ranked<T>[] = [];
  let previousScore: number | null = null;
  let previousRank = 0;
  ranked.forEach((entry, position) => {
    const rank = entry.score === previousScore ? previousRank : position + 1;
    out.push({ item: entry.item, score: entry.score, rank });
    previousScore = entry.score;
    previousRank = rank;
  });
  for (const entry of unranked) out.push({ item: entry.item, score: null, rank: null });
  return out;
}

export interface RankChange {
  readonly code: string;
  readonly previous: number | null;
  readonly current: number | null;
  /** places moved up (positive) or down (negative); null when either rank is missing */
  readonly change: number | null;
}

/**
 * Rank change between two periods, per unit code. Ranks of different unit sets (63 before
 * 1 July 2025, 34 after) are not comparable; the caller passes ranks of the same set.
 */
export function rankChanges(
  previous: ReadonlyMap<string, number | null>,
  current: ReadonlyMap<string, number | null>,
): RankChange[] {
  const codes = [...new Set([...current.keys(), ...previous.keys()])];
  return codes.map((code) => {
    const p = previous.get(code) ?? null;
    const c = current.get(code) ?? null;
    return { code, previous: p, current: c, change: p === null || c === null ? null : p - c };
  });
}
