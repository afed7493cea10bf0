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

  test('clicking a station on the map selects it, as the list does (?station=)', async ({
    page,
  }) => {
    await page.goto('/sensors?unit=01');
    await expect(page.getByTestId('province-map')).toHaveAttribute('data-state', 'ready', {
      timeout: 30_000,
    });
    const names = await page
      .getByRole('region', { name: 'Danh sách trạm' })
      .getByRole('button', { name: /^Xem chi tiết trạm / })
      .evaluateAll((buttons) =>
        buttons.map((b) => (b.getAttribute('aria-label') ?? '').replace(/^Xem chi tiết trạm /, '')),
      );
    expect(names.length).toBeGreaterThan(0);
    // A single station (not a cluster) under the pointer: the tooltip's first line is then a
    // station name from the list. It is updated synchronously on mousemove, so one scan of a
    // grid over the canvas finds one.
    let hit: { x: number; y: number; name: string } | null = null;
    await expect
      .poll(
        async () => {
          hit = await page.evaluate(scanForStation, names);
          return hit;
        },
        { timeout: 20_000 },
      )
      .not.toBeNull();
    const { x, y, name } = hit as unknown as { x: number; y: number; name: string };
    await expect(page).not.toHaveURL(/station=/);
    await page.mouse.click(x, y);
    await expect(page).toHaveURL(/station=[^&]+/);
    await expect(page.getByTestId('station-detail').getByRole('heading', { name })).toBeVisible();
    // The point carries its class as text too (colour is never the only signal): the legend
    // explains the short texts drawn beside the points.
    await expect(page.getByText('Báo động III').first()).toBeVisible();
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

/** Runs in the page: hovers a grid over the map canvas until the tooltip names a station. */
function scanForStation(names: readonly string[]): { x: number; y: number; name: string } | null {
  const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="province-map"] canvas');
  const tooltip = document.querySelector<HTMLElement>('[data-testid="map-tooltip"]');
  if (!canvas || !tooltip) return null;
  const known = new Set(names);
  const box = canvas.getBoundingClientRect();
  for (let y = 24; y < box.height - 24; y += 5) {
    for (let x = 24; x < box.width - 64; x += 5) {
      const at = { bubbles: true, clientX: box.left + x, clientY: box.top + y };
      canvas.dispatchEvent(new MouseEvent('mousemove', at));
      const first = tooltip.hidden ? '' : (tooltip.firstElementChild?.textContent ?? '');
      if (known.has(first)) return { x: box.left + x, y: box.top + y, name: first };
    }
  }
  return null;
}
