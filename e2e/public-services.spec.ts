import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

const tile = (page: Page, name: string) =>
  page.locator('[data-panel-type="kpi-tile"]').and(page.getByRole('region', { name, exact: true }));

test.describe('online public services', () => {
  test('tiles show the mock values; departments are ranked around the province figure', async ({
    page,
  }) => {
    await page.goto('/public-services?unit=92');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Dịch vụ công trực tuyến · Thành phố Cần Thơ',
    );
    const full = tile(
      page,
      'Tỷ lệ dịch vụ công trực tuyến toàn trình (mức độ 4), được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động',
    );
    const value = full.getByTestId('kpi-value');
    await expect(value).toHaveText(/^\d{1,3},\d%$/, { timeout: 30_000 });
    // The same figure, fetched from the mock endpoint by the page.
    const body = (await page.evaluate(async () => {
      const r = await fetch(
        '/api/kpi/v1/kpi-observations?indicatorId=dvc.full-online-services&unitCode=92',
      );
      return (await r.json()) as unknown;
    })) as { observations: { value: number | null; period: string }[] };
    const latest = body.observations
      .filter((o) => o.value !== null)
      .reduce((a, b) => (b.period > a.period ? b : a));
    await expect(value).toHaveText(`${latest.value!.toFixed(1).replace('.', ',')}%`);

    // Department breakdown: the province's own figure is stated in words beside the bars, and
    // equals the province's tile for the same KPI.
    const online = tile(page, 'Tỷ lệ hồ sơ TTHC được xử lý hoàn toàn trực tuyến');
    const onlineValue = (await online.getByTestId('kpi-value').textContent()) ?? '';
    const departments = page.getByRole('region', { name: /theo sở, ngành/ });
    await expect(departments).toContainText(`Cần Thơ (toàn tỉnh): ${onlineValue}`, {
      timeout: 30_000,
    });
    await expect(page.getByRole('region', { name: /theo xã, phường, đặc khu/ })).toContainText(
      'Cần Thơ (toàn tỉnh):',
    );
    await expectNoAxeViolations(page);
  });

  test('English is one click away', async ({ page }) => {
    await page.goto('/public-services?unit=92');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Online public services');
    await expect(page.getByRole('region', { name: /by department/ })).toContainText(
      'Cần Thơ (whole province):',
      { timeout: 30_000 },
    );
    await expectNoAxeViolations(page);
  });
});
