import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

/**
 * The overview scene (tile with comparisons, scorecard, map chooser), the desk's period and
 * comparison filters in the URL, and the printable briefing. Numbers are checked against what
 * the mock KPI source serves, fetched from the page itself.
 */

const TILE_KPI = 'dvc.online-dossier-share';
const TILE_NAME = 'Tỷ lệ hồ sơ TTHC được xử lý hoàn toàn trực tuyến';
// Targets 2025 (≥ 80 %) and 2030 (≥ 100 %): one closed row, one live row.
const SCORE_KPI = 'dvc.full-online-services';

interface Served {
  value: number | null;
  unitCode: string;
  period: string;
}

/** The series the mock KPI source serves for one unit, straight from the endpoint. */
async function served(page: Page, indicatorId: string, unitCode: string): Promise<Served[]> {
  const body = await page.evaluate(
    async ([id, unit]) => {
      const url = `/api/kpi/v1/kpi-observations?indicatorId=${id}&unitCode=${unit}&limit=10000`;
      const response = await fetch(url);
      return (await response.json()) as { observations: Served[] };
    },
    [indicatorId, unitCode] as const,
  );
  return body.observations
    .filter((o) => o.unitCode === unitCode && /^\d{4}-\d{2}$/.test(o.period))
    .sort((a, b) => a.period.localeCompare(b.period));
}

/** 58.1 → "58,1%" (vi-VN, one decimal: the catalogue's precision for these KPIs). */
const percentVi = (value: number) => `${value.toFixed(1).replace('.', ',')}%`;

/** First data on a cold page: the mock worker starts and generates; the machine may be busy. */
const FIRST_DATA = { timeout: 30_000 };

const tileOf = (page: Page) =>
  page
    .locator('[data-panel-type="kpi-tile"]')
    .and(page.getByRole('region', { name: TILE_NAME, exact: true }));
const scoreRow = (page: Page, kpiId: string, year: number) =>
  page.locator(`[data-testid="scorecard-row"][data-kpi="${kpiId}"][data-year="${String(year)}"]`);

test.describe('overview scene', () => {
  test('tile and scorecard equal what the mock source serves for the selected province', async ({
    page,
  }) => {
    await page.goto('/?unit=08');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tỉnh Tuyên Quang');
    const tile = tileOf(page);
    // Once the tile shows data the mock worker controls the page: ask it what it serves.
    await expect(tile.getByTestId('kpi-value')).toHaveText(/%$/, FIRST_DATA);
    const tileSeries = await served(page, TILE_KPI, '08');
    const latest = tileSeries.at(-1)!;
    await expect(tile.getByTestId('kpi-value')).toHaveText(percentVi(latest.value!));
    await expect(tile.getByTestId('kpi-sparkline')).toHaveAttribute('aria-label', /12 kỳ/);
    // Both comparisons, the previous period first by default.
    const deltas = tile.locator('[data-primary]');
    await expect(deltas.first()).toContainText('so với kỳ trước');
    await expect(deltas.nth(1)).toContainText('so với cùng kỳ năm trước');

    const scoreSeries = await served(page, SCORE_KPI, '08');
    const scoreLatest = scoreSeries.at(-1)!;
    const december = scoreSeries.filter((o) => o.period === '2025-12')[0]!;
    await expect(scoreRow(page, SCORE_KPI, 2030).getByTestId('scorecard-value')).toHaveText(
      percentVi(scoreLatest.value!),
      FIRST_DATA,
    );
    // The 2025 target is over: judged on December 2025, as served.
    await expect(scoreRow(page, SCORE_KPI, 2025).getByTestId('scorecard-value')).toHaveText(
      percentVi(december.value!),
    );
    await expect(scoreRow(page, SCORE_KPI, 2025)).toContainText(
      december.value! >= 80 ? 'Đã đạt' : 'Không đạt',
    );
    await expectNoAxeViolations(page);
  });

  test('period and comparison travel in a shared link and across screens', async ({ page }) => {
    await page.goto('/?unit=08&period=2026-09&compare=yoy');
    const tile = tileOf(page);
    await expect(tile.getByTestId('kpi-value')).toHaveText(/%$/, FIRST_DATA);
    const series = await served(page, TILE_KPI, '08');
    // Both after the 1 July 2025 merger: served on the current unit as they are (earlier months
    // are rebuilt from the former units 02 and 08, see docs/architecture.md).
    const chosen = series.find((o) => o.period === '2026-09')!;
    const lastYear = series.find((o) => o.period === '2025-09')!;
    await expect(tile.getByTestId('kpi-value')).toHaveText(percentVi(chosen.value!));
    await expect(tile.getByTestId('kpi-period')).toHaveText('Tháng 09/2026');
    // Year-on-year first, with the served difference in percentage points.
    const yoy = (chosen.value! - lastYear.value!).toFixed(1).replace('.', ',');
    const first = tile.locator('[data-primary="true"]');
    await expect(first).toContainText('so với cùng kỳ năm trước');
    await expect(first).toContainText(`${yoy.startsWith('-') ? '' : '+'}${yoy} điểm %`);
    await expect(page.getByLabel('Kỳ báo cáo')).toHaveValue('2026-09');
    await expect(page.getByLabel('So sánh')).toHaveValue('yoy');
    await expect(scoreRow(page, SCORE_KPI, 2030)).toContainText('Tháng 09/2026', FIRST_DATA);

    // Choosing from the controls writes the URL; another screen keeps it.
    await page.getByLabel('Kỳ báo cáo').selectOption('2026-08');
    await expect(page).toHaveURL(/period=2026-08/);
    await page.getByRole('link', { name: 'Hồ sơ TTHC' }).click();
    await expect(page).toHaveURL(/period=2026-08/);
    await expect(page).toHaveURL(/compare=yoy/);
    await expect(page).toHaveURL(/unit=08/);
  });

  test('a malformed period or comparison falls back to the latest', async ({ page }) => {
    await page.goto('/?unit=08&period=2026-13&compare=sideways&mapKpi=nope');
    await expect(tileOf(page).getByTestId('kpi-value')).toHaveText(/^\d{1,3},\d%$/, FIRST_DATA);
    await expect(page.getByLabel('Kỳ báo cáo')).toHaveValue('');
    await expect(page.getByLabel('So sánh')).toHaveValue('prev');
  });

  test('the map is coloured by the KPI chosen, kept in the URL', async ({ page }) => {
    await page.goto('/?unit=08');
    const chooser = page.getByLabel('Tô màu bản đồ theo chỉ tiêu');
    await chooser.selectOption('dossiers.on-time-share');
    await expect(page).toHaveURL(/mapKpi=dossiers\.on-time-share/);
    // The choropleth's title names the chosen KPI (and its period once loaded).
    await expect(
      page.locator('section[data-panel^="Tỷ lệ hồ sơ TTHC giải quyết trước hạn và đúng hạn"]'),
    ).toBeVisible({ timeout: 30_000 });
    await page.reload();
    await expect(chooser).toHaveValue('dossiers.on-time-share');
  });

  test('no layout shift when the data arrives (CLS < 0.1, throttled network)', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[]) {
          if (!entry.hadRecentInput) w.__cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const cdp = await page.context().newCDPSession(page);
    // "Fast 3G"-like: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await page.goto('/?unit=08', { timeout: 60_000 });
    await expect(tileOf(page).getByTestId('kpi-value')).toBeVisible({ timeout: 45_000 });
    await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0, { timeout: 45_000 });
    await page.waitForTimeout(1000);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    console.log(`overview CLS (throttled): ${cls.toFixed(4)}`);
    expect(cls).toBeLessThan(0.1);
  });
});

