import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { fetchJson } from '../../data/http/fetch-json';
import { parseCsv } from '../common/csv';
import type { SortState } from '../common/table-model';
import { DossierDrillProvider, type DossierDrill } from '../dossier-common/drill';
import { LateDossiersPanel } from './LateDossiersPanel';

vi.mock('../../data/http/fetch-json', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../data/http/fetch-json')>()),
  fetchJson: vi.fn(),
}));
const saveBlob = vi.hoisted(() => vi.fn());
vi.mock('../../charts/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../charts/download')>()),
  saveBlob,
}));

const pad = (n: number) => String(n).padStart(2, '0');

/** 25 late dossiers of the department, most late first as the source sends them: 25 … 1 days. */
const WIRE = Array.from({ length: 25 }, (_, i) => {
  const daysLate = 25 - i;
  return {
    dossierCode: `H92-${pad(i + 1)}`,
    procedureCode: i % 2 === 0 ? 'MP-NN01' : 'MP-NN02',
    procedureName: i % 2 === 0 ? 'Đăng ký đất đai' : 'Cấp giấy phép môi trường',
    departmentId: 'so-nnmt',
    unitCode: '92.so-nnmt',
    unitName: 'Sở Nông nghiệp và Môi trường',
    receivedAt: `2026-09-${pad(1 + ((i * 7) % 28))}T08:00:00+07:00`,
    dueAt: `2026-10-${pad(28 - daysLate)}T17:00:00+07:00`,
    processedAt: null,
    daysLate,
    status: 'pending-overdue',
    synthetic: true,
  };
});

/** Two pages of the endpoint (limit honoured through a cursor), and the units list. */
function answerFromSource() {
  vi.mocked(fetchJson).mockImplementation((url: string) => {
    const u = new URL(url);
    if (u.pathname.endsWith('/units')) return Promise.resolve({ units: [] });
    const cursor = u.searchParams.get('cursor');
    const page = cursor === null ? WIRE.slice(0, 20) : WIRE.slice(20);
    return Promise.resolve({
      dossiers: page,
      total: WIRE.length,
      asOf: '2026-11-22T16:30:00+07:00',
      ...(cursor === null ? { nextCursor: 'next' } : {}),
    });
  });
}

const codesShown = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

beforeEach(() => {
  vi.mocked(fetchJson).mockReset();
  saveBlob.mockReset();
  answerFromSource();
});

// userEvent through a whole table is slow on a shared 2-core machine: room beyond the 5 s default.
describe('<LateDossiersPanel>', { timeout: 20_000 }, () => {
  test('gathers every page, shows 10 rows a page, most late first, and pages forward', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <LateDossiersPanel
        spec={{ type: 'late-dossiers', department: 'so-nnmt' }}
        provinceCode="92"
      />,
    );
    await screen.findByRole('table');
    expect(screen.getByText('25 hồ sơ quá hạn')).toBeInTheDocument();
    expect(codesShown()).toEqual(WIRE.slice(0, 10).map((d) => d.dossierCode));
    expect(screen.getByText('Trang 1/3 · Dòng 1–10 trên 25')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Trang sau/ }));
    expect(codesShown()).toEqual(WIRE.slice(10, 20).map((d) => d.dossierCode));
    await user.click(screen.getByRole('button', { name: /Trang sau/ }));
    expect(codesShown()).toEqual(WIRE.slice(20).map((d) => d.dossierCode));
    // The last page: "next" does nothing more.
    await user.click(screen.getByRole('button', { name: /Trang sau/ }));
    expect(screen.getByRole('group', { name: 'Phân trang' })).toHaveTextContent(
      'Trang 3/3 · Dòng 21–25 trên 25',
    );
    // Screen readers hear the page now shown.
    expect(screen.getByRole('status')).toHaveTextContent('Trang 3/3 · Dòng 21–25 trên 25');
  });

  test('sorting by a column header re-orders the whole list and returns to page 1', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <LateDossiersPanel
        spec={{ type: 'late-dossiers', department: 'so-nnmt' }}
        provinceCode="92"
      />,
    );
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: /Trang sau/ }));

    const header = screen.getByRole('columnheader', { name: /Số ngày quá hạn/ });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(codesShown()).toEqual(
      [...WIRE]
        .reverse()
        .slice(0, 10)
        .map((d) => d.dossierCode),
    );
    expect(screen.getByText('Trang 1/3 · Dòng 1–10 trên 25')).toBeInTheDocument();

    // By received date: newest first on the first click.
    await user.click(screen.getByRole('button', { name: /Ngày tiếp nhận/ }));
    const received = [...WIRE].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    expect(codesShown()).toEqual(received.slice(0, 10).map((d) => d.dossierCode));
  });

  test('a procedure filters the list; the CSV holds every row of it, in the order shown', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <LateDossiersPanel
        spec={{ type: 'late-dossiers', department: 'so-nnmt', procedure: 'MP-NN02' }}
        provinceCode="92"
      />,
    );
    await screen.findByRole('table');
    const expected = WIRE.filter((d) => d.procedureCode === 'MP-NN02');
    expect(screen.getByText('12 hồ sơ quá hạn')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tải CSV' }));
    const blob = saveBlob.mock.calls[0]?.[0] as Blob;
    const [header, ...rows] = parseCsv(await blob.text());
    expect(header?.[0]).toBe('Mã hồ sơ');
    expect(rows.map((r) => r[0])).toEqual(expected.map((d) => d.dossierCode));
  });

  test('with the scene offering it, sort and page belong to the scene (the URL)', async () => {
    const user = userEvent.setup();
    const seen: { sort: SortState | null; page: number }[] = [];
    function Scene() {
      const [sort, setSort] = useState<SortState | null>({
        columnId: 'dossierCode',
        direction: 'descending',
      });
      const [page, setPage] = useState(2);
      seen.push({ sort, page });
      const drill: DossierDrill = {
        toDepartment: () => ({ href: '#', go: () => undefined }),
        toProcedure: () => ({ href: '#', go: () => undefined }),
        lateList: { sort, page, onSort: setSort, onPage: setPage },
      };
      return (
        <DossierDrillProvider value={drill}>
          <LateDossiersPanel
            spec={{ type: 'late-dossiers', department: 'so-nnmt' }}
            provinceCode="92"
          />
        </DossierDrillProvider>
      );
    }
    renderWithProviders(<Scene />);
    await screen.findByRole('table');
    // The scene's state is shown: codes descending, page 2.
    const descending = [...WIRE].sort((a, b) => b.dossierCode.localeCompare(a.dossierCode));
    expect(codesShown()).toEqual(descending.slice(10, 20).map((d) => d.dossierCode));
    await user.click(screen.getByRole('button', { name: /Mã hồ sơ/ }));
    expect(seen.at(-1)).toEqual({
      sort: { columnId: 'dossierCode', direction: 'ascending' },
      page: 1,
    });
  });
});
