import { useMemo } from 'react';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { getLegalSource } from '../../catalog/legal-sources';
import { CURRENT_PROVINCE_CODES, kpiRankingQueries } from '../../data/queries/kpi-ranking';
import type { KpiDefinition } from '../../domain/kpi/definition';
import type { KpiObservation } from '../../domain/kpi/observation';
import { useLanguage } from '../../i18n/use-language';
import { toRankingView, type RankingItem, type RankingView } from './transform';

interface Combined {
  data: (KpiObservation[] | null)[];
  pending: boolean;
  firstError: unknown;
  /** a refresh failed for a unit whose earlier figures are still shown */
  refreshFailed: boolean;
  retry: () => void;
}

// A stable reference: TanStack Query re-runs combine only when a result changes.
function combine(results: UseQueryResult<KpiObservation[]>[]): Combined {
  return {
    data: results.map((r) => r.data ?? null),
    pending: results.some((r) => r.isPending && r.fetchStatus !== 'idle'),
    firstError: results.find((r) => r.error !== null)?.error ?? null,
    refreshFailed: results.some((r) => r.isRefetchError),
    retry: () => {
      for (const r of results) if (r.isError) void r.refetch();
    },
  };
}

export interface ProvinceRanking extends Omit<Combined, 'data'> {
  /** null while loading, or when no unit could be loaded */
  view: RankingView | null;
  unitCount: number;
}

/**
 * One KPI for the 34 provinces, ranked. Waits until every unit has answered (a ranking that
 * reshuffles as answers arrive would mislead); units that fail are listed unranked.
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
  const { data, ...state } = useQueries({
    queries: kpiRankingQueries(kpiId, codes).map((q) => ({
      ...q,
      enabled: enabled && kpi !== undefined,
    })),
    combine,
  });
  const view = useMemo(() => {
    if (!kpi || state.pending || !data.some((d) => d !== null)) return null;
    const items: RankingItem[] = codes.map((code, i) => ({
      code,
      name: ADMIN_UNITS.currentByCode(code)?.name ?? code,
      observations: data[i] ?? null,
    }));
    return toRankingView({ kpi, items, ownCode, limit }, { lang, t, legalSource: getLegalSource });
  }, [kpi, state.pending, data, codes, ownCode, limit, lang, t]);
  return { ...state, view, unitCount: codes.length };
}