test.describe('briefing (báo cáo giao ban)', () => {
  test('opens from the overview with the unit and period, sources and as-of times', async ({
    page,
  }) => {
    await page.goto('/?unit=08&period=2026-09');
    await page.getByRole('link', { name: 'Báo cáo giao ban (bản in)' }).click();
    await expect(page).toHaveURL(/\/briefing\?.*unit=08/);
    await expect(page).toHaveURL(/period=2026-09/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Báo cáo giao ban');
    await expect(page.getByTestId('briefing-unit')).toHaveText('Tỉnh Tuyên Quang');
    await expect(page.getByTestId('briefing-period')).toHaveText('Tháng 09/2026');
    await expect(page.getByTestId('briefing-generated')).toHaveText(
      /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(UTC\+7\)$/,
    );
    // Every key KPI with a source and an as-of time once everything has arrived.
    await expect(page.getByRole('status').filter({ hasText: 'Đang tổng hợp' })).toHaveCount(0, {
      timeout: 30_000,
    });
    const key = page.getByTestId('briefing-key-kpis');
    const rows = key.locator('tbody tr');
    await expect(rows).toHaveCount(6);
    for (const cell of await key.getByTestId('briefing-asof').all()) {
      await expect(cell).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    }
    for (const cell of await key.getByTestId('briefing-source').all()) {
      await expect(cell).not.toHaveText('—');
    }
    // The tile KPI's value for September 2026 equals the served one.
    const sept = (await served(page, TILE_KPI, '08')).find((o) => o.period === '2026-09')!;
    await expect(
      key.locator(`tr[data-kpi="${TILE_KPI}"]`).getByTestId('briefing-value'),
    ).toHaveText(percentVi(sept.value!));
    await expect(page.getByTestId('briefing-scorecard').locator('tbody tr')).not.toHaveCount(0);
    await expect(page.getByRole('button', { name: 'In báo cáo' })).toBeVisible();
    await expectNoAxeViolations(page);

    // On paper: the document only, no navigation chrome, A4 page rule in the style sheets.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
    await expect(page.getByRole('banner').filter({ hasText: 'IOC' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'In báo cáo' })).toBeHidden();
    await expect(page.getByTestId('briefing')).toBeVisible();
    const a4 = await page.evaluate(() =>
      [...document.styleSheets].some((sheet) =>
        [...sheet.cssRules].some((rule) => rule instanceof CSSPageRule && /A4/i.test(rule.cssText)),
      ),
    );
    expect(a4).toBe(true);
  });

  test('the print button opens the print dialog', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => {
        (window as unknown as { __printed: number }).__printed += 1;
      };
    });
    await page.goto('/briefing?unit=08');
    await page.getByRole('button', { name: 'In báo cáo' }).click();
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(
      1,
    );
  });
});
