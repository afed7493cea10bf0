import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

/**
 * The video wall: rotation on Playwright's clock, prefetch, a failing source, critical alert
 * takeover, layout at 1080p and 4K. Scenes: only the overview is on the wall so far, so the
 * playlists repeat it (each position is its own mount: prefetch and rotation are real).
 */
interface WallStats {
  index: number;
  advances: number;
  paused: boolean;
  takeover: string | null;
  takeoverLeftMs: number | null;
}
interface DrawnText {
  text: string;
  fontSize: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface WallHook {
  stats(): WallStats;
  run(action: { type: 'jump'; index: number }): void;
  chartText(selector: string): DrawnText[][];
  displayScale: number;
}
/** The wall's test hook (window.iocWall, src/wall/WallScreen.tsx). */
const wallStats = (page: Page) =>
  page.evaluate(() => (window as unknown as { iocWall: WallHook }).iocWall.stats());

const current = (page: Page) => page.locator('[data-wall-scene="current"]');
const prepared = (page: Page) => page.locator('[data-wall-scene="prepared"]');
const position = (page: Page) => page.getByTestId('wall-position');
const STALE = 'Không cập nhật được, đang hiển thị số liệu lần trước.';

/**
 * Opens the wall with Playwright's clock installed. An installed clock still runs in real time
 * (loading needs it: TanStack Query notifies through setTimeout), so the wall loads as usual;
 * `holdClock` then stops it for the deterministic part of a test.
 */
async function openWall(page: Page, query: string, ready: 'scene' | 'takeover' = 'scene') {
  await page.clock.install();
  await page.goto(`/wall?${query}`);
  await page.waitForFunction(() => 'iocWall' in window, null, { timeout: 30_000 });
  // First load on a busy CI machine: the mock worker generates the province's data.
  const target =
    ready === 'scene' ? current(page).getByTestId('kpi-value') : page.getByTestId('wall-takeover');
  await expect(target).toBeVisible({ timeout: 45_000 });
}

/**
 * Stops the page's clock: from here on time moves only with `page.clock.runFor`, so a slow
 * machine cannot move the rotation behind the test's back. With `restart`, the playlist starts
 * again from its first scene at 0 s (the "1" command), whatever real time did while loading.
 */
async function holdClock(page: Page, restart = true) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 2_000);
  if (restart) {
    await page.evaluate(() => {
      (window as unknown as { iocWall: WallHook }).iocWall.run({ type: 'jump', index: 0 });
    });
    await expect(position(page)).toHaveText(/^Màn 1\//);
  }
}

/** Runs the clock in steps until `done` holds (at most `maxMs` of page time); returns the time used. */
async function runUntil(
  page: Page,
  done: () => Promise<boolean>,
  { stepMs, maxMs }: { stepMs: number; maxMs: number },
): Promise<number> {
  for (let used = 0; used <= maxMs; used += stepMs) {
    if (await done()) return used;
    await page.clock.runFor(stepMs);
  }
  throw new Error(`condition not reached within ${String(maxMs)} ms of page time`);
}

test.describe('wall: rotation', () => {
  test('rotates in playlist order for each scene’s duration; the next scene is ready before its turn', async ({
    page,
  }) => {
    await openWall(page, 'scenes=overview:5,overview:3&mock=alerts:empty');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'wall');
    // The next scene is mounted off-screen and loads before its turn.
    await expect(prepared(page).getByTestId('kpi-value')).toBeAttached({ timeout: 30_000 });
    await expect(prepared(page).locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
    await holdClock(page);
    await expect(position(page)).toHaveText('Màn 1/2');
    await expect(prepared(page)).toHaveAttribute('aria-hidden', 'true');
    // Marked now, to recognise the same element when it comes on screen (no remount).
    await prepared(page).evaluate((el) => {
      el.setAttribute('data-e2e', 'prepared-before');
    });

    await page.clock.runFor(4_500);
    await expect(position(page)).toHaveText('Màn 1/2');
    await page.clock.runFor(700);
    await expect(position(page)).toHaveText('Màn 2/2');
    // Shown at once with its data: the prepared element itself, no loading state.
    await expect(current(page)).toHaveAttribute('data-e2e', 'prepared-before');
    expect(await current(page).locator('[aria-busy="true"]').count()).toBe(0);
    await expect(current(page).getByTestId('kpi-value')).toBeVisible();
    await expect(current(page).locator('canvas').first()).toBeVisible();

    await page.clock.runFor(2_500);
    await expect(position(page)).toHaveText('Màn 2/2');
    await page.clock.runFor(700);
    await expect(position(page)).toHaveText('Màn 1/2');
    expect((await wallStats(page)).advances).toBeGreaterThanOrEqual(3);
    await expect(page.getByTestId('wall-clock')).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
  });

  test('keyboard and remote commands: next, previous, pause, jump', async ({ page }) => {
    await openWall(page, 'scenes=overview:10,overview:10,overview:10&mock=alerts:empty');
    await holdClock(page);
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
    await page.clock.runFor(25_000);
    await expect(position(page)).toHaveText('Màn 1/3');
    await page.keyboard.press('Space');
    await expect(page.getByRole('banner')).not.toContainText('Tạm dừng');
    // Paused time does not count: the scene still has its 10 s.
    await page.clock.runFor(9_000);
    await expect(position(page)).toHaveText('Màn 1/3');
    await page.clock.runFor(1_500);
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
    // Dropped by the root route's schema at start-up; the wall still reports it.
    await expect(status).toContainText('theme=neon');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'wall');
    await expect(page).toHaveURL(/[?&]theme=wall(&|$)/);
  });
});

