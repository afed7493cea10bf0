import { http, HttpResponse } from 'msw';
import { QueryClient } from '@tanstack/react-query';
import { mockServer } from '../../../mocks/node';
import { applyDefaultConfig } from '../../../test/config';
import { monthPeriod, quarterPeriod, yearPeriod, type Period } from '../../domain/time/period';
import type { KpiObservation } from '../../domain/kpi/observation';
import { isHttpFailure } from '../http/errors';
import { CURRENT_PROVINCE_CODES, kpiRankingQuery, rankingWindowStart } from './kpi-ranking';

const ENDPOINT = '*/api/kpi/v1/kpi-observations';
const KPI = 'dvc.online-dossier-share';

function row(unitCode: string, period: string, value: number) {
  return {
    indicatorId: KPI,
    unitCode,
    period,
    value,
    numerator: value,
    denominator: 100,
    source: 'test',
    asOf: '2026-11-05T16:30:00+07:00',
    status: 'final',
  };
}

const at = (period: Period, indicatorId = KPI) => ({ indicatorId, period }) as KpiObservation;

describe('rankingWindowStart', () => {
  test.each([
    [
      'monthly: two months before the latest',
      [at(monthPeriod(2026, 9)), at(monthPeriod(2026, 10))],
      '2026-08',
    ],
    ['across a year boundary', [at(monthPeriod(2026, 1))], '2025-11'],
    ['quarterly', [at(quarterPeriod(2026, 1)), at(quarterPeriod(2026, 3))], '2026-Q1'],
    ['yearly', [at(yearPeriod(2024))], '2022'],
    ['other KPIs are ignored', [at(monthPeriod(2026, 10), 'other.kpi')], null],
    ['no series: the whole history', [], null],
  ] as const)('%s', (_name, series, expected) => {
    expect(rankingWindowStart(series, KPI)).toBe(expected);
  });

  test('undefined (not loaded) is the whole history', () => {
    expect(rankingWindowStart(undefined, KPI)).toBeNull();
  });
});

describe('kpiRankingQuery', () => {
  beforeEach(applyDefaultConfig);

  test('one request for every unit and its former units; each unit gets its own series', async () => {
    const urls: URL[] = [];
    mockServer.use(
      http.get(ENDPOINT, ({ request }) => {
        urls.push(new URL(request.url));
        return HttpResponse.json({
          observations: [
            row('92', '2026-10', 60),
            row('01', '2026-10', 70),
            row('93', '2025-06', 40),
          ],
        });
      }),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const result = await client.query(
      kpiRankingQuery({ indicatorId: KPI, unitCodes: CURRENT_PROVINCE_CODES, from: '2026-08' }),
    );
    expect(urls).toHaveLength(1);
    const asked = (urls[0]?.searchParams.get('unitCode') ?? '').split(',');
    for (const code of [...CURRENT_PROVINCE_CODES, '93', '94']) expect(asked).toContain(code);
    expect(new Set(asked).size).toBe(asked.length);
    expect(urls[0]?.searchParams.get('periodFrom')).toBe('2026-08');
    expect(Object.keys(result)).toHaveLength(34);
    expect(result['01']?.map((o) => o.value)).toEqual([70]);
    expect(result['79']).toEqual([]);
    // Cần Thơ: its own October, and Hậu Giang's June 2025 in its continuous history
    expect(result['92']?.map((o) => [o.unitCode, o.value])).toContainEqual(['92', 60]);
    expect(result['92']?.some((o) => o.period.kind === 'month' && o.period.year === 2025)).toBe(
      true,
    );
  });

  test('a failing source fails the batch as a whole (the panel shows the error with a retry)', async () => {
    mockServer.use(http.get(ENDPOINT, () => new HttpResponse(null, { status: 503 })));
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const error: unknown = await client
      .query(kpiRankingQuery({ indicatorId: KPI, unitCodes: ['92', '01'] }))
      .catch((e: unknown) => e);
    expect(isHttpFailure(error) && error.status).toBe(503);
  });
});
