import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parseCsv } from '../src/panels/common/csv';
import { test, expect, expectNoAxeViolations } from './fixtures';

const UNIT = '92';
const DEPARTMENT = 'so-nnmt';
const DEPARTMENT_VI = 'Sở Nông nghiệp và Môi trường';

interface WireLateDossier {
  dossierCode: string;
  procedureCode: string;
  procedureName: string;
  unitCode: string;
  unitName: string;
  receivedAt: string;
  dueAt: string;
  processedAt: string | null;
  daysLate: number;
  status: string;
}

/** "2026-09-24T14:00:00+07:00" → "24/09/2026 14:00": the source's times are already in +07:00. */
const vnText = (iso: string) =>
  `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;

/** Asks the mock source from inside the page (the service worker answers). */
async function fetchFromPage<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    return (await response.json()) as T;
  }, path);
}

const panel = (page: Page, type: string): Locator => page.locator(`[data-panel-type="${type}"]`);
const crumbs = (page: Page) => page.getByRole('navigation', { name: 'Vị trí xem' });

test.describe('dossiers: a department head drills down from a shared link', () => {
  test('shared link → filters applied → procedure → late list CSV equals the source → back up', async ({
    page,
  }) => {
    // Four drill levels, a download and axe three times: slow on a shared 2-core machine.
    test.setTimeout(180_000);
    // The latest month the source reports, asked of the source itself (not from the clock).
    await page.goto(`/dossiers?unit=${UNIT}`);
    await expect(panel(page, 'dossier-backlog')).toBeVisible();
    const monthly = await fetchFromPage<{ statistics: { period: string }[] }>(
      page,
      `/api/kpi/v1/dossier-statistics?unitCode=${UNIT}&periodFrom=2025-07`,
    );
    const period =
      monthly.statistics
        .map((s) => s.period)
        .sort()
        .at(-1) ?? '';
    const [year, month] = period.split('-');

    // 1. The link sent on Zalo: unit, month and department are applied.
    await page.goto(`/dossiers?unit=${UNIT}&period=${period}&department=${DEPARTMENT}`);
    const backlog = panel(page, 'dossier-backlog');
    await expect(backlog.getByRole('heading', { level: 2 })).toHaveText(
      `Hồ sơ đang giải quyết theo thủ tục — ${DEPARTMENT_VI}, Tháng ${month}/${year}`,
    );
    await expect(page.getByLabel('Sở, ngành', { exact: true })).toHaveValue(DEPARTMENT);
    await expect(crumbs(page).locator('[aria-current="page"]')).toHaveText(DEPARTMENT_VI);
    await expect(panel(page, 'late-dossiers').getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);

    // 2. Through the UI: the procedures table, then the procedure with most overdue dossiers.
    await backlog.getByRole('button', { name: 'Xem dạng bảng' }).click();
    const firstProcedure = backlog.getByRole('table').getByRole('link').first();
    const procedureName = (await firstProcedure.textContent()) ?? '';
    await firstProcedure.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/procedure=/);
    const procedureCode = new URL(page.url()).searchParams.get('procedure') ?? '';
    expect(new URL(page.url()).searchParams.get('period')).toBe(period);
    await expect(crumbs(page).locator('[aria-current="page"]')).toHaveText(procedureName);
    const late = panel(page, 'late-dossiers');
    await expect(late.getByRole('heading', { level: 2 })).toHaveText(
      `Hồ sơ quá hạn — ${DEPARTMENT_VI} › ${procedureName}`,
    );
    await expect(late.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);

    // 3. CSV of the whole filtered list equals what the source serves for that query.
    const downloading = page.waitForEvent('download');
    await late.getByRole('button', { name: 'Tải CSV' }).click();
    const download = await downloading;
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text);
    expect(header?.[0]).toBe('Mã hồ sơ');

    const served = await fetchFromPage<{ dossiers: WireLateDossier[]; total: number }>(
      page,
      `/api/kpi/v1/late-dossiers?unitCode=${UNIT}.${DEPARTMENT}&limit=10000`,
    );
    expect(served.dossiers).toHaveLength(served.total);
    // The endpoint has no procedure filter: the same filter, applied to what it serves.
    const expected = served.dossiers.filter((d) => d.procedureCode === procedureCode);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows).toEqual(
      expected.map((d) => [
        d.dossierCode,
        d.procedureCode,
        d.procedureName,
        d.unitCode,
        d.unitName,
        vnText(d.receivedAt),
        vnText(d.dueAt),
        d.processedAt === null ? '' : vnText(d.processedAt),
        String(d.daysLate),
        d.status,
        d.status === 'pending-overdue' ? 'Đang giải quyết quá hạn' : 'Đã giải quyết quá hạn',
      ]),
    );
    await expect(late).toContainText(`${String(expected.length)} hồ sơ quá hạn`);

    // 4. Sorting is kept in the URL (a shared link opens the same order).
    await late.getByRole('button', { name: /Ngày tiếp nhận/ }).click();
    await expect(page).toHaveURL(/sort=receivedAt/);
    await expect(page).toHaveURL(/dir=desc/);
    await expect(late.getByRole('columnheader', { name: /Ngày tiếp nhận/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    // 5. Breadcrumbs lead back up: procedure → department → province.
    await crumbs(page).getByRole('link', { name: DEPARTMENT_VI }).click();
    await expect(page).not.toHaveURL(/procedure=/);
    await expect(page).toHaveURL(new RegExp(`department=${DEPARTMENT}`));
    await expect(crumbs(page).locator('[aria-current="page"]')).toHaveText(DEPARTMENT_VI);
    await crumbs(page).getByRole('link', { name: 'Thành phố Cần Thơ' }).click();
    await expect(page).not.toHaveURL(/department=/);
    await expect(panel(page, 'dossier-backlog').getByRole('heading', { level: 2 })).toHaveText(
      `Hồ sơ đang giải quyết theo sở, ngành — Tháng ${month}/${year}`,
    );
    await expect(crumbs(page).locator('[aria-current="page"]')).toHaveText('Thành phố Cần Thơ');
    await expectNoAxeViolations(page);
  });

  test('English labels after the language switch; a bad link falls back with a notice', async ({
    page,
  }) => {
    await page.goto(`/dossiers?unit=${UNIT}&department=no-such-dept&page=abc&sort=bogus`);
    await expect(page.getByRole('status').filter({ hasText: 'no-such-dept' })).toBeVisible();
    await expect(panel(page, 'dossier-backlog').getByRole('heading', { level: 2 })).toContainText(
      'Hồ sơ đang giải quyết theo sở, ngành',
    );
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Administrative dossiers');
    await expect(panel(page, 'dossier-backlog').getByRole('heading', { level: 2 })).toContainText(
      'Pending dossiers by department',
    );
    await expect(panel(page, 'late-dossiers').getByRole('heading', { level: 2 })).toHaveText(
      'Overdue dossiers — whole province',
    );
    await expect(panel(page, 'late-dossiers').getByRole('columnheader').first()).toHaveText(
      /Dossier code/,
    );
    await expect(page.getByRole('navigation', { name: 'You are here' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
