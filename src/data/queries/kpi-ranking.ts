import { queryOptions } from '@tanstack/react-query';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import type { KpiObservation } from '../../domain/kpi/observation';
import { comparePeriods, periodKey, shiftPeriod, type Period } from '../../domain/time/period';
import { asCurrentUnitSeries, fetchKpiObservations, requestedUnits } from './kpi';

/** Codes of the 34 current provincial units (since 1 July 2025), in catalogue order. */
export const CURRENT_PROVINCE_CODES: readonly string[] = ADMIN_UNITS.current.map((u) => u.code);

export interface KpiRankingParams {
  indicatorId: string;
  unitCodes: readonly string[];
  /** first period wanted ("2026-08"); omitted = whole history */
  from?: string;
}

/**
 * One KPI for many units in ONE request (the endpoint takes a comma-separated unitCode), for
 * rankings and maps: 34 requests per panel cost the page more than the data. Each current unit
 * also lists the former units it was formed from, and gets the same continuous series as
 * kpiQueries.series. The answer maps every asked code to its series (empty when the source has
 * nothing for it); the whole batch fails or succeeds together.
 */
export function kpiRankingQuery({ indicatorId, unitCodes, from }: KpiRankingParams) {
  return queryOptions({
    queryKey: ['kpi', 'ranking', indicatorId, unitCodes, from ?? null] as const,
    queryFn: async ({ signal }): Promise<Record<string, KpiObservation[]>> => {
      const asked = unitCodes.map((code) => ({ code, units: requestedUnits(code) }));
      const all = [...new Set(asked.flatMap((a) => a.units))];
      const observations = await fetchKpiObservations(
        {
          indicatorId,
          unitCode: all.join(','),
          ...(from === undefined ? {} : { periodFrom: from }),
        },
        signal,
      );
      const byUnit = new Map<string, KpiObservation[]>();
      for (const o of observations) {
        const list = byUnit.get(o.unitCode);
        if (list) list.push(o);
        else byUnit.set(o.unitCode, [o]);
      }
      return Object.fromEntries(
        asked.map(({ code, units }) => [
          code,
          asCurrentUnitSeries(
            units.flatMap((u) => byUnit.get(u) ?? []),
            { indicatorId, unitCode: code },
          ),
        ]),
      );
    },
  });
}

/**
 * How many periods before the anchor a ranking asks for. A ranking shows one period (the latest
 * that at least half of the units report); the source generates or reads only a few periods
 * instead of each unit's whole history. The anchor is the own unit's latest period, so units
 * a little late or ahead of it are still in the window.
 */
export const RANKING_LOOKBACK = 2;

/** First period of a ranking's window ("2026-08"), from a series of the own unit; null = all. */
export function rankingWindowStart(
  ownSeries: readonly KpiObservation[] | undefined,
  indicatorId: string,
): string | null {
  let latest: Period | null = null;
  for (const o of ownSeries ?? []) {
    if (o.indicatorId !== indicatorId) continue;
    if (latest === null || comparePeriods(o.period, latest) > 0) latest = o.period;
  }
  return latest === null ? null : periodKey(shiftPeriod(latest, -RANKING_LOOKBACK));
}
