import { http, HttpResponse } from 'msw';
import { QueryClient } from '@tanstack/react-query';
import { mockServer } from '../../../mocks/node';
import { applyDefaultConfig } from '../../../test/config';
import { isContractFailure } from './contract-failure';
import { indexScoreQueries, MAX_INDEX_SCORE_PAGES } from './index-scores';

const ENDPOINT = '*/api/kpi/v1/index-scores';

function row(unitCode: string, period: string, total: number, rank: number, rankOf: number) {
  return {
    index: 'index766',
    unitCode,
    period,
    total,
    maxTotal: 100,
    rank,
    rankOf,
    source: 'test',
    asOf: '2025-08-10T08:00:00+07:00',
  };
}

function client() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

describe('indexScoreQueries', () => {
  beforeEach(applyDefaultConfig);

  test('follows nextCursor, asks for the index, keeps only that index', async () => {
    const seen: URLSearchParams[] = [];
    mockServer.use(
      http.get(ENDPOINT, ({ request }) => {
        const params = new URL(request.url).searchParams;
        seen.push(params);
        if (params.get('cursor') === null) {
          return HttpResponse.json({
            scores: [
              row('01', '2025-07', 80, 1, 34),
              { ...row('01', '2025', 500, 1, 34), index: 'dti', maxTotal: 1000 },
            ],
            nextCursor: 'p2',
          });
        }
        return HttpResponse.json({ scores: [row('79', '2025-07', 70, 2, 34)] });
      }),
    );
    const rows = await client().query(indexScoreQueries.published({ index: 'index766' }));
    expect(rows.map((r) => [r.unitCode, r.total])).toEqual([
      ['01', 80],
      ['79', 70],
    ]);
    expect(seen.map((p) => [p.get('index'), p.get('cursor'), p.get('limit')])).toEqual([
      ['index766', null, '10000'],
      ['index766', 'p2', '10000'],
    ]);
  });

  test('stops following a source that never stops paging', async () => {
    let calls = 0;
    mockServer.use(
      http.get(ENDPOINT, () => {
        calls += 1;
        return HttpResponse.json({ scores: [], nextCursor: `p${calls}` });
      }),
    );
    const error = await client()
      .query(indexScoreQueries.history({ index: 'index766' }))
      .catch((e: unknown) => e);
    expect(isContractFailure(error) && error.problem.field).toBe('nextCursor');
    expect(calls).toBe(MAX_INDEX_SCORE_PAGES);
  });

  test('a payload breaking the contract fails with the field named', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    mockServer.use(
      http.get(ENDPOINT, () =>
        HttpResponse.json({ scores: [{ ...row('01', '2025-07', 180, 1, 34) }] }),
      ),
    );
    const error = await client()
      .query(indexScoreQueries.history({ index: 'index766' }))
      .catch((e: unknown) => e);
    expect(isContractFailure(error) && error.problem.field).toBe('scores[0].total');
  });

  test('the mock source: 766 history on the 34 provinces, ranks of the latest month as served', async () => {
    const history = await client().query(indexScoreQueries.history({ index: 'index766' }));
    const periods = history.periods;
    expect(periods.length).toBeGreaterThan(30);
    expect(periods[0]?.key).toBe('2023-01');
    expect(periods[0]?.reportedOn).toBe('former');
    expect(periods.find((p) => p.key === '2025-07')?.reportedOn).toBe('current');
    for (const p of periods) {
      expect(p.units).toHaveLength(34);
      expect(p.rankOf).toBe(34);
      expect(new Set(p.units.map((u) => u.rank)).size).toBeGreaterThan(30);
    }
    // August 2025: Thái Nguyên (19) first with 86.97, as published (kpis.md §3).
    const august = periods.find((p) => p.key === '2025-08');
    expect(august?.units.find((u) => u.unitCode === '19')).toMatchObject({ total: 86.97, rank: 1 });
    expect(history.unknownCodes).toEqual([]);
  });
});