test('a day/night schedule replaces the playlist by time of day; bad items are reported', async ({
  page,
}) => {
  // Both halves of the day name `overview-only` (one scene), so whatever time the machine has,
  // the schedule (not the two-scene `scenes` list) rotates.
  await openWall(
    page,
    'scenes=overview:5,overview:5&schedule=00:00-12:00:overview-only,12:00-24:00:overview-only,25:00-26:00:night&mock=alerts:empty',
  );
  await expect(position(page)).toHaveText('Màn 1/1');
  await expect(page.getByTestId('wall-status')).toContainText('khung giờ «25:00-26:00:night»');
});

test.describe('wall: sources failing and returning', () => {
  test.use({ expectedConsoleErrors: [/503|Failed to load resource/] });

  test('a source failing mid-rotation keeps the wall rotating with stale panels, and it recovers', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openWall(page, 'scenes=overview:4,overview:4&refresh=2&mock=alerts:empty');
    await page.waitForFunction(() => 'iocMocks' in window);
    await holdClock(page);
    await expect(page.getByText(STALE)).toHaveCount(0);

    await page.evaluate(async () => {
      await (
        window as unknown as { iocMocks: { apply(spec: string): Promise<unknown> } }
      ).iocMocks.apply('kpi:http-503,alerts:empty');
    });
    // Refreshes fail (with their retries): the last good value stays, marked stale.
    const stale = current(page).getByText(STALE);
    await runUntil(page, async () => (await stale.count()) > 0, { stepMs: 2_000, maxMs: 90_000 });
    const tile = current(page).locator('[data-panel-type="kpi-tile"]');
    await expect(tile.getByTestId('kpi-value')).toHaveText(/^\d{1,3},\d%$/);

    // The rotation goes on: two more 4 s scenes in 8.5 s, each still marked stale.
    const during = await wallStats(page);
    await page.clock.runFor(8_500);
    const later = await wallStats(page);
    expect(later.advances - during.advances).toBe(2);
    await expect(stale.first()).toBeVisible();
    await expect(tile.getByTestId('kpi-value')).toHaveText(/^\d{1,3},\d%$/);

    // The source comes back (the mock's faults are cleared; `apply` alone adds to them): the
    // stale marks go away by themselves, after the back-off.
    await page.evaluate(async () => {
      const mocks = (
        window as unknown as {
          iocMocks: { reset(): Promise<void>; apply(spec: string): unknown };
        }
      ).iocMocks;
      await mocks.reset();
      mocks.apply('alerts:empty');
    });
    await runUntil(page, async () => (await page.getByText(STALE).count()) === 0, {
      stepMs: 5_000,
      maxMs: 200_000,
    });
    await expect(current(page).getByTestId('kpi-value')).toBeVisible();
    expect((await wallStats(page)).advances).toBeGreaterThan(later.advances);
  });
});

