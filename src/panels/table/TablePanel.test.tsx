import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { CURRENT_PROVINCE_CODES } from '../../data/queries/kpi-ranking';
import { fetchJson } from '../../data/http/fetch-json';
import { fakeKpiFetch } from '../common/testing/fake-source';
import { monthlySeries } from '../common/testing/observations';
import { resolveTablePanelOptions } from './definition';
import { TablePanel } from './TablePanel';

vi.mock('../../data/http/fetch-json', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../data/http/fetch-json')>()),
  fetchJson: vi.fn(),
}));

const KPI = 'dvc.online-dossier-share';
const VALUES = Array.from({ length: 14 }, (_, i) => 40 + ((i * 7) % 13));

beforeEach(() => {
  vi.mocked(fetchJson).mockReset();
  vi.mocked(fetchJson).mockImplementation(
    fakeKpiFetch((indicatorId, unitCode) =>
      monthlySeries(indicatorId, unitCode, { year: 2026, month: 10 }, [
        ...VALUES.slice(0, -1),
        40 + CURRENT_PROVINCE_CODES.indexOf(unitCode),
      ]),
    ),
  );
});

describe('<TablePanel>', () => {
  test('history: newest period first, paged, with a CSV export and no chart toggle', async () => {
    renderWithProviders(
      <TablePanel
        options={resolveTablePanelOptions({ type: 'table', kpiId: KPI })}
        unitCode="92"
      />,
    );
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('Tháng 10/2026');
    expect(screen.getByRole('group', { name: 'Phân trang' })).toHaveTextContent(
      'Trang 1/2 · Dòng 1–10 trên 14',
    );
    expect(screen.getByRole('button', { name: 'Tải CSV' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xem dạng bảng' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tải ảnh PNG' })).toBeNull();
  });

  test('history: sort by value with the keyboard, announced', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <TablePanel
        options={resolveTablePanelOptions({ type: 'table', kpiId: KPI, pageSize: 20 })}
        unitCode="92"
      />,
    );
    const table = await screen.findByRole('table');
    within(table).getByRole('button', { name: 'Giá trị' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Đã sắp xếp theo Giá trị, giảm dần.');
    const values = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.children[1]?.textContent);
    expect(values).toEqual([...values].sort((a, b) => parseFloat(b!) - parseFloat(a!)));
  });

  test('provinces: the 34 units with rank, own unit marked', async () => {
    renderWithProviders(
      <TablePanel
        options={resolveTablePanelOptions({
          type: 'table',
          kpiId: KPI,
          rows: 'provinces',
          pageSize: 50,
        })}
        unitCode="01"
      />,
    );
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(34);
    expect(rows.at(-1)).toHaveTextContent('34★ Hà Nội (đơn vị của bạn)40,0%');
  });
});
