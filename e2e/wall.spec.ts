import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

/**
 * The video wall: rotation on Playwright's clock, prefetch, a failing source, critical alert
 * takeover, layout at 1080p and 4K. Scenes: only the overview is on the wall so far, so the
 * playlists repeat it (each position is its own mount: prefetch and rotation are real).
 */
interface WallStats {
  advances: number;
  takeover: string | null;
}
/** The wall's test hook (window.iocWall, src/wall/WallScreen.tsx). */
const wallStats = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { iocWall?: { stats(): WallStats } }).iocWall?.stats() ?? {
        advances: 0,
        takeover: null,
      },
  );

const current = (page: Page) => page.locator('[data-wall-scene="current"]');
const prepared = (page: Page) => page.locator('[data-wall-scene="prepared"]');

async function openWall(page: Page, query: string) {
  await page.clock.install();
  await page.goto(`/wall?${query}`);
  await page.waitForFunction(() => 'iocWall' in window, null, { timeout: 30_000 });
  // First load on a busy CI machine: the mock worker generates the province's data.
  await expect(current(page).getByTestId('kpi-value')).toBeVisible({ timeout: 45_000 });
}

const position = (page: Page) => page.getByTestId('wall-position');

test.describe('wall: rotation', () => {
  test('rotates in playlist order for each scene’s duration; the next scene is ready before its turn', async ({
    page,
  }) => {
    await openWall(page, 'scenes=overview:5,overview:3&mock=alerts:empty');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'wall');
    await expect(position(page)).toHaveText('Màn 1/2');
    // The next scene is mounted off-screen and loads before its turn.
    await expect(prepared(page).getByTestId('kpi-value')).toBeAttached();
    await expect(prepared(page).locator('[aria-busy="true"]')).toHaveCount(0);

    await page.clock.runFor(4_500);
    await expect(position(page)).toHaveText('Màn 1/2');
    await page.clock.runFor(700);
    await expect(position(page)).toHaveText('Màn 2/2');
    // Shown at once with its data: no loading state on the scene that just came up.
    expect(await current(page).locator('[aria-busy="true"]').count()).toBe(0);
    await expect(current(page).getByTestId('kpi-value')).toBeVisible();

    await page.clock.runFor(2_500);
    await expect(position(page)).toHaveText('Màn 2/2');
    await page.clock.runFor(700);
    await expect(position(page)).toHaveText('Màn 1/2');
    await expect(page.getByTestId('wall-clock')).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
  });

  test('keyboard and remote commands: next, previous, pause, jump', async ({ page }) => {
    await openWall(page, 'scenes=overview:30,overview:30,overview:30&mock=alerts:empty');
    await page.keyboard.press('ArrowRight');
    await expect(position(page)).toHaveText('Màn 2/3');
    await page.keyboard.press('PageDown');
    await expect(position(page)).toHaveText('Màn 3/3');
    await page.keyboard.press('ArrowLeft');
    await expect(position(page)).toHaveText('Màn 2/3');
    await page.keyboard.press('1');
    await expect(position(page)).toHaveText('Màn 1/3');
    await page.keyboard.press('Space');
    await expect(page.getByRole('banner')).toContainText('Tạm dừng');
    await page.clock.runFor(60_000);
    await expect(position(page)).toHaveText('Màn 1/3');
    await page.keyboard.press('Space');
    await page.clock.runFor(31_000);
    await expect(position(page)).toHaveText('Màn 2/3');
  });

  test('bad parameters fall back to defaults and are listed on the status line', async ({
    page,
  }) => {
    await openWall(page, 'scenes=overview:abc,nowhere:10&refresh=-1&theme=neon&mock=alerts:empty');
    const status = page.getByTestId('wall-status');
    await expect(status).toContainText('thời lượng «overview:abc» không hợp lệ');
    await expect(status).toContainText('không có màn «nowhere:10»');
    await expect(status).toContainText('refresh=-1');
    await expect(status).toContainText('theme=neon');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'wall');
  });
});

test.describe('wall: sources failing and returning', () => {
  test.use({ expectedConsoleErrors: [/503|Failed to load resource/] });

  test('a source failing mid-rotation keeps the wall rotating with stale panels, and it recovers', async ({
    page,
  }) => {
    await openWall(page, 'scenes=overview:4,overview:4&refresh=2&mock=alerts:empty');
    await page.waitForFunction(() => 'iocMocks' in window);
    const before = (await wallStats(page)).advances;

    await page.evaluate(async () => {
      await (
        window as unknown as { iocMocks: { apply(spec: string): Promise<unknown> } }
      ).iocMocks.apply('kpi:http-503,alerts:empty');
    });
    const tile = current(page).locator('[data-panel-type="kpi-tile"]');
    // Refreshes fail (with their retries): the last good value stays, marked stale.
    for (let i = 0; i < 12; i++) {
      await page.clock.runFor(5_000);
      if ((await page.getByText('Không cập nhật được', { exact: false }).count()) > 0) break;
    }
    await expect(
      current(page).getByText('Không cập nhật được, đang hiển thị số liệu lần trước.').first(),
    ).toBeVisible();
    await expect(tile.getByTestId('kpi-value')).toHaveText(/^\d{1,3},\d%$/);
    const during = (await wallStats(page)).advances;
    expect(during).toBeGreaterThan(before + 3);

    // The source comes back: the stale marks go away by themselves.
    await page.evaluate(async () => {
      await (
        window as unknown as { iocMocks: { apply(spec: string): Promise<unknown> } }
      ).iocMocks.apply('alerts:empty');
    });
    for (let i = 0; i < 30; i++) {
      await page.clock.runFor(5_000);
      if ((await page.getByText('Không cập nhật được', { exact: false }).count()) === 0) break;
    }
    await expect(page.getByText('Không cập nhật được', { exact: false })).toHaveCount(0);
    const after = (await wallStats(page)).advances;
    expect(after).toBeGreaterThan(during);
  });
});

