import { queryOptions } from '@tanstack/react-query';
import { ADMIN_UNITS_DATA } from '../../catalog/admin-units';
import { sourceTimeout, sourceUrl } from '../config/current-config';
import { contractError } from '../contracts/errors';
import { parseIndexScores, type IndexId, type IndexScore } from '../contracts/index-scores';
import { fetchJson } from '../http/fetch-json';
import { ContractFailure, unwrapContract } from './contract-failure';
import { toIndexHistory } from './index-scores-history';

export type { IndexId } from '../contracts/index-scores';
export type {
  IndexGroupScore,
  IndexHistory,
  IndexPeriod,
  IndexUnitScore,
} from './index-scores-history';
export { latestIndexPeriod } from './index-scores-history';

/**
 * Most pages one index may take. The whole 766 history (63 units × 30 months, then 34 units a
 * month) is about 2,500 rows: one page at PAGE_LIMIT. A source that keeps handing out cursors is
 * broken, and following it forever would hang the panels.
 */
export const MAX_INDEX_SCORE_PAGES = 20;
/** Rows asked for per page (the contract's maximum). */
export const INDEX_SCORE_PAGE_LIMIT = 10_000;

export interface IndexScoreParams {
  index: IndexId;
  /** first and last period, inclusive ("2024-01", "2025"); omitted = whole history */
  from?: string;
  to?: string;
}

/** Every published score of one index, all units and periods (following the cursor). */
async function fetchIndexScores(
  params: IndexScoreParams,
  signal: AbortSignal,
): Promise<IndexScore[]> {
  const scores: IndexScore[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_INDEX_SCORE_PAGES; page++) {
    const url = sourceUrl('kpi', 'index-scores', {
      index: params.index,
      periodFrom: params.from,
      periodTo: params.to,
      limit: INDEX_SCORE_PAGE_LIMIT,
      cursor,
    });
    const json = await fetchJson(url, { signal, timeoutMs: sourceTimeout('kpi') });
    const parsed = unwrapContract(parseIndexScores(json, { source: 'kpi' }));
    // `index` is a filter of the mock (not in the OpenAPI yet): a source that ignores it sends
    // every index, so keep only the one asked for.
    scores.push(...parsed.scores.filter((s) => s.index === params.index));
    if (parsed.nextCursor === null) return scores;
    cursor = parsed.nextCursor;
  }
  throw new ContractFailure(
    contractError(
      'nextCursor',
      `more than ${MAX_INDEX_SCORE_PAGES} pages: stopped following`,
      'kpi',
    ),
  );
}

/** Query factories for GET {kpi}/index-scores: keys and fetchers together. */
export const indexScoreQueries = {
  all: ['index-scores'] as const,
  /** One index as published: raw rows (63 former units before 7/2025, 34 after). */
  published: (params: IndexScoreParams) =>
    queryOptions({
      queryKey: [...indexScoreQueries.all, 'published', params] as const,
      queryFn: ({ signal }) => fetchIndexScores(params, signal),
    }),
  /**
   * One index as one history on the 34 current provinces: pre-reform periods aggregated from the
   * former units (mean) and re-ranked among the 34 (index-scores-history.ts).
   */
  history: (params: IndexScoreParams) =>
    queryOptions({
      queryKey: [...indexScoreQueries.all, 'history', params] as const,
      queryFn: async ({ signal }) =>
        toIndexHistory(await fetchIndexScores(params, signal), params.index, ADMIN_UNITS_DATA),
    }),
};

/** The catalogue KPI that names each index (title, unit, source) in panels and specs. */
export const INDEX_KPI_IDS = { index766: 'index766.total', dti: 'dti.score' } as const;
export type IndexKpiId = (typeof INDEX_KPI_IDS)[IndexId];

export function indexOfKpi(kpiId: IndexKpiId): IndexId {
  return kpiId === INDEX_KPI_IDS.dti ? 'dti' : 'index766';
}
