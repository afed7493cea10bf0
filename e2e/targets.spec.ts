import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

/** The targets table, found by its panel type. */
const tableOf = (page: Page) => page.locator('[data-panel-type="target-table"]');
const rowOf = (page: Page, keyStart: string) =>
  tableOf(page).locator(`tr[data-target-key^="${keyStart}"]`);

/** vi-VN percentage with one decimal, as the table writes it. */
const viPercent = (value: number) => `${value.toFixed(1).replace('.', ',')}%`;

test.describe('targets 2025–2030', () => {
  test('the table shows every target with its legal source and the mock value', async ({
    page,
  }) => {
    await page.goto('/targets?unit=92');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mục tiêu 2025–2030');
    const row = rowOf(page, 'dvc.full-online-services|92|2030|');
    await expect(row).toBeVisible({ timeout: 30_000 });
    // What the KPI endpoint serves for this unit, fetched from the page itself.
    const body = (await page.evaluate(async () => {
      const r = await fetch(
        '/api/kpi/v1/kpi-observations?indicatorId=dvc.full-online-services&unitCode=92',
      );
      return (await r.json()) as unknown;
    })) as { observations: { value: number | null; period: string }[] };
    const latest = body.observations
      .filter((o) => o.value !== null)
      .reduce((a, b) => (b.period > a.period ? b : a));
    await expect(row.locator('td').nth(2)).toContainText(viPercent(latest.value!));
    await expect(row).toContainText('749/QĐ-TTg');
    await expect(row).toContainText('≥ 100%');
    // 2025 targets are over: a verdict in words, with icon and colour
    const verdicts = tableOf(page).locator('tr[data-target-key*="|2025|"] [data-tone]');
    await expect(verdicts.first()).toHaveText(/Đạt|Không đạt|Không có số liệu để đánh giá/);
    const row2025 = rowOf(page, 'dvc.full-online-services|92|2025|');
    await expect(row2025.locator('[data-tone]')).toHaveText(/^.(Đạt|Không đạt)$/);
    await expect(tableOf(page)).toContainText(/\d+ mục tiêu; \d+ đạt, \d+ không đạt \(2025\)/);
    await expectNoAxeViolations(page);
  });

  test('the pillar filter is in the URL and a shared link reopens it', async ({
    page,
    context,
  }) => {
    await page.goto('/targets?unit=92');
    await expect(rowOf(page, 'dvc.full-online-services|92|2030|')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Kinh tế số' }).click();
    await expect(page).toHaveURL(/pillar=digital-economy/);
    await expect(rowOf(page, 'economy.digital-share-gdp|92|2030|')).toBeVisible();
    await expect(rowOf(page, 'dvc.full-online-services|92|2030|')).toHaveCount(0);
    // choose a row's glide path: also in the URL
    await rowOf(page, 'economy.digital-share-gdp|92|2030|')
      .getByRole('button', { name: /Xem lộ trình/ })
      .click();
    await expect(page).toHaveURL(/target=economy\.digital-share-gdp/);
    // the glide-path chart redrawn for that target, its baseline stated in words
    const chart = page.getByRole('region', { name: /^Tỷ trọng kinh tế số trong GDP/ });
    await expect(chart).toContainText(/Lộ trình từ \d+,\d% \(Năm \d{4}\) đến ≥ 30% cuối năm 2030/);

    const shared = page.url();
    const other = await context.newPage();
    await other.goto(shared);
    await expect(other.getByRole('button', { name: 'Kinh tế số' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(rowOf(other, 'economy.digital-share-gdp|92|2030|')).toBeVisible({
      timeout: 30_000,
    });
    await expect(rowOf(other, 'dvc.full-online-services|92|2030|')).toHaveCount(0);
    await expect(
      rowOf(other, 'economy.digital-share-gdp|92|2030|').getByRole('button', {
        name: /Xem lộ trình/,
      }),
    ).toHaveAttribute('aria-pressed', 'true');
    // a malformed filter falls back to all pillars, no error
    await other.goto('/targets?unit=92&pillar=nonsense&target=%3Cimg%3E');
    await expect(rowOf(other, 'dvc.full-online-services|92|2030|')).toBeVisible({
      timeout: 30_000,
    });
  });

  test('English, and the verdicts in English', async ({ page }) => {
    await page.goto('/targets?unit=92&lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Targets 2025–2030');
    const row2025 = rowOf(page, 'dvc.full-online-services|92|2025|');
    await expect(row2025.locator('[data-tone]')).toHaveText(/^.(Achieved|Missed)$/, {
      timeout: 30_000,
    });
    await expect(page.getByRole('button', { name: 'Digital society' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
