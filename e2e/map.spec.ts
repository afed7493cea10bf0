import type { Page } from '@playwright/test';
import { buildHarness, serveHarness, type HarnessApi } from '../bench/map-harness.mjs';
import { MAP_THEMES } from '../src/map/style';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * The map module on its own harness page (src/map/harness, built by bench/map-harness.mjs and
 * served on a free port next to the app's preview server), in Chromium with software WebGL.
 * The harness colours unit XX by (XX × 7) mod 100 against bands < 40, 40–60, 60–80, ≥ 80:
 * Nghệ An (40) = 80 → "≥ 80%", Hồ Chí Minh (79) = 53 → "40% – < 60%".
 */

let harnessUrl = '';
let closeHarness: (() => Promise<void>) | null = null;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await buildHarness();
  const server = await serveHarness();
  harnessUrl = server.url;
  closeHarness = server.close;
});

test.afterAll(async () => {
  await closeHarness?.();
});

type Harness = HarnessApi;

/** The offline style's land on the desk: the view's top-left corner is southern China. */
const OFFLINE_LAND = MAP_THEMES.desk.land;

/** Offline: every request not served by this machine is refused; the list says which were. */
async function refuseOutsideRequests(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  return outside;
}

async function openHarness(page: Page, query = ''): Promise<string[]> {
  const outside = await refuseOutsideRequests(page);
  await page.goto(`${harnessUrl}${query}`);
  await expect(page.getByTestId('province-map')).toHaveAttribute('data-state', 'ready', {
    timeout: 30_000,
  });
  return outside;
}

/** A point of the map canvas (CSS px, relative to the map) inside the unit, away from its label. */
async function pointInside(page: Page, code: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((unit) => {
    const h = (window as unknown as { harness: Harness }).harness;
    const label = h.handle?.labelPointOf(unit);
    if (!label) return null;
    // Never on the label's own line: the text and its halo are drawn over the fill there.
    const offsets = [
      [0, 14],
      [0, -14],
      [10, 14],
      [-10, 14],
      [10, -14],
      [-10, -14],
      [0, 20],
      [0, -20],
      [20, 16],
      [-20, 16],
      [20, -16],
      [-20, -16],
      [0, 28],
      [0, -28],
      [50, 0],
      [-50, 0],
    ];
    for (const [dx = 0, dy = 0] of offsets) {
      const p = { x: label.x + dx, y: label.y + dy };
      // Same unit all around the point, so no border line or label text is sampled.
      const around = [
        [0, 0],
        [3, 0],
        [-3, 0],
        [0, 3],
        [0, -3],
      ].map(([ax = 0, ay = 0]) => h.handle?.unitAt(p.x + ax, p.y + ay)?.code);
      if (around.every((c) => c === unit)) return p;
    }
    return null;
  }, code);
  if (!point) throw new Error(`no clear point inside unit ${code}`);
  return point;
}

/** RGB of one pixel of the map as drawn on screen (screenshot, decoded in the page). */
async function pixelAt(
  page: Page,
  at: { x: number; y: number },
): Promise<[number, number, number]> {
  const canvas = page.locator('canvas.maplibregl-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no map canvas');
  const png = await page.screenshot({
    clip: { x: box.x + at.x - 1, y: box.y + at.y - 1, width: 3, height: 3 },
  });
  return page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0);
    const [r = 0, g = 0, b = 0] = ctx.getImageData(1, 1, 1, 1).data;
    return [r, g, b] as [number, number, number];
  }, png.toString('base64'));
}

function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The colour the legend shows for a class, read from the page (not from the test's own copy). */
async function legendColour(page: Page, label: string): Promise<[number, number, number]> {
  const swatch = page
    .getByRole('group', { name: 'Chỉ số thử nghiệm' })
    .getByRole('listitem')
    .filter({ hasText: label })
    .locator('span')
    .first();
  const css = await swatch.evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r = 0, g = 0, b = 0] = (css.match(/\d+/g) ?? []).map(Number);
  return [r, g, b];
}

