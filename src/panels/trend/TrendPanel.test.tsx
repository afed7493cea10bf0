import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { fetchJson } from '../../data/http/fetch-json';
import { HttpFailure } from '../../data/http/errors';
import { chartStubState } from '../common/testing/chart-stub';
import { fakeKpiFetch } from '../common/testing/fake-source';
import { monthlySeries } from '../common/testing/observations';
import { resolveTrendOptions } from './definition';
import { TrendPanel } from './TrendPanel';

vi.mock('../../data/http/fetch-json', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../data/http/fetch-json')>()),
  fetchJson: vi.fn(),
}));
vi.mock('../../charts/LazyChart', async () => {
  const { ChartStub } = await import('../common/testing/chart-stub');
  return { LazyChart: ChartStub, createLazyChart: () => ChartStub };
});
const saveBlob = vi.hoisted(() => vi.fn());
vi.mock('../../charts/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../charts/download')>()),
  saveBlob,
}));

const KPI = 'dvc.full-online-services';
const NAME_VI =
  'Tỷ lệ dịch vụ công trực tuyến toàn trình (mức độ 4), được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động';
const RISING = Array.from({ length: 24 }, (_, i) => 40 + i);
const series = (values: readonly number[] = RISING) =>
  monthlySeries(KPI, '92', { year: 2026, month: 10 }, values);
const OPTIONS = resolveTrendOptions({ type: 'trend', kpiId: KPI });

function answer(result: ReturnType<typeof series> | Error) {
  vi.mocked(fetchJson).mockImplementation(fakeKpiFetch(() => result));
}

beforeEach(() => {
  vi.mocked(fetchJson).mockReset();
  saveBlob.mockReset();
  chartStubState.lastOption = null;
});

describe('<TrendPanel>', () => {
  test('loads, then draws the chart with its summary and the projection in words', async () => {
    answer(series());
    renderWithProviders(<TrendPanel options={OPTIONS} unitCode="92" />);
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải dữ liệu…');
    const chart = await screen.findByTestId('chart');
    const region = screen.getByRole('region', { name: `${NAME_VI} — Cần Thơ` });
    expect(region).toContainElement(chart);
    // Cần Thơ was formed from Cần Thơ, Hậu Giang and Sóc Trăng on 1 July 2025. This series has
    // no numerators/denominators, and percentages are never averaged, so the periods before the
    // merger cannot be rebuilt for the new unit: only the 16 since July 2025 are shown.
    expect(chart).toHaveAccessibleName(
      expect.stringContaining('Cần Thơ: 16 kỳ, từ Tháng 07/2025') as string,
    );
    expect(region).toHaveTextContent('Theo xu hướng hiện nay, dự kiến đạt 100% vào Tháng 11/2029');
    expect(region).toHaveTextContent('Nguồn: test');
    expect(region.querySelector('time')?.textContent).toBe('28/10/2026 10:00');
    expect(chartStubState.lastOption?.series).toHaveLength(4);
    expect(fetchJson).toHaveBeenCalledWith(
      expect.stringContaining('indicatorId=dvc.full-online-services&unitCode=92'),
      expect.anything(),
    );
  });

  test('the table view lists every period, newest first, sortable', async () => {
    const user = userEvent.setup();
    answer(series([50, 55, 52]));
    renderWithProviders(<TrendPanel options={OPTIONS} unitCode="92" />);
    await screen.findByTestId('chart');
    await user.click(screen.getByRole('button', { name: 'Xem dạng bảng' }));
    const table = screen.getByRole('table', { name: `${NAME_VI} — Cần Thơ` });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'Kỳ▼Giá trị↕Trạng thái số liệu',
      'Tháng 10/202652,0%Chính thức',
      'Tháng 09/202655,0%Chính thức',
      'Tháng 08/202650,0%Chính thức',
    ]);
    await user.click(within(table).getByRole('button', { name: 'Giá trị' }));
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('55,0%');
  });

  test('CSV from the chart view and from the table view; PNG only with the chart', async () => {
    const user = userEvent.setup();
    answer(series([50, 55, 52]));
    renderWithProviders(<TrendPanel options={OPTIONS} unitCode="92" />);
    await screen.findByTestId('chart');
    await user.click(screen.getByRole('button', { name: 'Tải ảnh PNG' }));
    expect(saveBlob).toHaveBeenLastCalledWith(
      chartStubState.png,
      'dvc.full-online-services_92_2026-10.png',
    );
    await user.click(screen.getByRole('button', { name: 'Xem dạng bảng' }));
    expect(screen.getByRole('button', { name: 'Tải ảnh PNG' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Tải CSV' }));
    const [blob, name] = saveBlob.mock.lastCall as [Blob, string];
    expect(name).toBe('dvc.full-online-services_92_2026-10.csv');
    expect(await blob.text()).toContain(
      'dvc.full-online-services,92,Cần Thơ,2026-10,Tháng 10/2026,52,%',
    );
  });

  test('an HTTP failure shows the error with a retry that recovers', async () => {
    const user = userEvent.setup();
    vi.mocked(fetchJson)
      .mockRejectedValueOnce(new HttpFailure('http', 'x', 'HTTP 503', 503))
      .mockImplementation(fakeKpiFetch(() => series()));
    renderWithProviders(<TrendPanel options={OPTIONS} unitCode="92" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 503');
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByTestId('chart')).toBeInTheDocument();
  });

  test('no data yet: says so', async () => {
    answer([]);
    renderWithProviders(<TrendPanel options={OPTIONS} unitCode="92" />);
    expect(await screen.findByText('Chưa có dữ liệu cho kỳ này.')).toBeInTheDocument();
  });

  test('markup in the source is shown as text', async () => {
    answer(series().map((o) => ({ ...o, source: '<img src=x onerror=alert(1)>' })));
    const { container } = renderWithProviders(<TrendPanel options={OPTIONS} unitCode="92" />);
    await screen.findByTestId('chart');
    expect(screen.getByRole('region')).toHaveTextContent('Nguồn: <img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });

  test('an unknown KPI is reported on the panel, and nothing is fetched', () => {
    renderWithProviders(
      <TrendPanel options={{ ...OPTIONS, kpiId: 'no.such-kpi' }} unitCode="92" />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('no.such-kpi');
    expect(fetchJson).not.toHaveBeenCalled();
  });

  test('English', async () => {
    answer(series());
    renderWithProviders(<TrendPanel options={OPTIONS} unitCode="92" />, 'en');
    await screen.findByTestId('chart');
    const region = screen.getByRole('region', {
      name: /^Share of .* — Cần Thơ$/,
    });
    expect(region).toHaveTextContent('At the current pace, 100% is reached in 11/2029');
    expect(within(region).getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
  });
});
