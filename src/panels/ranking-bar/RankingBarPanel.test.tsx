import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { CURRENT_PROVINCE_CODES } from '../../data/queries/kpi-ranking';
import { fetchJson } from '../../data/http/fetch-json';
import { HttpFailure } from '../../data/http/errors';
import { chartStubState } from '../common/testing/chart-stub';
import { fakeKpiFetch } from '../common/testing/fake-source';
import { monthlySeries } from '../common/testing/observations';
import { resolveRankingBarOptions } from './definition';
import { RankingBarPanel } from './RankingBarPanel';

vi.mock('../../data/http/fetch-json', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../data/http/fetch-json')>()),
  fetchJson: vi.fn(),
}));
vi.mock('../../charts/LazyChart', async () => {
  const { ChartStub } = await import('../common/testing/chart-stub');
  return { LazyChart: ChartStub, createLazyChart: () => ChartStub };
});

const KPI = 'dvc.full-online-services';
const OPTIONS = resolveRankingBarOptions({ type: 'ranking-bar', kpiId: KPI });

/** Each province's value: 40 + its position in the catalogue (so the last one ranks first). */
function valueOf(code: string): number {
  return 40 + CURRENT_PROVINCE_CODES.indexOf(code);
}

function answerAll(fail: readonly string[] = []) {
  vi.mocked(fetchJson).mockImplementation(
    fakeKpiFetch((indicatorId, unitCode) =>
      fail.includes(unitCode)
        ? new HttpFailure('http', unitCode, 'HTTP 503', 503)
        : monthlySeries(indicatorId, unitCode, { year: 2026, month: 10 }, [30, valueOf(unitCode)]),
    ),
  );
}

beforeEach(() => {
  vi.mocked(fetchJson).mockReset();
  chartStubState.lastOption = null;
});

