import {
  componentTarget,
  scoreIndex766,
  type Counts,
  type Index766Config,
  type Index766Score,
} from '../../domain/scoring/index-766';
import { competitionRank } from '../../domain/scoring/rank';

/**
 * The 766 what-if: start from a province's published group scores, let the trainer change the
 * ratio of any component, and recompute the score (domain/scoring scoreIndex766) and the rank
 * among the other provinces' published totals (competitionRank).
 *
 * Published scores come per group, not per component, so the starting ratio of each component
 * is the one that reproduces its group's published score under the index's own rule A2
 * (points × min(1, ratio / target)): ratio = target × groupScore / groupMax. This is an
 * assumption of the simulator, stated on screen: the recomputed starting total then equals the
 * published one.
 */
export interface PublishedScore {
  readonly unitCode: string;
  readonly total: number | null;
  readonly groups: readonly { readonly id: string; readonly score: number | null }[];
}

/** Ratios (0–1) by component id. */
export type ComponentRatios = Readonly<Record<string, number>>;

const SCALE = 1_000_000;
const countsOf = (ratios: ComponentRatios): Record<string, Counts> =>
  Object.fromEntries(
    Object.entries(ratios).map(([id, r]) => [
      id,
      { numerator: Math.round(Math.min(1, Math.max(0, r)) * SCALE), denominator: SCALE },
    ]),
  );

export function startingRatios(
  config: Index766Config,
  published: PublishedScore,
  year: number,
): ComponentRatios {
  const out: Record<string, number> = {};
  for (const group of config.groups) {
    const score = published.groups.find((g) => g.id === group.id)?.score ?? null;
    const share = score === null ? 0 : Math.min(1, Math.max(0, score / group.maxPoints));
    for (const c of group.components) out[c.id] = (componentTarget(c, year) ?? 1) * share;
  }
  return out;
}

export function scoreRatios(
  config: Index766Config,
  ratios: ComponentRatios,
  year: number,
): Index766Score {
  return scoreIndex766(config, countsOf(ratios), year);
}

export interface GroupGain {
  readonly groupId: string;
  /** the component where one more percentage point gains most */
  readonly componentId: string;
  /** 766 points gained by +1 percentage point of that component's ratio */
  readonly gainPerPoint: number;
}

/** For each group, the best gain of +1 percentage point on one of its components; best first. */
export function gainsPerPoint(
  config: Index766Config,
  ratios: ComponentRatios,
  year: number,
): GroupGain[] {
  const base = scoreRatios(config, ratios, year).total ?? 0;
  const gains = config.groups.map((group) => {
    let best: GroupGain = { groupId: group.id, componentId: '', gainPerPoint: 0 };
    for (const c of group.components) {
      const r = ratios[c.id] ?? 0;
      const bumped = scoreRatios(config, { ...ratios, [c.id]: Math.min(1, r + 0.01) }, year);
      const gain = (bumped.total ?? 0) - base;
      if (best.componentId === '' || gain > best.gainPerPoint)
        best = { groupId: group.id, componentId: c.id, gainPerPoint: gain };
    }
    return best;
  });
  return gains.sort((a, b) => b.gainPerPoint - a.gainPerPoint);
}

export interface Score766WhatIf {
  readonly baseline: Index766Score;
  readonly adjusted: Index766Score;
  readonly baselineRank: number | null;
  readonly adjustedRank: number | null;
  readonly rankOf: number;
  readonly gains: GroupGain[];
}

/** Rank of `unitCode` with its score replaced by `total`, among the published totals. */
export function rankWith(
  others: readonly PublishedScore[],
  unitCode: string,
  total: number | null,
): number | null {
  const field = others.map((o) => ({
    code: o.unitCode,
    total: o.unitCode === unitCode ? total : o.total,
  }));
  if (!field.some((f) => f.code === unitCode)) field.push({ code: unitCode, total });
  return competitionRank(field, (f) => f.total).find((r) => r.item.code === unitCode)?.rank ?? null;
}

export function score766WhatIf(input: {
  readonly config: Index766Config;
  readonly published: readonly PublishedScore[];
  readonly unitCode: string;
  readonly year: number;
  readonly ratios: ComponentRatios;
}): Score766WhatIf | null {
  const own = input.published.find((p) => p.unitCode === input.unitCode);
  if (!own) return null;
  const baselineRatios = startingRatios(input.config, own, input.year);
  const baseline = scoreRatios(input.config, baselineRatios, input.year);
  const adjusted = scoreRatios(input.config, input.ratios, input.year);
  return {
    baseline,
    adjusted,
    baselineRank: rankWith(input.published, input.unitCode, baseline.total),
    adjustedRank: rankWith(input.published, input.unitCode, adjusted.total),
    rankOf: new Set([...input.published.map((p) => p.unitCode), input.unitCode]).size,
    gains: gainsPerPoint(input.config, input.ratios, input.year),
  };
}
