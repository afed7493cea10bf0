import type { KpiAggregation } from '../kpi/definition';
import { ratio } from '../kpi/ratio';
import { err, ok, type Result } from '../result';
import type { AdminUnitsData } from './types';

/**
 * Aggregation of unit data to larger units: former provinces to the current ones (63 → 34), or
 * any grouping (communes to a province). Per the KPI's aggregation method:
 * - ratio: Σ numerators / Σ denominators × scale (100 for percent); members without both counts
 *   cannot contribute and are listed as missing — a percentage is never averaged;
 * - sum: Σ values;
 * - mean: arithmetic mean of the members' values (DTI for merged provinces, official practice);
 * - none: refused (ranks, sensor readings).
 * A group with some members missing still gets a value from the others, flagged incomplete;
 * with none present its value is null. When a member appears twice in the input the last entry
 * wins (sources resend corrected rows).
 */
export interface UnitValue {
  readonly unitCode: string;
  readonly value: number | null;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
}

export interface AggregatedValue {
  readonly unitCode: string;
  readonly value: number | null;
  /** summed counts for ratio aggregation, null otherwise */
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** members that contributed, and members that could not */
  readonly from: readonly string[];
  readonly missing: readonly string[];
  readonly complete: boolean;
}

export interface UnitGroup {
  readonly code: string;
  readonly members: readonly string[];
}

export interface AggregationResult {
  readonly units: AggregatedValue[];
  /** input codes that belong to no group (a typo, or a code from the other unit set) */
  readonly unknownCodes: string[];
}

function hasCounts(v: UnitValue): v is UnitValue & { numerator: number; denominator: number } {
  return (
    typeof v.numerator === 'number' &&
    typeof v.denominator === 'number' &&
    Number.isFinite(v.numerator) &&
    Number.isFinite(v.denominator)
  );
}

function canContribute(v: UnitValue, method: KpiAggregation): boolean {
  if (method === 'ratio') return hasCounts(v);
  return v.value !== null && Number.isFinite(v.value);
}

function combine(
  code: string,
  present: readonly UnitValue[],
  missing: readonly string[],
  method: Exclude<KpiAggregation, 'none'>,
  scale: number,
): AggregatedValue {
  const from = present.map((v) => v.unitCode);
  const base = { unitCode: code, from, missing, complete: missing.length === 0 };
  if (present.length === 0) return { ...base, value: null, numerator: null, denominator: null };
  switch (method) {
    case 'ratio': {
      let numerator = 0;
      let denominator = 0;
      for (const v of present) {
        if (hasCounts(v)) {
          numerator += v.numerator;
          denominator += v.denominator;
        }
      }
      const r = ratio(numerator, denominator);
      return { ...base, value: r === null ? null : r * scale, numerator, denominator };
    }
    case 'sum': {
      const total = present.reduce((s, v) => s + (v.value ?? 0), 0);
      return { ...base, value: total, numerator: null, denominator: null };
    }
    case 'mean': {
      const total = present.reduce((s, v) => s + (v.value ?? 0), 0);
      return { ...base, value: total / present.length, numerator: null, denominator: null };
    }
  }
}

/** Aggregates member values into groups. */
export function aggregateGroups(
  values: readonly UnitValue[],
  groups: readonly UnitGroup[],
  method: KpiAggregation,
  scale = 1,
): Result<AggregationResult, string> {
  if (method === 'none') return err('this KPI does not aggregate across units');
  const latest = new Map<string, UnitValue>();
  for (const v of values) latest.set(v.unitCode, v);
  const known = new Set(groups.flatMap((g) => g.members));
  const unknownCodes = [...latest.keys()].filter((c) => !known.has(c));
  const units = groups.map((group) => {
    const present: UnitValue[] = [];
    const missing: string[] = [];
    for (const member of group.members) {
      const v = latest.get(member);
      if (v !== undefined && canContribute(v, method)) present.push(v);
      else missing.push(member);
    }
    return combine(group.code, present, missing, method, scale);
  });
  return ok({ units, unknownCodes });
}

/** The 63 → 34 grouping from the catalogue data. */
export function reformGroups(data: AdminUnitsData): UnitGroup[] {
  return data.current.map((u) => ({ code: u.code, members: u.formedFrom }));
}

/** Former-unit values aggregated to the current units (one entry per current unit). */
export function aggregateFormerToCurrent(
  values: readonly UnitValue[],
  data: AdminUnitsData,
  method: KpiAggregation,
  scale = 1,
): Result<AggregationResult, string> {
  return aggregateGroups(values, reformGroups(data), method, scale);
}
