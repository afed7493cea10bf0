import { queryOptions } from '@tanstack/react-query';
import type { UnitListing } from '../../domain/admin-units/listing';
import type { LateDossier } from '../../domain/dossiers/late';
import type { ProcedureStats } from '../../domain/dossiers/procedures';
import type { DossierStats } from '../../domain/dossiers/stats';
import type { Result } from '../../domain/result';
import { sourceTimeout, sourceUrl } from '../config/current-config';
import { parseDossierStats } from '../contracts/dossier-stats';
import { contractError, type ContractError } from '../contracts/errors';
import { parseLateDossiers } from '../contracts/late-dossiers';
import { parseProcedureStats } from '../contracts/procedure-stats';
import { parseUnitListings } from '../contracts/units';
import { fetchJson } from '../http/fetch-json';
import { ContractFailure, unwrapContract } from './contract-failure';

/**
 * Most pages one list may take. A source that keeps handing out cursors is broken, and
 * following it forever would hang the panel.
 */
export const MAX_DOSSIER_PAGES = 20;

/** Rows asked for per page: the late-dossier list of a large province fits in one or two. */
const PAGE_LIMIT = 5000;

/**
 * First month with a department and commune breakdown: the two-tier local government started
 * on 1 July 2025 (kpis.md §1), and the one-stop systems report by the new units from then.
 */
export const BREAKDOWN_FIRST_PERIOD = '2025-07';

type Params = Record<string, string | number | undefined>;

/** Follows nextCursor over a KPI-source endpoint and gathers the rows of every page. */
async function allPages<T>(
  path: string,
  params: Params,
  parse: (
    json: unknown,
  ) => Result<{ rows: readonly T[]; nextCursor: string | null }, ContractError>,
  signal: AbortSignal,
): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_DOSSIER_PAGES; page++) {
    const url = sourceUrl('kpi', path, { ...params, limit: PAGE_LIMIT, cursor });
    const json = await fetchJson(url, { signal, timeoutMs: sourceTimeout('kpi') });
    const parsed = unwrapContract(parse(json));
    rows.push(...parsed.rows);
    if (parsed.nextCursor === null) return rows;
    cursor = parsed.nextCursor;
  }
  throw new ContractFailure(
    contractError('nextCursor', `more than ${MAX_DOSSIER_PAGES} pages: stopped following`, 'kpi'),
  );
}

function mapRows<A, B>(
  result: Result<A, ContractError>,
  pick: (value: A) => { rows: readonly B[]; nextCursor: string | null },
): Result<{ rows: readonly B[]; nextCursor: string | null }, ContractError> {
  return result.ok ? { ok: true, value: pick(result.value) } : result;
}

const statsRows = (json: unknown) =>
  mapRows(parseDossierStats(json, { source: 'kpi' }), (v) => ({
    rows: v.statistics,
    nextCursor: v.nextCursor,
  }));

/** Every late dossier of a scope, gathered over all pages, with the source's as-of time. */
export interface LateDossierList {
  readonly dossiers: readonly LateDossier[];
  readonly total: number;
  readonly asOfMs: number;
}

/** Unit code of a department in a province, as the KPI source names it ("92.so-nnmt"). */
export function departmentUnitCode(provinceCode: string, departmentId: string): string {
  return `${provinceCode}.${departmentId}`;
}

/** Query factories for the dossier endpoints of the KPI source (docs/mocks.md). */
export const dossierQueries = {
  all: ['dossiers'] as const,

  /**
   * Monthly dossier statistics of one unit (province, "92.so-nnmt" department or commune)
   * since the July 2025 reform, oldest first.
   */
  monthly: (unitCode: string) =>
    queryOptions({
      queryKey: [...dossierQueries.all, 'monthly', unitCode] as const,
      queryFn: async ({ signal }): Promise<DossierStats[]> => {
        const rows = await allPages(
          'dossier-statistics',
          { unitCode, periodFrom: BREAKDOWN_FIRST_PERIOD },
          statsRows,
          signal,
        );
        return rows.filter((r) => r.unitCode === unitCode);
      },
    }),

  /** One row per department (breakdown=department) or commune of a province for one month. */
  breakdown: (provinceCode: string, period: string, by: 'department' | 'commune') =>
    queryOptions({
      queryKey: [...dossierQueries.all, 'breakdown', provinceCode, period, by] as const,
      queryFn: ({ signal }): Promise<DossierStats[]> =>
        allPages(
          'dossier-statistics',
          { unitCode: provinceCode, period, breakdown: by },
          statsRows,
          signal,
        ),
    }),

  /** Statistics per procedure of a unit (province or department unit code) for one month. */
  procedures: (unitCode: string, period: string) =>
    queryOptions({
      queryKey: [...dossierQueries.all, 'procedures', unitCode, period] as const,
      queryFn: ({ signal }): Promise<ProcedureStats[]> =>
        allPages(
          'procedure-statistics',
          { unitCode, period },
          (json) =>
            mapRows(parseProcedureStats(json, { source: 'kpi' }), (v) => ({
              rows: v.procedures,
              nextCursor: v.nextCursor,
            })),
          signal,
        ),
    }),

  /**
   * Every late dossier of a unit (pending past the deadline, and processed late in the running
   * month). The endpoint pages but neither sorts on request nor filters by procedure, so the
   * whole list is gathered once and sorted, filtered and paged on the client.
   */
  late: (unitCode: string) =>
    queryOptions({
      queryKey: [...dossierQueries.all, 'late', unitCode] as const,
      queryFn: async ({ signal }): Promise<LateDossierList> => {
        let total = 0;
        let asOfMs = 0;
        const dossiers = await allPages(
          'late-dossiers',
          { unitCode },
          (json) =>
            mapRows(parseLateDossiers(json, { source: 'kpi' }), (v) => {
              total = v.total;
              asOfMs = v.asOfMs;
              return { rows: v.dossiers, nextCursor: v.nextCursor };
            }),
          signal,
        );
        if (dossiers.length !== total) {
          throw new ContractFailure(
            contractError('total', `is ${total} but the pages hold ${dossiers.length}`, 'kpi'),
          );
        }
        return { dossiers, total, asOfMs };
      },
    }),

  /** Departments and communes of a province as the source names them (GET /units). */
  units: (provinceCode: string) =>
    queryOptions({
      queryKey: [...dossierQueries.all, 'units', provinceCode] as const,
      queryFn: ({ signal }): Promise<UnitListing[]> =>
        allPages(
          'units',
          { parent: provinceCode },
          (json) =>
            mapRows(parseUnitListings(json, { source: 'kpi' }), (v) => ({
              rows: v.units,
              nextCursor: v.nextCursor,
            })),
          signal,
        ),
      // Names of units change with a reorganisation, not within a session.
      staleTime: 60 * 60_000,
    }),
};
