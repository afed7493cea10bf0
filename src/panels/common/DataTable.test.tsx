import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { DataTable, type DataColumn } from './DataTable';

interface Row {
  code: string;
  name: string;
  value: number | null;
}

const ROWS: Row[] = Array.from({ length: 25 }, (_, i) => ({
  code: String(i + 1).padStart(2, '0'),
  name: `Tỉnh ${String.fromCharCode(65 + i)}`,
  value: i === 3 ? null : (i * 7) % 25,
}));

const COLUMNS: DataColumn<Row>[] = [
  { id: 'name', header: 'Đơn vị', text: (r) => r.name, sortValue: (r) => r.name, rowHeader: true },
  {
    id: 'value',
    header: 'Giá trị',
    text: (r) => (r.value === null ? '—' : String(r.value)),
    sortValue: (r) => r.value,
    firstDirection: 'descending',
    align: 'end',
  },
  { id: 'code', header: 'Mã', text: (r) => r.code },
];

function bodyRows() {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1);
}

function renderTable(
  rows: Row[] = ROWS,
  extra: Partial<Parameters<typeof DataTable<Row>>[0]> = {},
) {
  return renderWithProviders(
    <DataTable
      caption="Bảng thử"
      columns={COLUMNS}
      rows={rows}
      rowKey={(r) => r.code}
      {...extra}
    />,
  );
}

describe('<DataTable>', () => {
  test('a captioned table with row headers; a column without sortValue is not a button', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Bảng thử' });
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('Tỉnh A');
    expect(within(table).getByRole('button', { name: 'Đơn vị' })).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: 'Mã' })).toBeNull();
    expect(bodyRows()).toHaveLength(10);
  });

  test('sorting by keyboard: aria-sort follows, the change is announced, missing values last', async () => {
    const user = userEvent.setup();
    renderTable();
    const valueHeader = screen.getByRole('columnheader', { name: 'Giá trị' });
    expect(valueHeader).not.toHaveAttribute('aria-sort');
    within(valueHeader).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('status')).toHaveTextContent('Đã sắp xếp theo Giá trị, giảm dần.');
    expect(bodyRows()[0]).toHaveTextContent('24');
    await user.keyboard(' ');
    expect(valueHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('status')).toHaveTextContent('tăng dần');
    expect(bodyRows()[0]).toHaveTextContent('0');
    // the missing value sorts last in both directions: it is on the last page
    await user.click(screen.getByRole('button', { name: /Trang sau/ }));
    await user.click(screen.getByRole('button', { name: /Trang sau/ }));
    expect(bodyRows().at(-1)).toHaveTextContent('—');
  });

  test('paging: page text, announcements, and buttons that stay focusable at the ends', async () => {
    const user = userEvent.setup();
    renderTable();
    const pager = screen.getByRole('group', { name: 'Phân trang' });
    expect(pager).toHaveTextContent('Trang 1/3 · Dòng 1–10 trên 25');
    const previous = within(pager).getByRole('button', { name: /Trang trước/ });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(previous);
    expect(pager).toHaveTextContent('Trang 1/3');
    const next = within(pager).getByRole('button', { name: /Trang sau/ });
    await user.click(next);
    await user.click(next);
    expect(pager).toHaveTextContent('Trang 3/3 · Dòng 21–25 trên 25');
    expect(screen.getByRole('status')).toHaveTextContent('Trang 3/3');
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveFocus();
    expect(bodyRows()).toHaveLength(5);
  });

  test('sorting returns to the first page', async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole('button', { name: /Trang sau/ }));
    await user.click(screen.getByRole('button', { name: 'Đơn vị' }));
    expect(screen.getByRole('group', { name: 'Phân trang' })).toHaveTextContent('Trang 1/3');
  });

  test('no pager when everything fits; an empty table says so', () => {
    const { unmount } = renderTable(ROWS.slice(0, 3));
    expect(screen.queryByRole('group', { name: 'Phân trang' })).toBeNull();
    unmount();
    renderTable([]);
    expect(screen.getByRole('table')).toHaveTextContent('Không có dòng nào.');
  });

  test('the highlighted row is marked in words, not by colour alone', () => {
    renderTable(ROWS.slice(0, 3), {
      isHighlighted: (r) => r.code === '02',
      highlightLabel: 'đơn vị của bạn',
    });
    const row = bodyRows()[1]!;
    expect(row).toHaveAttribute('data-highlighted', 'true');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Tỉnh B (đơn vị của bạn)');
  });

  test('markup in data is shown as text', () => {
    const { container } = renderTable([
      { code: 'x', name: '<img src=x onerror=alert(1)>', value: 1 },
    ]);
    expect(screen.getByRole('rowheader')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });

  test('initial sort is applied and shown', () => {
    renderTable(ROWS, { initialSort: { columnId: 'value', direction: 'descending' } });
    expect(screen.getByRole('columnheader', { name: 'Giá trị' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(bodyRows()[0]).toHaveTextContent('24');
  });
});
