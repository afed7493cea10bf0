import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { fetchJson } from '../../data/http/fetch-json';
import { HttpFailure } from '../../data/http/errors';
import { fakeKpiFetch } from '../common/testing/fake-source';
import { monthlySeries } from '../common/testing/observations';
import { TargetTablePanel } from './TargetTablePanel';

vi.mock('../../data/http/fetch-json', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../data/http/fetch-json')>()),
  fetchJson: vi.fn(),
}));

/** Every KPI answers a rising monthly series to 10/2026; one may fail. */
function answer(fail: string | null = null) {
  vi.mocked(fetchJson).mockImplementation(
    fakeKpiFetch((indicatorId, unitCode) =>
      indicatorId === fail
        ? new HttpFailure('http', unitCode, 'HTTP 503', 503)
        : monthlySeries(
            indicatorId,
            unitCode,
            { year: 2026, month: 10 },
            Array.from({ length: 24 }, (_, i) => 40 + i),
          ),
    ),
  );
}

beforeEach(() => {
  vi.mocked(fetchJson).mockReset();
});

describe('<TargetTablePanel>', () => {
  test('every target of the pillar, with source, verdict in words, sortable and selectable', async () => {
    const user = userEvent.setup();
    answer();
    const onSelect = vi.fn();
    renderWithProviders(
      <TargetTablePanel unitCode="92" pillar="digital-economy" onSelect={onSelect} pageSize={50} />,
    );
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    // digital economy: share of GDP (2025, 2030), share per sector (2025), productivity (2025, 2030)
    expect(rows).toHaveLength(5);
    const gdp2025 = rows.find((r) =>
      r.getAttribute('data-target-key')?.startsWith('economy.digital-share-gdp|92|2025'),
    )!;
    // 2025 is over: judged on 12/2025 (value 54 ≥ 20) → achieved, in words
    expect(gdp2025).toHaveTextContent('Đạt');
    expect(gdp2025).toHaveTextContent('52-NQ/TW, 749/QĐ-TTg, 411/QĐ-TTg');
    expect(gdp2025).toHaveTextContent('Tháng 12/2025');
    await user.click(within(table).getByRole('button', { name: /Trạng thái/ }));
    expect(within(table).getAllByRole('columnheader')[7]).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await user.click(
      within(gdp2025).getByRole('button', { name: /Xem lộ trình: .*mục tiêu 2025/ }),
    );
    expect(onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ kpiId: 'economy.digital-share-gdp', year: 2025 }),
    );
    expect(screen.getByRole('button', { name: 'Tải CSV' })).toBeInTheDocument();
  }, 20_000);

  test('a failing KPI leaves the others, and says so', async () => {
    answer('economy.labour-productivity');
    renderWithProviders(<TargetTablePanel unitCode="92" pillar="digital-economy" />);
    await screen.findByRole('table');
    expect(screen.getByText(/Không tải được số liệu của 1 chỉ tiêu/)).toBeInTheDocument();
    expect(screen.getAllByText('Không tải được')).toHaveLength(2);
  });

  test('every source failing: the error with a retry', async () => {
    vi.mocked(fetchJson).mockRejectedValue(new HttpFailure('http', 'x', 'HTTP 503', 503));
    renderWithProviders(<TargetTablePanel unitCode="92" pillar="digital-economy" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('503');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });
});
