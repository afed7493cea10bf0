import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { mockServer } from '../../../mocks/node';
import { renderWithProviders } from '../../../test/render';
import { KpiTile } from './KpiTile';

const NAME_VI = 'Tỷ lệ hồ sơ TTHC được xử lý hoàn toàn trực tuyến';
const ENDPOINT = '*/api/kpi/v1/kpi-observations';

function observation(overrides: Record<string, unknown> = {}) {
  return {
    indicatorId: 'dvc.online-dossier-share',
    unitCode: '92',
    period: '2026-10',
    value: 58.1,
    numerator: 5810,
    denominator: 10000,
    source: 'Một cửa điện tử',
    asOf: '2026-11-05T16:30:00+07:00',
    status: 'final',
    ...overrides,
  };
}

describe('<KpiTile>', () => {
  test('shows loading, then the mock source value with target and as-of', async () => {
    renderWithProviders(<KpiTile kpiId="dvc.online-dossier-share" unitCode="92" />);
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải dữ liệu…');
    const region = await screen.findByRole('region', { name: NAME_VI });
    const value = await within(region).findByTestId('kpi-value');
    expect(value.textContent).toMatch(/^\d{1,3},\d%$/);
    expect(region).toHaveTextContent('Mục tiêu 2025: ≥ 80%');
    expect(region).toHaveTextContent('942/QĐ-TTg');
    expect(region.querySelector('time')?.textContent).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  });

  test('an HTTP failure shows the error with a retry that recovers', async () => {
    let calls = 0;
    mockServer.use(
      http.get(ENDPOINT, () => {
        calls += 1;
        return calls === 1
          ? new HttpResponse('down', { status: 503 })
          : HttpResponse.json({ observations: [observation()] });
      }),
    );
    renderWithProviders(<KpiTile kpiId="dvc.online-dossier-share" unitCode="92" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 503');
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByTestId('kpi-value')).toHaveTextContent('58,1%');
  });

  test('a payload that breaks the contract names the field', async () => {
    mockServer.use(
      http.get(ENDPOINT, () =>
        HttpResponse.json({ observations: [observation({ asOf: 'yesterday' })] }),
      ),
    );
    renderWithProviders(<KpiTile kpiId="dvc.online-dossier-share" unitCode="92" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('observations[0].asOf');
  });

  test('malformed JSON is a clear error, not a crash', async () => {
    mockServer.use(
      http.get(
        ENDPOINT,
        () =>
          new HttpResponse('{"observations": [', {
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    );
    renderWithProviders(<KpiTile kpiId="dvc.online-dossier-share" unitCode="92" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('không đúng định dạng JSON');
  });

  test('an empty result says there is no data yet', async () => {
    mockServer.use(http.get(ENDPOINT, () => HttpResponse.json({ observations: [] })));
    renderWithProviders(<KpiTile kpiId="dvc.online-dossier-share" unitCode="92" />);
    expect(await screen.findByText('Chưa có dữ liệu cho kỳ này.')).toBeInTheDocument();
  });

  test('the table view lists the same values', async () => {
    mockServer.use(
      http.get(ENDPOINT, () =>
        HttpResponse.json({
          observations: [
            observation({ period: '2026-09', value: 57.4, numerator: 5740 }),
            observation(),
          ],
        }),
      ),
    );
    renderWithProviders(<KpiTile kpiId="dvc.online-dossier-share" unitCode="92" />);
    await screen.findByTestId('kpi-value');
    await userEvent.click(screen.getByRole('button', { name: 'Xem dạng bảng' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'KỳGiá trịTử sốMẫu số',
      'Tháng 10/202658,1%5.81010.000',
      'Tháng 09/202657,4%5.74010.000',
    ]);
  });

  test('markup in a source string is shown as text, never as HTML', async () => {
    mockServer.use(
      http.get(ENDPOINT, () =>
        HttpResponse.json({
          observations: [observation({ source: '<img src=x onerror=alert(1)>' })],
        }),
      ),
    );
    const { container } = renderWithProviders(
      <KpiTile kpiId="dvc.online-dossier-share" unitCode="92" />,
    );
    await screen.findByTestId('kpi-value');
    expect(screen.getByRole('region', { name: NAME_VI })).toHaveTextContent(
      'Nguồn: <img src=x onerror=alert(1)>',
    );
    expect(container.querySelector('img')).toBeNull();
  });

  test('an unknown KPI id is reported on the panel', () => {
    renderWithProviders(<KpiTile kpiId="no.such-kpi" unitCode="92" />);
    expect(screen.getByRole('alert')).toHaveTextContent('no.such-kpi');
  });

  test('English', async () => {
    renderWithProviders(<KpiTile kpiId="dvc.online-dossier-share" unitCode="92" />, 'en');
    const region = await screen.findByRole('region', {
      name: 'Share of administrative-procedure dossiers processed fully online',
    });
    expect((await within(region).findByTestId('kpi-value')).textContent).toMatch(/^\d{1,3}\.\d%$/);
    expect(region).toHaveTextContent('Target 2025: ≥ 80%');
  });
});