test.describe('wall: critical alert takeover', () => {
  test('a flood of critical alerts takes the wall once, summarised, and returns after the set time', async ({
    page,
  }) => {
    await openWall(page, 'scenes=overview:5,overview:5&takeover=10&mock=alerts:huge');
    const takeover = page.getByTestId('wall-takeover');
    await expect(takeover).toBeVisible();
    await expect(takeover.getByTestId('wall-takeover-more')).toHaveText(
      /^\+\d+ cảnh báo nghiêm trọng khác$/,
    );
    await expect(takeover).toContainText('Nghiêm trọng');
    await expect(takeover).toContainText('Hệ thống cảnh báo');
    await expect(takeover.locator('time')).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    // Rotation waits while the alert holds the wall.
    await page.clock.runFor(8_000);
    await expect(position(page)).toHaveText('Màn 1/2');
    await expectNoAxeViolations(page);
    await page.clock.runFor(3_000);
    await expect(takeover).toBeHidden();
    await expect(page.getByTestId('wall-status')).toContainText('Hết thời gian hiển thị cảnh báo');
    // The rest of the flood is not queued: rotation goes on.
    await page.clock.runFor(6_000);
    await expect(position(page)).toHaveText('Màn 2/2');
    await expect(takeover).toBeHidden();
  });

  test('a critical flood alert is shown until acknowledged through the alerts API', async ({
    page,
  }) => {
    // Long Biên at alarm III: the flood story started 6 h ago.
    await openWall(page, 'unit=01&scenes=overview:20&refresh=2&takeover=600&mock=story:flood/-6h');
    const takeover = page.getByTestId('wall-takeover');
    await expect(takeover).toBeVisible();
    await expect(takeover).toContainText('Thành phố Hà Nội');
    const id = (await wallStats(page)).takeover;
    expect(id).not.toBeNull();
    const status = await page.evaluate(async (alertId) => {
      const response = await fetch(`/api/alerts/v1/alerts/${String(alertId)}/acknowledge`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ by: 'Trực ban IOC', note: 'e2e' }),
      });
      return response.status;
    }, id);
    expect(status).toBe(200);
    await page.clock.runFor(3_000);
    await expect(takeover).toBeHidden();
    await expect(page.getByTestId('wall-status')).toContainText('Cảnh báo đã được xác nhận');
  });
});

/** Elements sticking out of their panel, and text cut off inside its box. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const scene = document.querySelector('[data-wall-scene="current"]');
    if (!scene) return ['no current scene'];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${el.getAttribute('class')?.slice(0, 30) ?? ''} "${el.textContent.slice(0, 40)}"`;
    for (const cell of scene.querySelectorAll('[data-wall-cell]')) {
      const box = cell.getBoundingClientRect();
      for (const el of cell.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (getComputedStyle(el).visibility === 'hidden') continue;
        if (el.closest('.maplibregl-ctrl-attrib, .visually-hidden')) continue;
        if (
          r.left < box.left - 1 ||
          r.right > box.right + 1 ||
          r.top < box.top - 1 ||
          r.bottom > box.bottom + 1
        ) {
          problems.push(`outside its panel: ${name(el)}`);
        }
      }
      for (const el of cell.querySelectorAll(
        'h1, h2, h3, p, span, li, dt, dd, td, th, time, strong, button',
      )) {
        const html = el as HTMLElement;
        if (html.clientWidth === 0 || html.offsetParent === null) continue;
        if (html.closest('.visually-hidden, .maplibregl-ctrl-attrib')) continue;
        if (html.scrollWidth > html.clientWidth + 1 || html.scrollHeight > html.clientHeight + 1) {
          problems.push(
            `clipped: ${name(el)} ${String(html.scrollWidth)}×${String(html.scrollHeight)} in ${String(html.clientWidth)}×${String(html.clientHeight)}`,
          );
        }
      }
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth || root.scrollHeight > root.clientHeight) {
      problems.push('the page scrolls');
    }
    return problems;
  });
}

for (const [width, height] of [
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`layout at ${String(width)}×${String(height)}: nothing overflows or is clipped, headline ≥ 6 % of the height, axe passes`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await openWall(page, 'scenes=overview:600&mock=alerts:empty&device=Tường%20chính');
    await expect(page.getByTestId('wall-health').locator('li').first()).toBeVisible();
    await expect(page.getByTestId('wall-oldest')).toContainText('Dữ liệu cũ nhất');
    await expect(current(page).locator('canvas').first()).toBeVisible();
    await page.clock.runFor(2_000);
    await page.screenshot({
      path: test.info().outputPath(`wall-${String(width)}x${String(height)}.png`),
    });
    const fontPx = await current(page)
      .getByTestId('kpi-value')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(0.06 * height);
    expect(await layoutProblems(page)).toEqual([]);
    await expectNoAxeViolations(page);
  });
}
