import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import type { ChartHandle } from '../../charts';
import { PanelActions } from './PanelActions';

const saveBlob = vi.hoisted(() => vi.fn<(blob: Blob, filename: string) => void>());
vi.mock('../../charts/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../charts/download')>()),
  saveBlob,
}));

beforeEach(() => {
  saveBlob.mockReset();
});

const CSV = { filename: 'x.csv', build: () => ({ header: ['Đơn vị'], rows: [['Cần Thơ']] }) };
const CAPTION = () => ({ title: 'T', footer: ['Nguồn: x'] });

describe('<PanelActions>', () => {
  test('CSV: builds the file on demand and saves it with the given name', async () => {
    const build = vi.fn(CSV.build);
    renderWithProviders(<PanelActions csv={{ ...CSV, build }} />);
    expect(build).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Tải CSV' }));
    expect(build).toHaveBeenCalledOnce();
    const [blob, name] = saveBlob.mock.lastCall!;
    expect(name).toBe('x.csv');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    expect(await blob.text()).toBe('Đơn vị\r\nCần Thơ\r\n'); // text() drops the BOM
  });

  test('PNG: unavailable without a chart on screen, and says why', async () => {
    renderWithProviders(
      <PanelActions png={{ filename: 'x.png', handle: null, caption: CAPTION }} />,
    );
    const button = screen.getByRole('button', { name: 'Tải ảnh PNG' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('Mở dạng biểu đồ để tải ảnh PNG.');
    await userEvent.click(button);
    expect(saveBlob).not.toHaveBeenCalled();
  });

  test('PNG: asks the chart for an image with its caption and saves it', async () => {
    const png = new Blob(['png'], { type: 'image/png' });
    const toPng = vi.fn<ChartHandle['toPng']>(() => Promise.resolve(png));
    const handle: ChartHandle = { toPng };
    renderWithProviders(<PanelActions png={{ filename: 'x.png', handle, caption: CAPTION }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Tải ảnh PNG' }));
    expect(toPng).toHaveBeenCalledWith({ title: 'T', footer: ['Nguồn: x'] });
    expect(saveBlob).toHaveBeenCalledWith(png, 'x.png');
  });

  test('a failed export is reported, not swallowed', async () => {
    const handle: ChartHandle = { toPng: () => Promise.resolve(null) };
    renderWithProviders(<PanelActions png={{ filename: 'x.png', handle, caption: CAPTION }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Tải ảnh PNG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không xuất được tệp.');
  });

  test('the buttons form a labelled group (English)', () => {
    renderWithProviders(<PanelActions csv={CSV} />, 'en');
    expect(screen.getByRole('group', { name: 'Export' })).toContainElement(
      screen.getByRole('button', { name: 'Download CSV' }),
    );
  });
});
