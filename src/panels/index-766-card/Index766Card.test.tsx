import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { fetchJson } from '../../data/http/fetch-json';
import { HttpFailure } from '../../data/http/errors';
import { Index766Card } from './Index766Card';

vi.mock('../../data/http/fetch-json', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../data/http/fetch-json')>()),
  fetchJson: vi.fn(),
}));

const GROUPS = [
  ['transparency', 18],
  ['progress', 20],
  ['digitisation', 22],
  ['online', 22],
  ['satisfaction', 18],
] as const;

function row(unitCode: string, period: string, scores: number[], rank: number) {
  return {
    index: 'index766',
    unitCode,
    period,
    total: Math.round(scores.reduce((a, b) => a + b, 0) * 100) / 100,
    maxTotal: 100,
    groups: GROUPS.map(([id, max], i) => ({ id, score: scores[i] ?? 0, max })),
    rank,
    rankOf: 34,
    source: 'Cổng DVC (test)',
    asOf: `${period}-28T08:00:00+07:00`,
  };
}

const ROWS = [
  row('92', '2020-02', [15, 19, 20, 19, 16], 7),
  row('92', '2020-03', [15, 17.5, 20, 19.5, 16], 9),
];

beforeEach(() => {
  vi.mocked(fetchJson).mockReset();
});

describe('<Index766Card>', () => {
  test('asks for a recent window, then the whole history when the window is empty', async () => {
    const urls: string[] = [];
    vi.mocked(fetchJson).mockImplementation((url: string) => {
      urls.push(url);
      const windowed = new URL(url).searchParams.has('periodFrom');
      return Promise.resolve({ scores: windowed ? [] : ROWS });
    });
    renderWithProviders(<Index766Card unitCode="92" />);
    expect(await screen.findByTestId('index766-rank')).toHaveTextContent('Hạng 9/34');
    expect(screen.getByTestId('index766-score')).toHaveTextContent('88,00');
    expect(screen.getByTestId('index766-loss')).toHaveTextContent(
      'Nhóm giảm điểm nhiều nhất: Tiến độ, kết quả giải quyết (−1,50 điểm).',
    );
    const region = screen.getByRole('region', { name: 'Chỉ số 766 — Cần Thơ' });
    expect(region).toHaveTextContent('−1,00 điểm so với Tháng 02/2020');
    expect(region).toHaveTextContent('Giảm 2 bậc');
    expect(urls.map((u) => new URL(u).searchParams.has('periodFrom'))).toEqual([true, false]);
  });

  test('the table view lists the five groups; an error offers a retry', async () => {
    const user = userEvent.setup();
    vi.mocked(fetchJson).mockRejectedValue(new HttpFailure('http', 'x', 'HTTP 503', 503));
    renderWithProviders(<Index766Card unitCode="92" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('503');
    vi.mocked(fetchJson).mockResolvedValue({ scores: ROWS });
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    await screen.findByTestId('index766-rank');
    await user.click(screen.getByRole('button', { name: 'Xem dạng bảng' }));
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Công khai, minh bạch',
      'Tiến độ, kết quả giải quyết',
      'Số hóa hồ sơ',
      'Cung cấp dịch vụ trực tuyến',
      'Mức độ hài lòng',
    ]);
  });
});
