import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

/** The thin slice's tile: its accessible name, and its type (other panels show the same KPI). */
const TILE = 'Tỷ lệ hồ sơ TTHC được xử lý hoàn toàn trực tuyến';
const tileOf = (page: Page) =>
  page
    .locator('[data-panel-type="kpi-tile"]')
    .and(page.getByRole('region', { name: TILE, exact: true }));

test.describe('overview: the thin slice', () => {
  test('the online-dossier tile shows the mock value in Vietnamese, with target, source and as-of', async ({
    page,
  }) => {
    await page.goto('/');
    const tile = tileOf(page);
    await expect(tile).toBeVisible();
    // vi-VN percentage: decimal comma, e.g. "45,8%".
    await expect(tile.getByTestId('kpi-value')).toHaveText(/^\d{1,3},\d%$/);
    await expect(tile).toContainText('Mục tiêu 2025');
    await expect(tile).toContainText('≥ 80%');
    await expect(tile).toContainText('942/QĐ-TTg');
    await expect(tile).toContainText('Nguồn:');
    // As-of in dd/MM/yyyy HH:mm.
    await expect(tile.locator('time')).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await expectNoAxeViolations(page);
  });

  test('the tile equals what the mock source serves', async ({ page }) => {
    // The tile's own request: this unit (with its former units, for history), whole history.
    const response = page.waitForResponse((r) => {
      const url = new URL(r.url());
      return (
        url.pathname.endsWith('/api/kpi/v1/kpi-observations') &&
        (url.searchParams.get('unitCode') ?? '').split(',')[0] === '08' &&
        !url.searchParams.has('from')
      );
    });
    await page.goto('/?unit=08');
    const body = (await (await response).json()) as {
      observations: { value: number; unitCode: string; period: string }[];
    };
    const own = body.observations.filter((o) => o.unitCode === '08');
    const latest = own.reduce((a, b) => (b.period > a.period ? b : a));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Tổng quan · Tỉnh Tuyên Quang',
    );
    const expected = `${latest.value.toFixed(1).replace('.', ',')}%`;
    const tile = tileOf(page);
    await expect(tile.getByTestId('kpi-value')).toHaveText(expected);
  });

  test('English is one click away and stays in the URL', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/lang=en/);
    // The tile, not the trend or map of the same KPI that mount once it has data.
    const tile = page.locator('[data-panel-type="kpi-tile"]').and(
      page.getByRole('region', {
        name: 'Share of administrative-procedure dossiers processed fully online',
        exact: true,
      }),
    );
    await expect(tile).toBeVisible();
    await expect(tile.getByTestId('kpi-value')).toHaveText(/^\d{1,3}\.\d%$/);
    await page
      .getByRole('link', { name: 'Dossiers' })
      .or(page.getByRole('link', { name: 'Administrative dossiers' }))
      .click();
    await expect(page).toHaveURL(/lang=en/);
    await expectNoAxeViolations(page);
  });

  test('the wall theme is dark and high-contrast, and stays accessible', async ({ page }) => {
    await page.goto('/?theme=wall');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'wall');
    await expect(page.getByTestId('kpi-value')).toHaveText(/^\d{1,3},\d%$/);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(5, 8, 13)');
    await expectNoAxeViolations(page);
  });

  test('malformed URL parameters fall back to defaults without a crash', async ({ page }) => {
    await page.goto('/?unit=%3Cscript%3E&lang=xx');
    await expect(page.getByTestId('kpi-value')).toHaveText(/^\d{1,3},\d%$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  });
});

test.describe('overview: a failing source', () => {
  test.use({ expectedConsoleErrors: [/status of 503/] });

  test('shows a clear error with retry, and recovers', async ({ page }) => {
    // The mock KPI source is down (HTTP 503) until the test repairs it.
    await page.goto('/?mock=kpi:http-503');
    const tile = tileOf(page);
    await expect(tile.getByRole('alert')).toContainText('HTTP 503', { timeout: 30_000 });
    // Other panels fail on their own; the page itself stays up.
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tổng quan');
    await page.evaluate(async () => {
      await fetch('/__mocks/scenario', { method: 'POST', body: JSON.stringify({ spec: '' }) });
    });
    await tile.getByRole('button', { name: 'Thử lại' }).click();
    await expect(tile.getByTestId('kpi-value')).toHaveText(/^\d{1,3},\d%$/);
  });
});

test.describe('start-up with a broken configuration file', () => {
  test('names the bad field instead of a blank screen', async ({ page }) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ mocks: 'yes', defaultUnit: '920' }),
      }),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Tệp cấu hình không hợp lệ');
    await expect(alert).toContainText('mocks');
    await expect(alert).toContainText('defaultUnit');
    await expect(alert).toContainText('sources');
    await expectNoAxeViolations(page);
  });
});

test.describe('a deployment on real sources (mocks off)', () => {
  // No real KPI endpoint exists behind `vite preview`: the tile's request fails on purpose.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('never downloads the mock service worker code', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.route('**/config.json', async (route) => {
      const response = await route.fetch();
      const config = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...config, mocks: false } });
    });
    await page.goto('/');
    const tile = tileOf(page);
    await expect(tile.getByRole('alert')).toContainText('HTTP 404', { timeout: 30_000 });
    // The mock worker's chunk, as the build manifest names it.
    const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
      string,
      { file: string }
    >;
    const mockChunk = manifest['mocks/browser.ts']?.file;
    expect(mockChunk, 'the build has a separate mock chunk').toBeTruthy();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => url.endsWith(`/${mockChunk!}`))).toEqual([]);
    expect(
      await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)),
    ).toBe(0);
  });
});

test.describe('overview: first screen first (issue #6)', () => {
  test('panels below the fold mount when scrolled to; the ranking and the map share one batched request', async ({
    page,
  }) => {
    const batches: string[][] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.endsWith('/kpi-observations')) return;
      const units = (url.searchParams.get('unitCode') ?? '').split(',');
      if (units.length >= 34) batches.push(units);
    });
    await page.goto('/?unit=92');
    await expect(tileOf(page).getByTestId('kpi-value')).toContainText(/\d/, { timeout: 30_000 });
    // The map (last row) is not mounted while off screen.
    const map = page.locator('[data-slot="choropleth"] section[data-panel]');
    await expect(map).toHaveCount(0);
    await page.locator('[data-slot="trend"]').scrollIntoViewIfNeeded();
    await expect(map).toBeVisible({ timeout: 30_000 });
    await expect(
      page
        .locator('[data-slot="ranking-bar"] [role="img"], [data-slot="ranking-bar"] canvas')
        .first(),
    ).toBeVisible({
      timeout: 30_000,
    });
    expect(batches).toHaveLength(1);
    await expectNoAxeViolations(page);
  });

  test('keyboard: entering the scene mounts every panel, so Tab reaches them all', async ({
    page,
  }) => {
    await page.goto('/?unit=92');
    await expect(tileOf(page).getByTestId('kpi-value')).toContainText(/\d/, { timeout: 30_000 });
    await page.getByLabel('Tô màu bản đồ theo chỉ tiêu').focus();
    await expect(page.locator('[data-slot="choropleth"] section[data-panel]')).toHaveCount(1, {
      timeout: 30_000,
    });
  });
});
