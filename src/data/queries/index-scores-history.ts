import { aggregateGroups, type UnitValue } from '../../domain/admin-units/aggregate';
import type { AdminUnitsData, UnitSet } from '../../domain/admin-units/types';
import { unitSetForPeriod } from '../../domain/admin-units/unit-set';
import { competitionRank } from '../../domain/scoring/rank';
import { comparePeriods, periodKey, type Period } from '../../domain/time/period';
import type { IndexId, IndexScore } from '../contracts/index-scores';

/**
 * Index scores (766, DTI) as one history on the 34 current provinces.
 *
 * Before 1 July 2025 the publishers scored and ranked the 63 former units. A former unit's rank
 * "of 63" says nothing about the current province it became part of, and ranks cannot be
 * averaged. So, for a period reported on the former units:
 * 1. each current province's score is the MEAN of its former units' scores (total and each
 *    group; the practice of the DTI for merged provinces, docs/architecture.md), and
 * 2. the 34 means are RE-RANKED among themselves (competition ranking 1, 2, 2, 4).
 * A rank in such a period is therefore "where the province would have stood among the 34",
 * comparable with the ranks published on the 34 since; it is flagged `reportedOn: 'former'`
 * so panels can say the figure is aggregated. A province with some former units missing keeps
 * a score from the others, flagged with the missing codes.
 * For a period reported on the 34, the publisher's rank is used when every scored unit has
 * one (it may break ties its own way); otherwise the scores are ranked here.
 */

export interface IndexGroupScore {
  readonly id: string;
  readonly score: number | null;
  readonly max: number;
}

export interface IndexUnitScore {
  /** code of the current (post-2025) province */
  readonly unitCode: string;
  readonly total: number | null;
  readonly maxTotal: number;
  readonly groups: readonly IndexGroupScore[];
  /** rank among the 34 (published, or recomputed; see IndexPeriod.rankBasis) */
  readonly rank: number | null;
  /** the units whose scores make this one: the former units for an aggregated period */
  readonly from: readonly string[];
  /** former units of this province without a score in the period */
  readonly missing: readonly string[];
  readonly asOfMs: number;
  readonly asOfText: string;
  readonly source: string;
}

export interface IndexPeriod {
  readonly index: IndexId;
  readonly period: Period;
  readonly key: string;
  /** the unit set the publisher reported on; 'former' = aggregated here to the 34 */
  readonly reportedOn: UnitSet;
  readonly rankBasis: 'published' | 'recomputed';
  /** units ranked in the period */
  readonly rankOf: number;
  /** one entry per current province with data, in catalogue order */
  readonly units: readonly IndexUnitScore[];
}

export interface IndexHistory {
  readonly index: IndexId;
  /** oldest first */
  readonly periods: readonly IndexPeriod[];
  /** codes that belong to neither unit set of their period (reported, not shown) */
  readonly unknownCodes: readonly string[];
}

/**
 * Which unit set a period's rows are on. The period alone is not enough: DTI 2024 (a year
 * before the reform) was published in October 2025 on the 34 current units. Codes decide when
 * they can (a code outside the 34 is a former unit; the 34 codes are all former codes too),
 * then the publisher's `rankOf`, then a full set of 34, then the period's date.
 */
export function reportingSet(
  rows: readonly IndexScore[],
  period: Period,
  currentCodes: ReadonlySet<string>,
): UnitSet {
  if (rows.some((r) => !currentCodes.has(r.unitCode))) return 'former';
  const rankOf = rows.find((r) => r.rankOf !== null)?.rankOf ?? null;
  if (rankOf !== null) return rankOf > currentCodes.size ? 'former' : 'current';
  if (new Set(rows.map((r) => r.unitCode)).size === currentCodes.size) return 'current';
  return unitSetForPeriod(period).set;
}

/** One row per unit: a resent row (later as-of) replaces the earlier one. */
function latestPerUnit(rows: readonly IndexScore[]): IndexScore[] {
  const byUnit = new Map<string, IndexScore>();
  for (const r of rows) {
    const seen = byUnit.get(r.unitCode);
    if (!seen || r.asOfMs >= seen.asOfMs) byUnit.set(r.unitCode, r);
  }
  return [...byUnit.values()];
}

type Unranked = Omit<IndexUnitScore, 'rank'>;

function mean(members: readonly UnitValue[], code: string, formedFrom: readonly string[]) {
  const result = aggregateGroups(members, [{ code, members: formedFrom }], 'mean');
  return result.ok ? (result.value.units[0] ?? null) : null;
}

