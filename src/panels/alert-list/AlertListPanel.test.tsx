import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { fetchJson } from '../../data/http/fetch-json';
import { resolveAlertListOptions } from './definition';
import { AlertListPanel } from './AlertListPanel';

vi.mock('../../data/http/fetch-json', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../data/http/fetch-json')>()),
  fetchJson: vi.fn(),
}));

const OPTIONS = resolveAlertListOptions({ type: 'alert-list' });

describe('<AlertListPanel>', () => {
  test.each([
    ['vi', 'Không có cảnh báo đang mở.'],
    ['en', 'No open alert.'],
  ] as const)('no open alert says so (%s), not "no data for this period"', async (lang, text) => {
    vi.mocked(fetchJson).mockResolvedValue({ alerts: [] });
    renderWithProviders(<AlertListPanel options={OPTIONS} unitCode="92" />, lang);
    expect(await screen.findByText(text)).toBeInTheDocument();
  });
});
