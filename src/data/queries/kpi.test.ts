import { http, HttpResponse } from 'msw';
import { QueryClient } from '@tanstack/react-query';
import { mockServer } from '../../../mocks/node';
import { applyDefaultConfig } from '../../../test/config';
import { isContractFailure } from './contract-failure';
import { kpiQueries, MAX_KPI_PAGES } from './kpi';

const ENDPOINT = '*/api/kpi/v1/kpi-observations';

function observation(period: string) {
  return {
    indicatorId: 'dvc.online-dossier-share',
    unitCode: '92',
    period,
    value: 50,
    numerator: 50,
    denominator: 100,
    source: 'test',
    asOf: '2025-06-05T16:30:00+07:00',
    status: 'final',
  };
}

function client() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

describe('kpiQueries.series', () => {
  beforeEach(applyDefaultConfig);

  test('follows nextCursor to the last page', async () => {
    const cursors: (string | null)[] = [];
    mockServer.use(
      http.get(ENDPOINT, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        cursors.push(cursor);
        if (cursor === null)
          return HttpResponse.json({ observations: [observation('2025-01')], nextCursor: 'p2' });
        if (cursor === 'p2')
          return HttpResponse.json({ observations: [observation('2025-02')], nextCursor: 'p3' });
        return HttpResponse.json({ observations: [observation('2025-03')] });
      }),
    );
    const series = await client().query(
      kpiQueries.series({ indicatorId: 'dvc.online-dossier-share', unitCode: '92' }),
    );
    expect(series.map((o) => o.period)).toEqual([
      { kind: 'month', year: 2025, month: 1 },
      { kind: 'month', year: 2025, month: 2 },
      { kind: 'month', year: 2025, month: 3 },
    ]);
    expect(cursors).toEqual([null, 'p2', 'p3']);
  });

  test('stops following a source that never stops paging', async () => {
    let calls = 0;
    mockServer.use(
      http.get(ENDPOINT, () => {
        calls += 1;
        return HttpResponse.json({ observations: [], nextCursor: `p${calls}` });
      }),
    );
    const error = await client()
      .query(kpiQueries.series({ indicatorId: 'dvc.online-dossier-share', unitCode: '92' }))
      .catch((e: unknown) => e);
    expect(isContractFailure(error) && error.problem.field).toBe('nextCursor');
    expect(calls).toBe(MAX_KPI_PAGES);
  });

  test('sends the unit, the KPI and the window', async () => {
    let seen: URLSearchParams | null = null;
    mockServer.use(
      http.get(ENDPOINT, ({ request }) => {
        seen = new URL(request.url).searchParams;
        return HttpResponse.json({ observations: [] });
      }),
    );
    await client().query(
      kpiQueries.series({
        indicatorId: 'dvc.online-dossier-share',
        unitCode: '08',
        from: '2024-01',
        to: '2024-12',
      }),
    );
    // Tuyên Quang (08) was formed from Hà Giang (02) and Tuyên Quang (08): its history needs both.
    expect(Object.fromEntries(seen!)).toEqual({
      indicatorId: 'dvc.online-dossier-share',
      unitCode: '08,02',
      from: '2024-01',
      to: '2024-12',
    });
  });
});
