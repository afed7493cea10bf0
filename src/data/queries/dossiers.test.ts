import { http, HttpResponse } from 'msw';
import { QueryClient } from '@tanstack/react-query';
import { mockServer } from '../../../mocks/node';
import { applyDefaultConfig } from '../../../test/config';
import { pendingTotal } from '../../domain/dossiers/stats';
import { periodKey } from '../../domain/time/period';
import { isContractFailure } from './contract-failure';
import { dossierQueries, MAX_DOSSIER_PAGES } from './dossiers';

function client() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

describe('dossierQueries (against the mock KPI source)', () => {
  beforeEach(applyDefaultConfig);

  test('monthly: every month since 07/2025, oldest first, for the unit asked', async () => {
    const rows = await client().query(dossierQueries.monthly('92'));
    expect(rows.length).toBeGreaterThan(3);
    expect(periodKey(rows[0]!.period)).toBe('2025-07');
    expect(rows.every((r) => r.unitCode === '92')).toBe(true);
  });

  test('the department breakdown adds up to the province, and a department to its procedures', async () => {
    const qc = client();
    const monthly = await qc.query(dossierQueries.monthly('92'));
    const province = monthly.at(-2)!; // a closed month
    const period = periodKey(province.period);
    const departments = await qc.query(dossierQueries.breakdown('92', period, 'department'));
    const communes = await qc.query(dossierQueries.breakdown('92', period, 'commune'));
    const sum = (rows: readonly { pendingOverdue: number }[]) =>
      rows.reduce((s, r) => s + r.pendingOverdue, 0);
    expect(departments.every((d) => d.unitCode.startsWith('92.'))).toBe(true);
    expect(sum(departments) + sum(communes)).toBe(province.pendingOverdue);

    const dept = departments[0]!;
    const procedures = await qc.query(dossierQueries.procedures(dept.unitCode, period));
    expect(procedures.reduce((s, p) => s + pendingTotal(p), 0)).toBe(pendingTotal(dept));
  });

  test('late: the whole list over pages, matching the total', async () => {
    const list = await client().query(dossierQueries.late('92.so-nnmt'));
    expect(list.dossiers).toHaveLength(list.total);
    expect(list.dossiers.every((d) => d.departmentId === 'so-nnmt')).toBe(true);
  });

  test('late: follows the cursor, and refuses a page set that does not add up to the total', async () => {
    const dossier = {
      dossierCode: 'X-1',
      procedureCode: 'MP-1',
      procedureName: 'Thủ tục',
      departmentId: 'so-nnmt',
      unitCode: '92.so-nnmt',
      unitName: 'Sở',
      receivedAt: '2026-10-01T08:00:00+07:00',
      dueAt: '2026-10-10T17:00:00+07:00',
      processedAt: null,
      daysLate: 3,
      status: 'pending-overdue',
    };
    const asOf = '2026-11-22T16:30:00+07:00';
    mockServer.use(
      http.get('*/api/kpi/v1/late-dossiers', ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        return cursor === null
          ? HttpResponse.json({ dossiers: [dossier], total: 3, asOf, nextCursor: 'p2' })
          : HttpResponse.json({ dossiers: [{ ...dossier, dossierCode: 'X-2' }], total: 3, asOf });
      }),
    );
    const failure = await client()
      .query(dossierQueries.late('92.so-nnmt'))
      .catch((e: unknown) => e);
    expect(isContractFailure(failure) && failure.problem.field).toBe('total');
  });

  test('stops following a source that never stops paging', async () => {
    let calls = 0;
    mockServer.use(
      http.get('*/api/kpi/v1/dossier-statistics', () => {
        calls += 1;
        return HttpResponse.json({ statistics: [], nextCursor: `p${calls}` });
      }),
    );
    const failure = await client()
      .query(dossierQueries.monthly('92'))
      .catch((e: unknown) => e);
    expect(isContractFailure(failure) && failure.problem.field).toBe('nextCursor');
    expect(calls).toBe(MAX_DOSSIER_PAGES);
  });

  test('a payload that breaks the contract fails with the field named', async () => {
    mockServer.use(
      http.get('*/api/kpi/v1/procedure-statistics', () =>
        HttpResponse.json({ procedures: [{ procedureCode: 'MP-1' }] }),
      ),
    );
    const failure = await client()
      .query(dossierQueries.procedures('92.so-nnmt', '2026-10'))
      .catch((e: unknown) => e);
    expect(isContractFailure(failure)).toBe(true);
  });
});
