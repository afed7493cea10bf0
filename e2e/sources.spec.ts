import { test, expect, expectNoAxeViolations } from './fixtures';

/** Tình trạng nguồn dữ liệu: every catalogue source with its state; a failing source is down. */
test.describe('source health', () => {
  test('every source is listed with its state, contract and checks', async ({ page }) => {
    await page.goto('/sources?unit=01');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tình trạng nguồn dữ liệu');
    const table = page.getByTestId('sources-table');
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(12);
    // Each row says its state in words (with colour and icon), never by colour alone.
    for (const id of ['one-stop-dossiers', 'hydrology-stations', 'air-quality-sensors']) {
      const row = table.locator(`tr[data-source-id="${id}"]`);
      await expect(row).toHaveAttribute('data-state', /^(fresh|late|stale|no-data)$/);
      await expect(row.locator('[data-tone]')).toHaveText(
        /Kịp thời|Chậm cập nhật|Dữ liệu cũ|Chưa có dữ liệu/,
      );
    }
    const sensors = table.locator('tr[data-source-id="hydrology-stations"]');
    await expect(sensors).toContainText('Mỗi 15 phút');
    // This browser's probe of the SensorThings endpoint: a latency and 100 % of one check.
    await expect(sensors).toContainText(/\d+ ms/);
    await expect(sensors).toContainText('100,0% (1 lần kiểm tra)');
    await expectNoAxeViolations(page);
  });

  test('in English', async ({ page }) => {
    await page.goto('/sources?unit=01&lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Data source health');
    await expect(page.getByTestId('sources-table').locator('thead')).toContainText('Uptime 24 h');
    await expectNoAxeViolations(page);
  });
});

test.describe('source health with a failing source', () => {
  // The sensor source is down on purpose: the browser logs its failed requests.
  test.use({ expectedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/] });

  test('a failing source (?mock=sensors:down) is shown as down, the others are not', async ({
    page,
  }) => {
    await page.goto('/sources?unit=01&mock=sensors:down');
    const table = page.getByTestId('sources-table');
    const sensors = table.locator('tr[data-source-id="hydrology-stations"]');
    await expect(sensors).toHaveAttribute('data-state', 'down');
    await expect(sensors.locator('[data-tone="bad"]')).toContainText('Mất kết nối');
    await expect(sensors).toContainText('0,0% (1 lần kiểm tra)');
    await expect(table.locator('tr[data-source-id="one-stop-dossiers"]')).not.toHaveAttribute(
      'data-state',
      'down',
    );
    await expect(page.getByTestId('sources-summary')).toContainText('Mất kết nối: 4');
    await expectNoAxeViolations(page);
  });
});
