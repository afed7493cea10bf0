import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

/**
 * The alerts scene on the flood story (Hà Nội, Long Biên: I 9.5 / II 10.5 / III 11.5 m), on a
 * stopped mock clock moved by hand, so the test is deterministic and quick. In January the
 * river is below alarm I before the story: the alert is raised by the story alone.
 * Levels at Long Biên (seed 20250701), hours after the story starts:
 *   2 h  below I (no alert) · 3 h 45 10.58 m (≥ II) · 9 h 10.46 m (below II, within the
 *   10 cm hysteresis margin) · 9 h 15 10.17 m (below II − 0.1: steps down to I) · 9 h 30 9.86 m.
 */
const STORY_START = Date.parse('2025-01-15T06:00:00+07:00');

function vnTime(hours: number): string {
  // ISO 8601 with +07:00, as the mocks' spec parser expects.
  const d = new Date(STORY_START + hours * 3_600_000 + 7 * 3_600_000);
  return `${d.toISOString().slice(0, 19)}+07:00`;
}

function sceneUrl(hours: number, extra = ''): string {
  const spec = `story:flood/${vnTime(0)},freeze:${vnTime(hours)}`;
  return `/alerts?unit=01&source=hydrology-stations&mock=${encodeURIComponent(spec)}${extra}`;
}

/** Moves the mock clock (the page keeps running) and asks the scene to re-read the alerts. */
async function moveClock(page: Page, hours: number): Promise<void> {
  await page.waitForFunction(() => 'iocMocks' in window);
  await page.evaluate((at) => {
    (window as unknown as { iocMocks: { apply(spec: string): unknown } }).iocMocks.apply(
      `freeze:${at}`,
    );
  }, vnTime(hours));
  const listed = page.waitForResponse((r) => r.url().includes('/api/alerts/v1/alerts?'));
  await page.getByRole('button', { name: 'Cập nhật ngay' }).click();
  await listed;
}

