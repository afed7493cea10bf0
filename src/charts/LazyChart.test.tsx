import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/render';
import { createLazyChart } from './LazyChart';
import type { ChartProps } from './types';

function FakeChart({ label }: ChartProps) {
  return <div data-testid="echart" role="img" aria-label={label} />;
}

describe('lazy chart', () => {
  test('holds the space with a labelled placeholder, then shows the chart', async () => {
    let resolve: (m: { default: typeof FakeChart }) => void = () => undefined;
    const Chart = createLazyChart(
      () =>
        new Promise((r) => {
          resolve = r;
        }),
    );
    renderWithProviders(<Chart option={{}} label="Xu hướng" height="10rem" />);
    const placeholder = screen.getByRole('img', { name: 'Xu hướng' });
    expect(placeholder).toHaveAttribute('aria-busy', 'true');
    expect(placeholder).toHaveStyle({ height: '10rem' });
    resolve({ default: FakeChart });
    expect(await screen.findByTestId('echart')).toHaveAccessibleName('Xu hướng');
  });

  test('a failed download says so, and "retry" downloads again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<{ default: typeof FakeChart }>>()
      .mockRejectedValue(new Error('Failed to fetch dynamically imported module'));
    const Chart = createLazyChart(load);
    renderWithProviders(<Chart option={{}} label="Xu hướng" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được biểu đồ');
    const attempts = load.mock.calls.length;
    load.mockResolvedValue({ default: FakeChart }); // the network is back
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByTestId('echart')).toBeInTheDocument();
    expect(load.mock.calls.length).toBeGreaterThan(attempts);
    warn.mockRestore();
    error.mockRestore();
  });
});
