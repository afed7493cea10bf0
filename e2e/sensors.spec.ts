import { test, expect, expectNoAxeViolations } from './fixtures';

test.describe('sensors: the city sensor network', () => {
  test('shows stations, opens a river station with its alarm thresholds, and keeps it in the URL', async ({
    page,
  }) => {
    await page.goto('/sensors?unit=01');
    await expect(page.getByRole('heading', { level: 1, name: 'Cảm biến đô thị' })).toBeVisible();
    await expect(page.getByText('Cập nhật định kỳ mỗi 30 giây')).toBeVisible();
    // Legend in words, not colour only.
    await expect(page.getByText('Báo động III').first()).toBeVisible();
    const list = page.getByRole('region', { name: 'Danh sách trạm' });
    await list.getByLabel('Loại trạm').selectOption('water-level');
    await list.getByRole('button', { name: 'Xem chi tiết trạm Trạm Hà Nội (Long Biên)' }).click();

    await expect(page).toHaveURL(/station=\d+/);
    const detail = page.getByTestId('station-detail');
    await expect(detail.getByRole('heading', { name: /Trạm Hà Nội \(Long Biên\)/ })).toBeVisible();
    await expect(
      detail.getByText(/Báo động I: 9,50 m; Báo động II: 10,50 m; Báo động III: 11,50 m/).first(),
    ).toBeVisible();
    // Both charts drawn (ECharts sets role=img with the summary sentence).
    await expect(detail.getByRole('img', { name: /24 giờ qua/ })).toBeVisible();
    await expect(detail.getByRole('img', { name: /7 ngày qua/ })).toBeVisible();

    // The link opens the same station.
    const url = page.url();
    await page.goto(url);
    await expect(page.getByTestId('station-detail')).toContainText('Trạm Hà Nội (Long Biên)');

    // Table view of the 24-hour chart.
    const day = page.getByRole('region', { name: /Mực nước · 24 giờ qua/ });
    await day.getByRole('button', { name: 'Xem dạng bảng' }).click();
    await expect(day.getByRole('table')).toBeVisible();
    await expect(day.getByRole('columnheader', { name: /Giá trị \(m\)/ })).toBeVisible();

    // Network health lists counts per kind.
    await expect(
      page.getByRole('region', { name: 'Tình trạng mạng cảm biến' }).getByRole('table'),
    ).toContainText('Mực nước sông');
    await expectNoAxeViolations(page);
  });

  test('English, and a bad station id in the URL gives a clear message', async ({ page }) => {
    await page.goto('/sensors?unit=92&lang=en&station=999999');
    await expect(page.getByRole('heading', { level: 1, name: 'Urban sensors' })).toBeVisible();
    await expect(
      page.getByText('Station 999999 was not found in the sensor source.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect(page).not.toHaveURL(/station=/);
    await expect(page.getByRole('heading', { name: 'Sensor network health' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test.describe('a failing source', () => {
    test.use({ expectedConsoleErrors: [/503/] });
    test('HTTP 503 is named on the scene, never a blank page', async ({ page }) => {
      await page.goto('/sensors?mock=sensors:http-503');
      await expect(page.getByText('Nguồn cảm biến trả lỗi HTTP 503.')).toBeVisible();
    });
  });
});
