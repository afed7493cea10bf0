import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { getLegalSource } from '../../catalog/legal-sources';
import {
  CURRENT_PROVINCE_CODES,
  kpiRankingQuery,
  rankingWindowStart,
} from '../../data/queries/kpi-ranking';
import { kpiQueries } from '../../data/queries/kpi';
import type { KpiDefinition } from '../../domain/kpi/definition';
import { useLanguage } from '../../i18n/use-language';
import { toRankingView, type RankingItem, type RankingView } from './transform';

export interface ProvinceRanking {
  /** null while loading, or when no unit could be loaded */
  view: RankingView | null;
  unitCount: number;
  pending: boolean;
  firstError: unknown;
  /** a refresh failed while earlier figures are still shown */
  refreshFailed: boolean;
  retry: () => void;
}

/**
 * One KPI for the 34 provinces, ranked: one batched request for every province, over a few
 * periods up to the own unit's latest (its series is the one the KPI tile and trend already
 * load). Shows the ranking only once every unit is in (a ranking that reshuffles as answers
 * arrive would mislead); units without figures are listed unranked.
 */
export function useProvinceRanking(
  kpi: KpiDefinition | undefined,
  kpiId: string,
  ownCode: string,
  limit: number | null,
  /** false: ask nothing (the panel ranks departments or communes instead) */
  enabled = true,
): ProvinceRanking {
  const { t } = useTranslation();
  const lang = useLanguage();
  const codes = CURRENT_PROVINCE_CODES;
  const on = enabled && kpi !== undefined;
  const own = useQuery({
    ...kpiQueries.series({ indicatorId: kpiId, unitCode: ownCode }),
    enabled: on,
  });
  // Without the own unit's figures (failed, or none) the window is the whole history.
  const ownSettled = own.data !== undefined || own.isError;
  const from = rankingWindowStart(own.data, kpiId) ?? undefined;
  const batch = useQuery({
    ...kpiRankingQuery({
      indicatorId: kpiId,
      unitCodes: codes,
      ...(from === undefined ? {} : { from }),
    }),
    enabled: on && ownSettled,
  });
  const data = batch.data;
  const view = useMemo(() => {
    if (!kpi || data === undefined) return null;
    const items: RankingItem[] = codes.map((code) => ({
      code,
      name: ADMIN_UNITS.currentByCode(code)?.name ?? code,
      observations: data[code] ?? [],
    }));
    return toRankingView({ kpi, items, ownCode, limit }, { lang, t, legalSource: getLegalSource });
  }, [kpi, data, codes, ownCode, limit, lang, t]);
  return {
    view,
    unitCount: codes.length,
    pending: on && data === undefined && !batch.isError,
    firstError: batch.error,
    refreshFailed: batch.isRefetchError,
    retry: () => {
      if (own.isError) void own.refetch();
      if (batch.isError) void batch.refetch();
    },
  };
}