test.describe('wall: critical alert takeover', () => {
  test('a flood of critical alerts takes the wall once, summarised, and returns after the set time', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // Hà Nội, flood story 6 h in: Long Biên at alarm III and some departments' overdue
    // dossiers. How many departments are overdue depends on the hour the test runs, so the
    // expected count is read from the alerts service, as the wall reads it.
    await openWall(
      page,
      'unit=01&scenes=overview:5,overview:5&takeover=60&mock=story:flood/-6h',
      'takeover',
    );
    const openCritical = await page.evaluate(async () => {
      const r = await fetch('/api/alerts/v1/alerts?unitCode=01&severity=critical&limit=200');
      const body = (await r.json()) as { alerts: { state: string }[] };
      return body.alerts.filter((a) => a.state === 'open').length;
    });
    expect(openCritical).toBeGreaterThanOrEqual(3);
    const takeover = page.getByTestId('wall-takeover');
    await expect(takeover.getByTestId('wall-takeover-more')).toHaveText(
      `+${String(openCritical - 1)} cảnh báo nghiêm trọng khác`,
    );
    await expect(takeover).toContainText('Nghiêm trọng');
    await expect(takeover).toContainText('Hệ thống cảnh báo');
    await expect(takeover).toContainText('Thành phố Hà Nội');
    await expect(takeover.locator('time')).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    // Before holding the clock: axe runs on timers of its own.
    await expectNoAxeViolations(page);
    await holdClock(page, false);

    // Rotation waits while the alert holds the wall, until the set time is up.
    const before = await wallStats(page);
    expect(before.takeover).not.toBeNull();
    const left = before.takeoverLeftMs ?? 0;
    expect(left).toBeGreaterThan(5_000);
    expect(left).toBeLessThanOrEqual(60_000);
    await page.clock.runFor(left - 1_000);
    await expect(takeover).toBeVisible();
    expect((await wallStats(page)).advances).toBe(before.advances);
    // Nobody acknowledges it: it gives the wall back.
    await page.clock.runFor(1_500);
    await expect(takeover).toBeHidden();
    await expect(page.getByTestId('wall-status')).toContainText('Hết thời gian hiển thị cảnh báo');
    // The rest of the flood was summarised, not queued: rotation goes on (5 s scenes).
    await page.clock.runFor(6_000);
    const after = await wallStats(page);
    expect(after.advances).toBeGreaterThan(before.advances);
    expect(after.takeover).toBeNull();
    await expect(takeover).toBeHidden();
  });

  test('a critical flood alert is shown until acknowledged through the alerts API', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // Long Biên at alarm III: the flood story started 6 h ago.
    await openWall(
      page,
      'unit=01&scenes=overview:20&refresh=2&takeover=600&mock=story:flood/-6h',
      'takeover',
    );
    await holdClock(page, false);
    const takeover = page.getByTestId('wall-takeover');
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
    // Seen on the alert list's next poll (every 10 s), well before the 600 s timeout.
    await runUntil(page, async () => !(await takeover.isVisible()), {
      stepMs: 2_000,
      maxMs: 30_000,
    });
    await expect(page.getByTestId('wall-status')).toContainText('Cảnh báo đã được xác nhận');
  });
});

