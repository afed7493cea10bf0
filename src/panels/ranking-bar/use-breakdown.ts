import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { getLegalSource } from '../../catalog/legal-sources';
import { sourceTimeout, sourceUrl } from '../../data/config/current-config';
import { contractError } from '../../data/contracts/errors';
import { parseKpiObservationPage } from '../../data/contracts/kpi-observation';
import { fetchJson } from '../../data/http/fetch-json';
import { ContractFailure, unwrapContract } from '../../data/queries/contract-failure';
import { dossierQueries } from '../../data/queries/dossiers';
import { kpiQueries } from '../../data/queries/kpi';
import type { KpiDefinition } from '../../domain/kpi/definition';
import type { KpiObservation } from '../../domain/kpi/observation';
import { comparePeriods, periodKey } from '../../domain/time/period';
import { useLanguage } from '../../i18n/use-language';
import type { ProvinceRanking } from './use-ranking';
import { toRankingView, type RankingItem } from './transform';

const MAX_PAGES = 20;

/**
 * One KPI for many units and one period, in one request (the KPI endpoint takes a
 * comma-separated unitCode): a province's departments or communes, whose figures the
 * one-stop system reports per unit since July 2025.
 */
export function unitsPeriodQuery(
  indicatorId: string,
  unitCodes: readonly string[],
  period: string,
) {
  return queryOptions({
    queryKey: ['kpi', 'units-period', indicatorId, period, unitCodes] as const,
    queryFn: async ({ signal }) => {
      const observations: KpiObservation[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const url = sourceUrl('kpi', 'kpi-observations', {
          indicatorId,
          unitCode: unitCodes.join(','),
          period,
          limit: 1000,
          cursor,
        });
        const json = await fetchJson(url, { signal, timeoutMs: sourceTimeout('kpi') });
        const parsed = unwrapContract(parseKpiObservationPage(json, { source: 'kpi' }));
        observations.push(...parsed.observations);
        if (parsed.nextCursor === null) return observations;
        cursor = parsed.nextCursor;
      }
      throw new ContractFailure(
        contractError('nextCursor', `more than ${MAX_PAGES} pages: stopped following`, 'kpi'),
      );
    },
  });
}

/** The province's latest reported period and its value there (the reference line). */
function latestOf(observations: readonly KpiObservation[] | undefined, kpiId: string) {
  const latest = (observations ?? [])
    .filter((o) => o.indicatorId === kpiId && o.value !== null)
    .sort((a, b) => comparePeriods(a.period, b.period))
    .at(-1);
  return latest ? { period: periodKey(latest.period), value: latest.value } : null;
}

/**
 * A province's departments or communes ranked on one KPI for the province's latest period,
 * with the province's own figure as the reference. Same result shape as useProvinceRanking.
 */
export function useBreakdownRanking(
  kpi: KpiDefinition | undefined,
  kpiId: string,
  provinceCode: string,
  breakdown: 'departments' | 'communes' | undefined,
  limit: number | null,
): ProvinceRanking {
  const { t } = useTranslation();
  const lang = useLanguage();
  const on = breakdown !== undefined && kpi !== undefined;
  const units = useQuery({ ...dossierQueries.units(provinceCode), enabled: on });
  const province = useQuery({
    ...kpiQueries.series({ indicatorId: kpiId, unitCode: provinceCode }),
    enabled: on,
  });
  const latest = latestOf(province.data, kpiId);
  const members = useMemo(
    () =>
      (units.data ?? []).filter((u) =>
        breakdown === 'departments' ? u.kind === 'department' : u.kind !== 'department',
      ),
    [units.data, breakdown],
  );
  const codes = useMemo(() => members.map((u) => u.code), [members]);
  const figures = useQuery({
    ...unitsPeriodQuery(kpiId, codes, latest?.period ?? ''),
    enabled: on && latest !== null && codes.length > 0,
  });

  const nothingToRank =
    units.data !== undefined &&
    province.data !== undefined &&
    (members.length === 0 || latest === null);
  const view = useMemo(() => {
    if (!kpi) return null;
    const reference = {
      name: ADMIN_UNITS.currentByCode(provinceCode)?.name ?? provinceCode,
      value: latest?.value ?? null,
    };
    // No unit listed, or no provincial figure to pick the period: an empty ranking, said so.
    if (nothingToRank) {
      return toRankingView(
        { kpi, items: [], ownCode: '', limit, reference },
        { lang, t, legalSource: getLegalSource },
      );
    }
    if (!figures.data || latest === null) return null;
    const byUnit = new Map<string, KpiObservation[]>();
    for (const o of figures.data) byUnit.set(o.unitCode, [...(byUnit.get(o.unitCode) ?? []), o]);
    const items: RankingItem[] = members.map((u) => ({
      code: u.code,
      name: u.name,
      observations: byUnit.get(u.code) ?? [],
    }));
    return toRankingView(
      {
        kpi,
        items,
        ownCode: '',
        limit,
        reference,
      },
      { lang, t, legalSource: getLegalSource },
    );
  }, [kpi, nothingToRank, figures.data, latest, members, limit, provinceCode, lang, t]);

  const queries = [units, province, figures];
  const failed = queries.find((q) => q.error !== null);
  return {
    view,
    pending: on && view === null && failed === undefined,
    firstError: failed?.error ?? null,
    refreshFailed: queries.some((q) => q.isRefetchError),
    retry: () => {
      for (const q of queries) if (q.isError) void q.refetch();
    },
    unitCount: members.length,
  };
}