/** A current province's score for a period reported on the former units: means of its members. */
function aggregateUnit(
  code: string,
  formedFrom: readonly string[],
  byCode: ReadonlyMap<string, IndexScore>,
): Unranked | null {
  const members = formedFrom
    .map((c) => byCode.get(c))
    .filter((r): r is IndexScore => r !== undefined);
  const first = members[0];
  if (!first) return null;
  const total = mean(
    members.map((m) => ({ unitCode: m.unitCode, value: m.total })),
    code,
    formedFrom,
  );
  const groupIds = [...new Set(members.flatMap((m) => m.groups.map((g) => g.id)))];
  const groups = groupIds.map((id) => {
    const values = members.map((m) => ({
      unitCode: m.unitCode,
      value: m.groups.find((g) => g.id === id)?.score ?? null,
    }));
    const max = members.flatMap((m) => m.groups.filter((g) => g.id === id))[0]?.max ?? 0;
    return { id, score: mean(values, code, formedFrom)?.value ?? null, max };
  });
  const latest = members.reduce((a, b) => (b.asOfMs > a.asOfMs ? b : a));
  return {
    unitCode: code,
    total: total?.value ?? null,
    maxTotal: first.maxTotal,
    groups,
    from: total?.from ?? [],
    missing: total ? total.missing : formedFrom,
    asOfMs: latest.asOfMs,
    asOfText: latest.asOfText,
    source: first.source,
  };
}

function ownUnit(r: IndexScore): Unranked {
  return {
    unitCode: r.unitCode,
    total: r.total,
    maxTotal: r.maxTotal,
    groups: r.groups,
    from: [r.unitCode],
    missing: [],
    asOfMs: r.asOfMs,
    asOfText: r.asOfText,
    source: r.source,
  };
}

/** One period's rows → the 34 provinces' scores and ranks. */
function toPeriod(
  index: IndexId,
  period: Period,
  rows: readonly IndexScore[],
  data: AdminUnitsData,
  currentCodes: ReadonlySet<string>,
  unknown: Set<string>,
): IndexPeriod {
  const latest = latestPerUnit(rows);
  const reportedOn = reportingSet(latest, period, currentCodes);
  const byCode = new Map(latest.map((r) => [r.unitCode, r]));
  let units: Unranked[];
  if (reportedOn === 'former') {
    const formerCodes = new Set(data.former.map((u) => u.code));
    for (const c of byCode.keys()) if (!formerCodes.has(c)) unknown.add(c);
    units = data.current
      .map((u) => aggregateUnit(u.code, u.formedFrom, byCode))
      .filter((u): u is Unranked => u !== null);
  } else {
    for (const c of byCode.keys()) if (!currentCodes.has(c)) unknown.add(c);
    units = data.current
      .map((u) => byCode.get(u.code))
      .filter((r): r is IndexScore => r !== undefined)
      .map(ownUnit);
  }

  const scored = units.filter((u) => u.total !== null);
  const published =
    reportedOn === 'current' &&
    scored.length > 0 &&
    scored.every((u) => byCode.get(u.unitCode)?.rank != null);
  let ranked: IndexUnitScore[];
  let rankOf: number;
  if (published) {
    ranked = units.map((u) => ({
      ...u,
      rank: u.total === null ? null : (byCode.get(u.unitCode)?.rank ?? null),
    }));
    rankOf = byCode.get(scored[0]?.unitCode ?? '')?.rankOf ?? scored.length;
  } else {
    const rankByCode = new Map(
      competitionRank(units, (u) => u.total).map((r) => [r.item.unitCode, r.rank]),
    );
    ranked = units.map((u) => ({ ...u, rank: rankByCode.get(u.unitCode) ?? null }));
    rankOf = scored.length;
  }
  return {
    index,
    period,
    key: periodKey(period),
    reportedOn,
    rankBasis: published ? 'published' : 'recomputed',
    rankOf,
    units: ranked,
  };
}

/** Pure: every published score of one index → its history on the 34 current provinces. */
export function toIndexHistory(
  scores: readonly IndexScore[],
  index: IndexId,
  data: AdminUnitsData,
): IndexHistory {
  const currentCodes = new Set(data.current.map((u) => u.code));
  const byPeriod = new Map<string, { period: Period; rows: IndexScore[] }>();
  for (const s of scores) {
    if (s.index !== index) continue;
    const key = periodKey(s.period);
    const entry = byPeriod.get(key) ?? { period: s.period, rows: [] };
    entry.rows.push(s);
    byPeriod.set(key, entry);
  }
  const unknown = new Set<string>();
  const periods = [...byPeriod.values()]
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map(({ period, rows }) => toPeriod(index, period, rows, data, currentCodes, unknown));
  return { index, periods, unknownCodes: [...unknown].sort() };
}

/** The latest period with at least one score, or null. */
export function latestIndexPeriod(history: IndexHistory): IndexPeriod | null {
  return history.periods.findLast((p) => p.units.some((u) => u.total !== null)) ?? null;
}
