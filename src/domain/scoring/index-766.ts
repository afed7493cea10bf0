import type { LocalizedText } from '../i18n-text';
import { ratio } from '../kpi/ratio';

/**
 * The service-quality index of Decision 766/QĐ-TTg: 100 points in five groups (transparency 18,
 * progress 20, digitisation 22, online provision 22, satisfaction 18), recomputed from the
 * numerators and denominators of its component ratios so that it can be shown for any unit and
 * period, not only as published.
 *
 * The official scoring formula is not public. Assumptions (docs/domain.md §766, configurable in
 * src/catalog/index-766.ts):
 * A1. Each group splits its points over its component ratios by fixed weights (points).
 * A2. A component scores points × min(1, ratio / target): linear up to the period's target,
 *     full points at or above it, no bonus beyond (the published groups never exceed their max).
 * A3. The target of a component for a period is the one of the latest year ≤ the period's year
 *     in the configuration (Resolution 76/NQ-CP style targets by year).
 * A4. A component without data (no denominator: e.g. no fee-bearing dossiers) is left out and
 *     the group's other components are rescaled to the group's points, so a unit is not
 *     punished for having nothing to count. A group with no component at all scores null, and
 *     the total is then null (incomplete), not a silently low number.
 */

export interface Index766Component {
  readonly id: string;
  readonly name: LocalizedText;
  /** points of this component within its group */
  readonly points: number;
  /** KPI whose numerator/denominator feeds it, when the catalogue has one */
  readonly kpiId?: string;
  /** target ratios (0–1] by the first year they apply */
  readonly targets: readonly { readonly fromYear: number; readonly ratio: number }[];
  /** where the weight and target come from, or that they are assumed */
  readonly basis: LocalizedText;
}

export interface Index766Group {
  readonly id: string;
  readonly name: LocalizedText;
  readonly maxPoints: number;
  readonly components: readonly Index766Component[];
}

export interface Index766Config {
  readonly groups: readonly Index766Group[];
}

export interface Counts {
  readonly numerator: number;
  readonly denominator: number;
}

export interface ComponentScore {
  readonly id: string;
  readonly ratio: number | null;
  readonly target: number | null;
  /** points after rescaling within the group; null when left out */
  readonly score: number | null;
}

export interface GroupScore {
  readonly id: string;
  readonly maxPoints: number;
  readonly score: number | null;
  readonly components: readonly ComponentScore[];
}

export interface Index766Score {
  readonly total: number | null;
  readonly groups: readonly GroupScore[];
  readonly complete: boolean;
}

/** Target of a component for a year (A3); null before its first target year. */
export function componentTarget(component: Index766Component, year: number): number | null {
  let best: { fromYear: number; ratio: number } | null = null;
  for (const t of component.targets) {
    if (t.fromYear <= year && (best === null || t.fromYear > best.fromYear)) best = t;
  }
  return best === null ? null : best.ratio;
}

/** Points share of one component (A2): min(1, ratio / target), in [0, 1]. */
export function attainmentShare(r: number, target: number): number {
  if (target <= 0) return 1;
  return Math.min(1, Math.max(0, r / target));
}

function scoreGroup(
  group: Index766Group,
  counts: Readonly<Record<string, Counts | undefined>>,
  year: number,
): GroupScore {
  const partial = group.components.map((c) => {
    const cnt = counts[c.id];
    const r = cnt === undefined ? null : ratio(cnt.numerator, cnt.denominator);
    const target = componentTarget(c, year);
    const share = r === null || target === null ? null : attainmentShare(r, target);
    return { component: c, ratio: r, target, share };
  });
  const available = partial.filter((p) => p.share !== null);
  const availablePoints = available.reduce((s, p) => s + p.component.points, 0);
  const scale = availablePoints > 0 ? group.maxPoints / availablePoints : 0;
  const components = partial.map((p) => ({
    id: p.component.id,
    ratio: p.ratio,
    target: p.target,
    score: p.share === null ? null : p.share * p.component.points * scale,
  }));
  const score = available.length === 0 ? null : components.reduce((s, c) => s + (c.score ?? 0), 0);
  return { id: group.id, maxPoints: group.maxPoints, score, components };
}

/** Scores a unit for a period year from the counts of each component (by component id). */
export function scoreIndex766(
  config: Index766Config,
  counts: Readonly<Record<string, Counts | undefined>>,
  year: number,
): Index766Score {
  const groups = config.groups.map((g) => scoreGroup(g, counts, year));
  const complete = groups.every((g) => g.score !== null);
  const total = complete ? groups.reduce((s, g) => s + (g.score ?? 0), 0) : null;
  return { total, groups, complete };
}

/** Problems in a configuration (group points must add up to 100, components to their group). */
export function index766ConfigProblems(config: Index766Config): string[] {
  const problems: string[] = [];
  const total = config.groups.reduce((s, g) => s + g.maxPoints, 0);
  if (Math.abs(total - 100) > 1e-9) problems.push(`groups add up to ${total}, not 100`);
  for (const g of config.groups) {
    const points = g.components.reduce((s, c) => s + c.points, 0);
    if (Math.abs(points - g.maxPoints) > 1e-9) {
      problems.push(`group ${g.id}: components add up to ${points}, not ${g.maxPoints}`);
    }
    for (const c of g.components) {
      if (c.targets.length === 0) problems.push(`component ${c.id}: no target`);
      for (const t of c.targets) {
        if (!(t.ratio > 0 && t.ratio <= 1))
          problems.push(`component ${c.id}: target ${t.ratio} not in (0, 1]`);
      }
    }
  }
  return problems;
}
