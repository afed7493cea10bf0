import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

interface ServedScore {
  unitCode: string;
  period: string;
  total: number | null;
  rank?: number;
  rankOf?: number;
}

/** The mock's latest published score of one province, fetched from the page (service worker). */
async function servedLatest(page: Page, index: string, unitCode: string): Promise<ServedScore> {
  const scores = await page.evaluate(
    async ([idx, unit]) => {
      const response = await fetch(`/api/kpi/v1/index-scores?index=${idx}&unitCode=${unit}`);
      return ((await response.json()) as { scores: ServedScore[] }).scores;
    },
    [index, unitCode] as const,
  );
  const latest = scores.reduce((a, b) => (b.period > a.period ? b : a));
  return latest;
}

const monthText = (period: string) => `Tháng ${period.slice(5, 7)}/${period.slice(0, 4)}`;
const rankOverTime = (page: Page, name = 'Thứ hạng Chỉ số 766 qua các kỳ') =>
  page.locator('[data-panel-type="rank-over-time"]').and(page.getByRole('region', { name }));

test.describe('rankings: 766 and DTI among the 34 provinces', () => {
  test('the 766 rank of the selected province is the one the mock serves', async ({ page }) => {
    await page.goto('/rankings?unit=92');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Xếp hạng chỉ số · Thành phố Cần Thơ',
    );
    const ranking = page.locator('[data-panel-type="index-ranking"]');
    await expect(ranking.getByTestId('own-rank')).toBeVisible();
    const served = await servedLatest(page, 'index766', '92');
    expect(served.rankOf).toBe(34);
    await expect(ranking.getByTestId('own-rank')).toHaveText(
      `▶ Cần Thơ: hạng ${String(served.rank)}/34`,
    );
    await expect(ranking.getByRole('heading', { level: 2 })).toHaveText(
      `Chỉ số 766: xếp hạng 34 tỉnh, thành phố — ${monthText(served.period)}`,
    );
    // The rank over time ends on the same rank, and explains the aggregated pre-reform periods.
    const panel = rankOverTime(page);
    await expect(panel.getByTestId('rank-lines')).toContainText(
      `Cần Thơ: hạng ${String(served.rank)}/34 (${monthText(served.period)})`,
    );
    await expect(panel).toContainText('Các kỳ trước ngày 1/7/2025 được công bố trên 63 tỉnh');
    // The table view: rank 1 … 34 per period, the basis of each period in words.
    await panel.getByRole('button', { name: 'Xem dạng bảng' }).click();
    const table = panel.getByRole('table');
    await expect(
      table.getByRole('columnheader', { name: /Hạng: Cần Thơ \(tỉnh của bạn\)/ }),
    ).toBeVisible();
    await expect(table.getByRole('row').nth(1)).toContainText(`${String(served.rank)}/34`);
    await expectNoAxeViolations(page);
  });

  test('peers chosen by keyboard go into the URL, and a shared link reopens them', async ({
    page,
  }) => {
    await page.goto('/rankings?unit=92');
    const panel = rankOverTime(page);
    await expect(panel.getByTestId('rank-lines')).toBeVisible();
    const summary = page.getByText('Chọn tỉnh, thành phố so sánh (0/5)');
    await summary.focus();
    await page.keyboard.press('Enter');
    const hanoi = page.getByRole('checkbox', { name: 'Hà Nội' });
    await hanoi.focus();
    await page.keyboard.press('Space');
    await expect(hanoi).toBeChecked();
    await page.getByRole('checkbox', { name: 'Hồ Chí Minh' }).check();
    await expect(page).toHaveURL(/peers=01(%2C|,)79/);
    await expect(panel.getByTestId('rank-lines')).toContainText('Hà Nội: hạng');
    await expect(panel.getByTestId('rank-lines')).toContainText('Hồ Chí Minh: hạng');
    await expectNoAxeViolations(page);

    // The link as sent on Zalo: the same comparison, in a fresh page.
    const shared = page.url();
    const other = await page.context().newPage();
    await other.goto(shared);
    await expect(other.getByRole('button', { name: 'Bỏ so sánh với Hà Nội' })).toBeVisible();
    await expect(other.getByRole('button', { name: 'Bỏ so sánh với Hồ Chí Minh' })).toBeVisible();
    const otherPanel = rankOverTime(other);
    await expect(otherPanel.getByTestId('rank-lines')).toContainText('Hà Nội: hạng');
    // Removing one updates the link.
    await other.getByRole('button', { name: 'Bỏ so sánh với Hà Nội' }).click();
    await expect(other).toHaveURL(/peers=79(&|$)/);
    await other.close();
  });

  test('a bad link falls back: unknown peers dropped, unknown index = 766', async ({ page }) => {
    await page.goto('/rankings?unit=92&index=egdi&peers=xx,01,01');
    await expect(page.getByRole('radio', { name: 'Chỉ số 766' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Bỏ so sánh với Hà Nội' })).toHaveCount(1);
    await expect(rankOverTime(page).getByTestId('rank-lines')).toContainText('Hà Nội: hạng');
  });

  test('switching to DTI: in the URL, ranks as served, no 766 card', async ({ page }) => {
    await page.goto('/rankings?unit=01');
    await expect(page.locator('[data-panel-type="index-766-card"]')).toBeVisible();
    await page.getByRole('radio', { name: 'DTI' }).check();
    await expect(page).toHaveURL(/index=dti/);
    const ranking = page.locator('[data-panel-type="index-ranking"]');
    const served = await servedLatest(page, 'dti', '01');
    await expect(ranking.getByRole('heading', { level: 2 })).toHaveText(
      `DTI: xếp hạng 34 tỉnh, thành phố — Năm ${served.period}`,
    );
    await expect(ranking.getByTestId('own-rank')).toHaveText(
      `▶ Hà Nội: hạng ${String(served.rank)}/${String(served.rankOf)}`,
    );
    await expect(rankOverTime(page, 'Thứ hạng DTI qua các kỳ')).toContainText(
      'DTI 2020–2021 tính theo thang 0–1',
    );
    await expect(page.locator('[data-panel-type="index-766-card"]')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the overview shows the 766 card: score, rank of 34, groups and the biggest loss in words', async ({
    page,
  }) => {
    await page.goto('/?unit=92');
    const card = page
      .locator('[data-panel-type="index-766-card"]')
      .and(page.getByRole('region', { name: 'Chỉ số 766 — Cần Thơ' }));
    // The overview loads every panel's sources at once (130 requests through the mock worker)
    // on a shared machine: allow for it.
    test.setTimeout(120_000);
    await expect(card.getByTestId('index766-rank')).toBeVisible({ timeout: 60_000 });
    const served = await servedLatest(page, 'index766', '92');
    await expect(card.getByTestId('index766-rank')).toHaveText(`Hạng ${String(served.rank)}/34`);
    await expect(card.getByTestId('index766-score')).toHaveText(
      (served.total ?? 0).toFixed(2).replace('.', ','),
    );
    for (const group of [
      'Công khai, minh bạch',
      'Tiến độ, kết quả giải quyết',
      'Số hóa hồ sơ',
      'Cung cấp dịch vụ trực tuyến',
      'Mức độ hài lòng',
    ]) {
      await expect(card).toContainText(group);
    }
    await expect(card.getByTestId('index766-loss')).toHaveText(
      /^(Nhóm giảm điểm nhiều nhất: .+ \(−\d+,\d\d điểm\)\.|Không nhóm nào giảm điểm so với Tháng \d\d\/\d{4}\.)$/,
    );
    await expectNoAxeViolations(page);
  });

  test('in English, with the same numbers', async ({ page }) => {
    await page.goto('/rankings?unit=92&lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Index rankings · Cần Thơ');
    const served = await servedLatest(page, 'index766', '92');
    await expect(
      page.locator('[data-panel-type="index-ranking"]').getByTestId('own-rank'),
    ).toHaveText(`▶ Cần Thơ: rank ${String(served.rank)} of 34`);
    await expect(rankOverTime(page, '766 index rank over time')).toContainText(
      'Periods before 1 July 2025 were published on the 63 former provinces.',
    );
    await expect(page.getByRole('region', { name: '766 index — Cần Thơ' })).toContainText(
      'Publicity and transparency',
    );
    await expectNoAxeViolations(page);
  });
});