function expectClose(actual: readonly number[], expected: readonly number[]) {
  for (const [i, v] of expected.entries())
    expect(Math.abs((actual[i] ?? -999) - v)).toBeLessThanOrEqual(3);
}

test.describe('province map (harness, offline, software WebGL)', () => {
  test('renders offline, with no request leaving the machine', async ({ page }) => {
    const outside = await openHarness(page, '?points=5000');
    expect(outside).toEqual([]);
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveAttribute(
      'aria-label',
      'Chỉ số thử nghiệm theo tỉnh, thành phố',
    );
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
    // Something was drawn: the sea and a province differ.
    const inside = await pixelAt(page, await pointInside(page, '68'));
    const sea = await pixelAt(page, { x: 8, y: 8 });
    expect(inside).not.toEqual(sea);
    // The map loads into a small, transparent canvas; once ready it is shown at full resolution.
    const size = await page
      .locator('canvas.maplibregl-canvas')
      .evaluate((c: HTMLCanvasElement) => ({
        opacity: getComputedStyle(c).opacity,
        drawn: [c.width, c.height],
        shown: [
          Math.floor(c.clientWidth * devicePixelRatio),
          Math.floor(c.clientHeight * devicePixelRatio),
        ],
      }));
    expect(size.opacity).toBe('1');
    expect(size.drawn).toEqual(size.shown);
    expect(size.drawn[0]).toBeGreaterThan(600);
  });

  test.describe('an external basemap', () => {
    const STYLE_PATH = '/test-basemap/style.json';
    const BASEMAP_SEA = '#3d2b56';
    // A failed style request is logged by the browser itself.
    test.use({ expectedConsoleErrors: [/status of 404/] });

    test('is drawn under the provinces', async ({ page }) => {
      await page.route(
        (url) => url.pathname === STYLE_PATH,
        (route) =>
          route.fulfill({
            json: {
              version: 8,
              sources: {},
              layers: [
                { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP_SEA } },
              ],
            },
          }),
      );
      await openHarness(page, `?basemap=${new URL(STYLE_PATH, harnessUrl).href}`);
      expectClose(await pixelAt(page, { x: 8, y: 8 }), rgbOf(BASEMAP_SEA));
      expectClose(await pixelAt(page, await pointInside(page, '40')), rgbOf('#08306b'));
      await expect(page.getByText('Không tải được bản đồ nền')).toHaveCount(0);
    });

    test('that does not load gives way to the offline style, and says so', async ({ page }) => {
      await page.route(
        (url) => url.pathname === STYLE_PATH,
        (route) => route.fulfill({ status: 404, body: '' }),
      );
      await openHarness(page, `?basemap=${new URL(STYLE_PATH, harnessUrl).href}`);
      await expect(
        page.getByRole('status').filter({ hasText: 'Không tải được bản đồ nền đã cấu hình' }),
      ).toBeVisible();
      expectClose(await pixelAt(page, { x: 8, y: 8 }), rgbOf(OFFLINE_LAND));
      expectClose(await pixelAt(page, await pointInside(page, '40')), rgbOf('#08306b'));
    });
  });

  test('colours a known province by its KPI class (rendered feature and pixels)', async ({
    page,
  }) => {
    await openHarness(page);
    for (const [code, label, hex] of [
      ['40', '≥ 80%', '#08306b'],
      ['79', '40% – < 60%', '#9ecae1'],
    ] as const) {
      const expected = await legendColour(page, label);
      expect(expected).toEqual(rgbOf(hex));
      const at = await pointInside(page, code);
      const rendered = await page.evaluate(
        ({ x, y }) => (window as unknown as { harness: Harness }).harness.handle?.unitAt(x, y),
        at,
      );
      expect(rendered).toEqual({ code, fill: hex });
      expectClose(await pixelAt(page, at), expected);
    }
  });

  test('hovering shows a tooltip; clicking selects the province in the URL and the table, again clears it', async ({
    page,
  }) => {
    await openHarness(page);
    const at = await pointInside(page, '40');
    const canvas = page.locator('canvas.maplibregl-canvas');
    await canvas.hover({ position: at });
    const tooltip = page.getByTestId('map-tooltip');
    await expect(tooltip).toContainText('Nghệ An');
    await expect(tooltip).toContainText('Chỉ số thử nghiệm: 80%');
    await canvas.click({ position: at });
    await expect(page).toHaveURL(/[?&]unit=40\b/);
    await expect(page.getByRole('button', { name: 'Chọn Nghệ An' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.locator('[data-testid="province-map"]').evaluate(async () => {
      await (window as unknown as { harness: Harness }).harness.handle?.whenIdle();
    });
    await canvas.click({ position: at });
    await expect(page).not.toHaveURL(/unit=/);
  });

  test('keyboard: the unit list selects a province without a mouse', async ({ page }) => {
    await openHarness(page);
    const list = page.getByRole('listbox', { name: 'Chọn tỉnh, thành phố trên bản đồ' });
    await list.focus();
    await expect(list).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('h');
    await expect(page.getByRole('option', { name: /^Hà Nội/ })).toHaveAttribute(
      'id',
      (await list.getAttribute('aria-activedescendant')) ?? 'missing',
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]unit=01\b/);
    await expectNoAxeViolations(page);
  });

  test('shows the 63 former units for old periods', async ({ page }) => {
    await openHarness(page, '?set=former');
    await expect(page.getByTestId('province-map')).toHaveAttribute('data-unit-set', 'former');
    await expect(page.getByTestId('province-table').locator('tbody tr')).toHaveCount(63);
    const at = await pointInside(page, '44');
    const rendered = await page.evaluate(
      ({ x, y }) => (window as unknown as { harness: Harness }).harness.handle?.unitAt(x, y),
      at,
    );
    expect(rendered?.code).toBe('44'); // Quảng Bình, not the current Quảng Trị
  });

  test('passes axe with the map, legend and table', async ({ page }) => {
    await openHarness(page, '?points=300&unit=79');
    await expectNoAxeViolations(page);
  });

  test('rotating scenes does not leak WebGL contexts', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (/WebGL contexts?|context lost/i.test(m.text())) warnings.push(m.text());
    });
    await openHarness(page);
    // Chromium keeps at most 16 live WebGL contexts; 17 mounts would evict one if any leaked.
    await page.evaluate(async () => {
      await (window as unknown as { harness: Harness }).harness.remount(17);
    });
    await expect(page.getByTestId('province-map')).toHaveAttribute('data-state', 'ready');
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    expect(warnings).toEqual([]);
  });

  test('rebuilds the map after the WebGL context is lost, with the same colours', async ({
    page,
  }) => {
    await openHarness(page);
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    const map = page.getByTestId('province-map');
    await expect(map).toHaveAttribute('data-rebuilds', '1');
    await expect(map).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    const at = await pointInside(page, '40');
    const rendered = await page.evaluate(
      ({ x, y }) => (window as unknown as { harness: Harness }).harness.handle?.unitAt(x, y),
      at,
    );
    expect(rendered).toEqual({ code: '40', fill: '#08306b' });
  });
});

test.describe('province map in the app', () => {
  test('the overview renders its map offline once scrolled to', async ({ page }) => {
    const outside = await refuseOutsideRequests(page);
    await page.goto('/');
    // The map panel is below the fold and mounts as it comes into view (issue #6).
    await page.locator('[data-slot="choropleth"]').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('province-map')).toHaveAttribute('data-state', 'ready', {
      timeout: 30_000,
    });
    expect(outside).toEqual([]);
  });
});