/**
 * Layout problems of the scene on screen, per panel:
 * - "outside its panel": an element whose visible part (after clipping by its own ancestors
 *   inside the panel, e.g. a scrolling list) sticks out of the panel's box, i.e. is cut off by
 *   the panel's edge;
 * - "clipped": a visible element that hides part of its own content: wider than its box with
 *   overflow hidden or an ellipsis, or taller than its box with overflow hidden.
 * Not checked: what is hidden on purpose (visibility hidden, the sr-only / clip-path pattern of
 * the map's keyboard list) and MapLibre's canvas internals (tiles and labels outside the
 * viewport are its business).
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const scene = document.querySelector('[data-wall-scene="current"]');
    if (!scene) return ['no current scene'];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${el.getAttribute('class')?.slice(0, 30) ?? ''} "${el.textContent.trim().slice(0, 40)}"`;
    const clips = (value: string) => value !== 'visible';
    /** Hidden on purpose by the element itself. */
    const hiddenByItself = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return true;
      if (style.clipPath.startsWith('inset(50%')) return true;
      if (
        style.position === 'absolute' &&
        /^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(style.getPropertyValue('clip'))
      )
        return true;
      const box = el.getBoundingClientRect();
      return (box.width <= 1 || box.height <= 1) && clips(style.overflow);
    };
    for (const cell of scene.querySelectorAll('[data-wall-cell]')) {
      const panel = cell.firstElementChild;
      if (!panel) continue;
      const frame = panel.getBoundingClientRect();
      const cellBox = cell.getBoundingClientRect();
      if (
        frame.left < cellBox.left - 1 ||
        frame.right > cellBox.right + 1 ||
        frame.top < cellBox.top - 1 ||
        frame.bottom > cellBox.bottom + 1
      ) {
        problems.push(`panel outside its cell: ${name(panel)}`);
      }
      for (const el of panel.querySelectorAll('*')) {
        if (el.closest('.maplibregl-canvas-container')) continue;
        // The visible part of the element, clipped by its ancestors below the panel.
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        let left = r.left;
        let right = r.right;
        let top = r.top;
        let bottom = r.bottom;
        let hidden = hiddenByItself(el);
        for (let a = el.parentElement; a && a !== panel && !hidden; a = a.parentElement) {
          if (hiddenByItself(a)) hidden = true;
          const style = getComputedStyle(a);
          const box = a.getBoundingClientRect();
          if (clips(style.overflowX)) {
            left = Math.max(left, box.left);
            right = Math.min(right, box.right);
          }
          if (clips(style.overflowY)) {
            top = Math.max(top, box.top);
            bottom = Math.min(bottom, box.bottom);
          }
        }
        if (hidden || right - left < 1 || bottom - top < 1) continue;
        if (
          left < frame.left - 1 ||
          right > frame.right + 1 ||
          top < frame.top - 1 ||
          bottom > frame.bottom + 1
        ) {
          problems.push(`outside its panel: ${name(el)}`);
        }
        const style = getComputedStyle(el);
        const html = el as HTMLElement;
        const wide =
          (clips(style.overflowX) || style.textOverflow === 'ellipsis') &&
          html.scrollWidth > html.clientWidth + 1;
        // A scrolling list (overflow auto) is the desk's design: its rows count above, not here.
        const tall =
          (style.overflowY === 'hidden' || style.overflowY === 'clip') &&
          html.scrollHeight > html.clientHeight + 1;
        if (wide || tall) {
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

/** Pairs of texts one chart drew over each other (boxes overlapping by more than 1 px). */
function overlappingTexts(charts: DrawnText[][]): string[] {
  const found: string[] = [];
  for (const texts of charts) {
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1)) {
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) found.push(`«${a.text}» over «${b.text}»`);
      }
    });
  }
  return found;
}

/**
 * What the charts of the scene on screen drew on their canvases (the wall's test hook reads
 * ECharts' display list): the DOM checks above cannot see into a canvas.
 */
async function chartTextOnScreen(page: Page) {
  return page.evaluate(() => {
    const hook = (window as unknown as { iocWall: WallHook }).iocWall;
    return {
      scale: hook.displayScale,
      charts: hook.chartText('[data-wall-scene="current"]'),
    };
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

    // Canvas text scales with the wall: 17 px at 1080 p (1.6 % of the height, like the CSS
    // type), 34 px at 2160 p; and no chart draws a label over another ("0%" over "12/2024").
    const drawn = await chartTextOnScreen(page);
    expect(drawn.scale).toBeCloseTo(height / 1080, 5);
    expect(drawn.charts.length).toBeGreaterThanOrEqual(2);
    const sizes = drawn.charts.flat().map((t) => t.fontSize);
    expect(sizes.length).toBeGreaterThanOrEqual(20);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(0.0155 * height);
    expect(overlappingTexts(drawn.charts)).toEqual([]);
    // The overlap check can fail: two labels planted on the same spot are found.
    const first = drawn.charts.find((texts) => texts.length > 0)?.[0];
    if (first) {
      expect(overlappingTexts([[first, { ...first, text: 'probe' }]])).toHaveLength(1);
    }

    // The check itself can fail: a cut-off line and a box sticking out of a panel are found.
    await current(page)
      .locator('[data-wall-cell] > section > div')
      .first()
      .evaluate((body) => {
        const line = document.createElement('p');
        line.dataset.e2eProbe = '';
        line.style.cssText = 'white-space: nowrap; overflow: hidden; width: 10rem';
        line.textContent = 'Dòng chữ rất dài bị cắt mất phần cuối '.repeat(4);
        const box = document.createElement('div');
        box.dataset.e2eProbe = '';
        box.style.cssText = 'position: absolute; left: 0; top: 0; width: 400vw; height: 2px';
        body.append(line);
        body.parentElement?.append(box);
      });
    const probed = await layoutProblems(page);
    expect(probed.some((p) => p.startsWith('clipped: p.'))).toBe(true);
    expect(probed.some((p) => p.startsWith('outside its panel: div.'))).toBe(true);
    await page.locator('[data-e2e-probe]').evaluateAll((els) => {
      for (const el of els) el.remove();
    });
    await expectNoAxeViolations(page);
  });
}
