import { aggregateFormerToCurrent, type AggregatedValue } from '../admin-units/aggregate';
import type { AdminUnitsData } from '../admin-units/types';
import { err, ok, type Result } from '../result';

/**
 * DTI for merged provinces: the official practice is the arithmetic mean of the former
 * provinces' scores (kpis.md §3), per pillar as for the total. A province with a former unit
 * missing is flagged incomplete rather than averaged over fewer units silently.
 */
export interface DtiScore {
  readonly unitCode: string;
  readonly total: number | null;
  /** pillar id → score (chính quyền số, kinh tế số, xã hội số, or the 2022+ pillars) */
  readonly pillars?: Readonly<Record<string, number | null>>;
}

export interface MergedDtiScore {
  readonly unitCode: string;
  readonly total: AggregatedValue;
  readonly pillars: Readonly<Record<string, AggregatedValue>>;
}

export function dtiForCurrentUnits(
  formerScores: readonly DtiScore[],
  data: AdminUnitsData,
): Result<MergedDtiScore[], string> {
  const totals = aggregateFormerToCurrent(
    formerScores.map((s) => ({ unitCode: s.unitCode, value: s.total })),
    data,
    'mean',
  );
  if (!totals.ok) return totals;
  if (totals.value.unknownCodes.length > 0) {
    return err(`unknown former unit codes: ${totals.value.unknownCodes.join(', ')}`);
  }
  const pillarIds = [...new Set(formerScores.flatMap((s) => Object.keys(s.pillars ?? {})))];
  const byPillar = new Map<string, AggregatedValue[]>();
  for (const pillar of pillarIds) {
    const agg = aggregateFormerToCurrent(
      formerScores.map((s) => ({ unitCode: s.unitCode, value: s.pillars?.[pillar] ?? null })),
      data,
      'mean',
    );
    if (agg.ok) byPillar.set(pillar, agg.value.units);
  }
  return ok(
    totals.value.units.map((total, i) => ({
      unitCode: total.unitCode,
      total,
      pillars: Object.fromEntries(
        pillarIds.flatMap((p) => {
          const v = byPillar.get(p)?.[i];
          return v === undefined ? [] : [[p, v]];
        }),
      ),
    })),
  );
}