test.describe('alerts: the flood story', () => {
  test.setTimeout(120_000);

  test('alarm II raises an alert, the map flies to it, it is handled, kept across a reload, steps down with hysteresis and is resolved with a note', async ({
    page,
  }) => {
    await page.goto(sceneUrl(2));
    const list = page.getByTestId('alerts-list');
    await expect(page.getByTestId('alert-count')).toBeVisible();
    const longBien = page.locator('li[data-kind="flood"]', { hasText: 'Long Biên' });
    await expect(longBien).toHaveCount(0);

    // The river crosses Báo động II while the scene is open.
    await moveClock(page, 3.75);
    await expect(longBien).toHaveCount(1, { timeout: 20_000 });
    await expect(longBien).toHaveAttribute('data-severity', 'warning');
    await expect(longBien).toContainText('Báo động II');
    const id = (await longBien.getAttribute('data-alert-id')) ?? '';
    expect(id).not.toBe('');

    // The map flies to the station: the unit under the map's centre is Hà Nội.
    const map = page.getByTestId('alerts-map');
    await expect(map).toHaveAttribute('data-fly-alert', id);
    await expect(map).toHaveAttribute('data-fly-center', /^10[5-6]\.\d{4},2[01]\.\d{4}$/);
    await expect(map).toHaveAttribute('data-map-centre-unit', '01', { timeout: 30_000 });

    // A department head acknowledges it.
    await longBien.getByRole('button').click();
    await expect(page).toHaveURL(new RegExp(`alert=${id}`));
    const detail = page.getByTestId('alert-detail');
    await expect(detail).toHaveAttribute('data-alert-id', id);
    await detail.getByLabel('Người thực hiện').fill('Giám đốc Sở NN&MT');
    await detail.getByRole('button', { name: 'Tiếp nhận' }).click();
    await expect(detail).toHaveAttribute('data-state', 'acknowledged');

    // … and assigns it while the network is down: queued, shown as pending, sent once online.
    await page.context().setOffline(true);
    await detail.getByLabel('Giao cho đơn vị').selectOption('so-nnmt');
    await detail.getByRole('button', { name: 'Giao xử lý' }).click();
    const outbox = page.getByTestId('outbox');
    await expect(outbox).toContainText('1 thao tác đang chờ gửi');
    await expect(outbox.locator('[data-pending-action="assign"]')).toHaveCount(1);
    await expect(list.locator(`li[data-alert-id="${id}"]`)).toHaveAttribute('data-pending', 'true');
    await page.context().setOffline(false);
    await expect(outbox).toBeHidden({ timeout: 20_000 });
    await expect(detail.getByTestId('alert-assignee')).toHaveText('Sở Nông nghiệp và Môi trường');

    // Reload (same moment of the story): the state is kept.
    await page.goto(sceneUrl(3.75, `&alert=${id}`));
    await expect(detail).toHaveAttribute('data-alert-id', id);
    await expect(detail).toHaveAttribute('data-state', 'acknowledged');
    await expect(detail.getByTestId('alert-assignee')).toHaveText('Sở Nông nghiệp và Môi trường');

    // The water falls just below II (10.46 m): hysteresis keeps the warning, nothing flaps.
    await moveClock(page, 9);
    await expect(detail.getByTestId('alert-value')).toHaveText('10,46', { timeout: 20_000 });
    await expect(detail).toHaveAttribute('data-severity', 'warning');
    await expect(detail).toHaveAttribute('data-state', 'acknowledged');

    // Past the margin (10.17 m): one step down to alarm I, the same alert, still being handled.
    await moveClock(page, 9.25);
    await expect(detail.getByTestId('alert-value')).toHaveText('10,17', { timeout: 20_000 });
    await expect(detail).toHaveAttribute('data-severity', 'info');
    await expect(detail).toHaveAttribute('data-state', 'acknowledged');
    await expect(longBien).toHaveCount(1);

    // Resolving needs a note on the outcome.
    await detail.getByRole('button', { name: 'Đã xử lý xong' }).click();
    await expect(detail.getByRole('alert')).toContainText('Cần ghi chú');
    await detail.getByLabel('Ghi chú').fill('Nước đã rút dưới báo động II; duy trì trực ban đê.');
    await detail.getByRole('button', { name: 'Đã xử lý xong' }).click();
    await expect(detail).toHaveAttribute('data-state', 'resolved');

    // The river is still above I (9.86 m): the person's resolution holds (no reopen).
    await moveClock(page, 9.5);
    await expect(detail).toHaveAttribute('data-state', 'resolved');
    await expect(longBien).toHaveCount(1);

    // The audit trail tells the whole story, in order, with who did what.
    const audit = detail.getByTestId('audit-trail').locator('tbody tr');
    await expect(audit).toHaveCount(5);
    expect(
      await audit.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action'))),
    ).toEqual(['raise', 'acknowledge', 'assign', 'de-escalate', 'resolve']);
    await expect(audit.nth(1)).toContainText('Giám đốc Sở NN&MT');
    await expect(audit.nth(2)).toContainText('Sở Nông nghiệp và Môi trường');
    await expect(audit.nth(4)).toContainText('Nước đã rút dưới báo động II');

    await expectNoAxeViolations(page);
  });

  test('filters live in the URL; English; axe', async ({ page }) => {
    await page.goto(
      `/alerts?unit=01&lang=en&severity=warning&mock=${encodeURIComponent(`story:flood/${vnTime(0)},freeze:${vnTime(3.75)}`)}`,
    );
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Alerts');
    await expect(page.getByLabel('Severity')).toHaveValue('warning');
    const rows = page.getByTestId('alerts-list').locator('li[data-alert-id]');
    await expect(rows.first()).toBeVisible();
    expect(
      await rows.evaluateAll((els) =>
        els.every((e) => e.getAttribute('data-severity') === 'warning'),
      ),
    ).toBe(true);
    await page.getByLabel('State').selectOption('resolved');
    await expect(page).toHaveURL(/state=resolved/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).not.toHaveURL(/severity=/);
    // A bad link falls back to no filter.
    await page.goto(`/alerts?unit=01&lang=en&severity=huge&state=%3Cscript%3E`);
    await expect(page.getByLabel('Severity')).toHaveValue('');
    await expect(page.getByTestId('alert-count')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('alerts: a source sending some malformed rows', () => {
  test.setTimeout(90_000);

  // `alerts:out-of-range` makes the first and last alert of every page carry ±1e18 (docs/mocks.md).
  test('the scene keeps the good alerts and says how many were left out; axe', async ({ page }) => {
    await page.goto(`/alerts?unit=01&mock=${encodeURIComponent('alerts:out-of-range')}`);
    const note = page.getByTestId('alerts-skipped');
    await expect(note).toContainText(/\d+ cảnh báo không đọc được đã bị bỏ qua/);
    // The first reason names the field at fault.
    await expect(note).toContainText('alerts[0].value');
    await expect(
      page.getByTestId('alerts-list').locator('li[data-alert-id]').first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the alert-list panel of the overview shows the same note, in English too', async ({
    page,
  }) => {
    await page.goto(`/?unit=01&lang=en&mock=${encodeURIComponent('alerts:out-of-range')}`);
    // The panel is below the fold: it mounts when the reader scrolls to it.
    await page.locator('[data-slot="alert-list"]').scrollIntoViewIfNeeded();
    const panel = page.locator('[data-panel-type="alert-list"]');
    await expect(panel.getByTestId('alerts-skipped')).toContainText(
      /\d+ unreadable alerts were left out/,
    );
    await expect(panel.getByTestId('alert-list').locator('li').first()).toBeVisible();
  });

  test('a page whose every row is bad is a clear error, not an empty list', async ({ page }) => {
    await page.goto(`/alerts?unit=01&mock=${encodeURIComponent('alerts:missing-fields')}`);
    // The query retries before it gives up: the error state comes after the retries.
    await expect(page.getByRole('alert').filter({ hasText: 'alerts[0]' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByTestId('alerts-skipped')).toHaveCount(0);
    await expect(page.getByText('Không có cảnh báo nào khớp bộ lọc.')).toHaveCount(0);
  });
});