describe('<RankingBarPanel>', () => {
  test('asks for the 34 provinces in one request and ranks them, own unit stated in words', async () => {
    answerAll();
    renderWithProviders(<RankingBarPanel options={OPTIONS} unitCode="92" />);
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải dữ liệu…');
    const chart = await screen.findByTestId('chart');
    // the own unit's series (it anchors the window), then one request for every province
    expect(fetchJson).toHaveBeenCalledTimes(2);
    const batch = new URL(vi.mocked(fetchJson).mock.calls[1]?.[0] ?? '');
    const asked = (batch.searchParams.get('unitCode') ?? '').split(',');
    for (const code of CURRENT_PROVINCE_CODES) expect(asked).toContain(code);
    // the own series ends in 2026-10: the window starts two months earlier
    expect(batch.searchParams.get('periodFrom')).toBe('2026-08');
    const rank = 34 - CURRENT_PROVINCE_CODES.indexOf('92');
    const region = screen.getByRole('region');
    expect(region).toHaveTextContent(`Cần Thơ: hạng ${rank}/34`);
    expect(chart).toHaveAccessibleName(
      expect.stringContaining(
        `xếp hạng 34 đơn vị, Tháng 10/2026. Cần Thơ: hạng ${rank}/34.`,
      ) as string,
    );
    expect((chartStubState.lastOption?.yAxis as { data: string[] }).data).toHaveLength(34);
  });

  test('the table lists all units with the own unit marked, sortable by name', async () => {
    const user = userEvent.setup();
    answerAll();
    renderWithProviders(<RankingBarPanel options={OPTIONS} unitCode="92" />);
    await screen.findByTestId('chart');
    await user.click(screen.getByRole('button', { name: 'Xem dạng bảng' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(11); // header + page of 10
    await user.click(within(table).getByRole('button', { name: 'Đơn vị' }));
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('An Giang');
    const pager = screen.getByRole('group', { name: 'Phân trang' });
    expect(pager).toHaveTextContent('Trang 1/4 · Dòng 1–10 trên 34');
    // Cần Thơ is on the first page by name: marked in words
    expect(
      within(table)
        .getByText(/Cần Thơ/)
        .closest('th'),
    ).toHaveTextContent('Cần Thơ (đơn vị của bạn)');
  });

  test('units without figures in the window are listed, not ranked', async () => {
    vi.mocked(fetchJson).mockImplementation(
      fakeKpiFetch((indicatorId, unitCode) =>
        ['01', '79'].includes(unitCode)
          ? []
          : monthlySeries(indicatorId, unitCode, { year: 2026, month: 10 }, [
              30,
              valueOf(unitCode),
            ]),
      ),
    );
    renderWithProviders(<RankingBarPanel options={OPTIONS} unitCode="92" />);
    await screen.findByTestId('chart');
    expect((chartStubState.lastOption?.yAxis as { data: string[] }).data).toHaveLength(32);
  });

  test('the own series failing: the window is the whole history, still one batch', async () => {
    vi.mocked(fetchJson).mockImplementation((url: string) => {
      const units = (new URL(url).searchParams.get('unitCode') ?? '').split(',');
      if (units.length < 34) return Promise.reject(new HttpFailure('http', url, 'HTTP 400', 400));
      return fakeKpiFetch((id, unit) =>
        monthlySeries(id, unit, { year: 2026, month: 10 }, [30, valueOf(unit)]),
      )(url);
    });
    renderWithProviders(<RankingBarPanel options={OPTIONS} unitCode="92" />);
    await screen.findByTestId('chart');
    const batch = vi
      .mocked(fetchJson)
      .mock.calls.map(([u]) => new URL(u))
      .at(-1);
    expect(batch?.searchParams.get('periodFrom')).toBeNull();
    expect((chartStubState.lastOption?.yAxis as { data: string[] }).data).toHaveLength(34);
  });

  test('all sources failing: the error with a retry', async () => {
    const user = userEvent.setup();
    answerAll(CURRENT_PROVINCE_CODES);
    renderWithProviders(<RankingBarPanel options={OPTIONS} unitCode="92" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 503');
    answerAll();
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByTestId('chart')).toBeInTheDocument();
  });

  test('a limit draws the best bars plus the own unit, and says how many are not drawn', async () => {
    answerAll();
    renderWithProviders(<RankingBarPanel options={{ ...OPTIONS, limit: 5 }} unitCode="01" />);
    await screen.findByTestId('chart');
    const drawn = (chartStubState.lastOption?.yAxis as { data: string[] }).data;
    expect(drawn).toHaveLength(6);
    expect(drawn.at(-1)).toBe('01'); // Hà Nội, 34th here, drawn after the best five
    expect(screen.getByRole('region')).toHaveTextContent('… và 28 đơn vị khác (xem dạng bảng)');
  });

  test('an unknown KPI is reported, nothing fetched', () => {
    renderWithProviders(
      <RankingBarPanel options={{ ...OPTIONS, kpiId: 'no.such' }} unitCode="92" />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('no.such');
    expect(fetchJson).not.toHaveBeenCalled();
  });
});

describe('<RankingBarPanel breakdown>', () => {
  const DEPTS = [
    { code: '92.so-tu-phap', name: 'Sở Tư pháp', value: 71.5 },
    { code: '92.so-y-te', name: 'Sở Y tế', value: 48.25 },
    { code: '92.so-xay-dung', name: 'Sở Xây dựng', value: 60 },
  ];

  test('ranks the departments for the province latest month, province figure stated', async () => {
    const asked: string[] = [];
    vi.mocked(fetchJson).mockImplementation((url: string) => {
      asked.push(url);
      const u = new URL(url);
      if (u.pathname.endsWith('/units')) {
        return Promise.resolve({
          units: [
            ...DEPTS.map((d) => ({
              code: d.code,
              name: d.name,
              kind: 'department',
              parent: '92',
              synthetic: true,
              departmentId: d.code.slice(3),
            })),
            {
              code: '31117',
              name: 'Phường Ninh Kiều',
              kind: 'ward',
              parent: '92',
              synthetic: true,
            },
          ],
        });
      }
      const codes = (u.searchParams.get('unitCode') ?? '').split(',');
      if (codes[0] === '92') {
        return fakeKpiFetch((id, unit) =>
          monthlySeries(id, unit, { year: 2026, month: 10 }, [50, 62.5]),
        )(url);
      }
      expect(u.searchParams.get('period')).toBe('2026-10');
      return Promise.resolve({
        observations: DEPTS.filter((d) => codes.includes(d.code)).map((d) => ({
          indicatorId: KPI,
          unitCode: d.code,
          period: '2026-10',
          value: d.value,
          source: 'test',
          asOf: '2026-10-28T10:00:00+07:00',
          status: 'final',
        })),
      });
    });
    renderWithProviders(
      <RankingBarPanel options={{ ...OPTIONS, breakdown: 'departments' }} unitCode="92" />,
    );
    await screen.findByTestId('chart');
    const region = screen.getByRole('region');
    expect(region).toHaveTextContent('theo sở, ngành — Tháng 10/2026');
    expect(region).toHaveTextContent('Cần Thơ (toàn tỉnh): 62,5%');
    expect((chartStubState.lastOption?.yAxis as { data: string[] }).data).toEqual([
      '92.so-tu-phap',
      '92.so-xay-dung',
      '92.so-y-te',
    ]);
    // one request for the units, one for the province, one for all departments: not 34
    expect(asked).toHaveLength(3);
    expect(asked.some((u) => u.includes('31117'))).toBe(false);
  });
});
