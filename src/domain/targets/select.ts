import type { GovernmentLevel, KpiDefinition, KpiTarget, Polarity } from '../kpi/definition';

/** The target that a plain number from a source means, given the KPI's polarity. */
export interface TargetLike {
  readonly comparator: KpiTarget['comparator'];
  readonly value: number;
}

/** A source's own target for a unit and period (observation.target) as a comparable target. */
export function targetFromValue(value: number, polarity: Polarity): TargetLike | null {
  switch (polarity) {
    case 'higher-is-better':
      return { comparator: '>=', value };
    case 'lower-is-better':
      return { comparator: '<=', value };
    case 'neutral':
      return null;
  }
}

function levelMatches(target: KpiTarget, level: GovernmentLevel): boolean {
  return target.level === level || target.level === 'any';
}

/** All catalogue targets for a year and level (a level-specific target and an 'any' one both apply). */
export function targetsFor(
  definition: KpiDefinition,
  year: number,
  level: GovernmentLevel,
): KpiTarget[] {
  return definition.targets.filter((t) => t.year === year && levelMatches(t, level));
}

/**
 * The targets that apply to a value of the given year: those of the first target year at or after
 * it (a 2024 value is judged against the 2025 target; a 2027 value against 2030). Empty when the
 * last target year has passed: an expired target is not silently carried forward.
 */
export function applicableTargets(
  definition: KpiDefinition,
  year: number,
  level: GovernmentLevel,
): KpiTarget[] {
  const years = definition.targets
    .filter((t) => levelMatches(t, level) && t.year >= year)
    .map((t) => t.year);
  if (years.length === 0) return [];
  return targetsFor(definition, Math.min(...years), level);
}

/** true when target a asks for at least as much as b (same direction assumed). */
function isStricter(a: TargetLike, b: TargetLike): boolean {
  const higher = a.comparator === '>=' || a.comparator === '>';
  if (a.value !== b.value) return higher ? a.value > b.value : a.value < b.value;
  // equal values: the strict comparator asks for more
  return (a.comparator === '>' || a.comparator === '<') && b.comparator !== a.comparator;
}

/**
 * The target to compute status with when several apply (EGDI: 749 says top 70, 942 says top 50):
 * the strictest one. Where the documents disagree the later document is also the stricter, and
 * judging against the easier one would flatter the unit. Panels still show every target with
 * its source.
 */
export function strictestTarget<T extends TargetLike>(targets: readonly T[]): T | null {
  let best: T | null = null;
  for (const t of targets) {
    if (best === null || isStricter(t, best)) best = t;
  }
  return best;
}
