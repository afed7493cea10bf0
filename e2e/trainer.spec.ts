import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { readFileSync } from 'node:fs';
import { focusAt } from '../src/trainer/live/band';
import { target2030 } from '../src/trainer/whatif/target-model';
import { getKpi } from '../src/catalog/kpis/registry';
import { projectAtPace } from '../src/domain/targets/what-if';
import { parsePeriod } from '../src/domain/time/period';

/** The flood scenario file, its offsets in ms ("3h45m" → 13,500,000; validated by unit tests). */
interface Text {
  vi: string;
  en: string;
}
const offsetMs = (text: string): number => {
  const m = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(text);
  if (!m) throw new Error(`bad offset ${text}`);
  return ((Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 60_000;
};
const RAW = JSON.parse(readFileSync('src/trainer/scenarios/flood.json', 'utf8')) as {
  baseRate: number;
  step: string;
  events: {
    at: string;
    label: Text;
    level?: 'normal' | 'I' | 'II' | 'III';
    focus?: 'station' | 'province';
  }[];
  tour: { at?: string; caption: Text }[];
};
const FLOOD = {
  baseRate: RAW.baseRate,
  step: offsetMs(RAW.step),
  events: RAW.events.map((e) => ({ ...e, at: offsetMs(e.at) })),
  tour: RAW.tour.map((s) => ({ ...s, at: s.at === undefined ? undefined : offsetMs(s.at) })),
};
/** 16× the flood's base rate: virtual ms per real ms. */
const RATE = FLOOD.baseRate * 16;
const MINUTE = 60_000;

/** The classroom is offline: any request that leaves 127.0.0.1 fails the test. */
test.beforeEach(async ({ page }) => {
  const outside: string[] = [];
  await page.route('**/*', async (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === '127.0.0.1' || host === 'localhost') await route.fallback();
    else {
      outside.push(route.request().url());
      await route.abort();
    }
  });
  (page as Page & { outside?: string[] }).outside = outside;
});
test.afterEach(({ page }) => {
  expect((page as Page & { outside?: string[] }).outside ?? []).toEqual([]);
});

const offsetOf = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('trainer-clock').getAttribute('data-offset-ms'));

async function openFlood(page: Page): Promise<void> {
  await page.clock.install({ time: new Date('2026-11-23T09:00:00+07:00') });
  await page.goto('/trainer?trainer=flood&unit=01');
  await expect(page.getByTestId('trainer-clock')).toHaveText('20/10/2025 06:00');
  await expect(page.getByTestId('trainer-station')).toHaveAttribute('data-band', 'normal');
}

test.describe('trainer mode', () => {
  test('the flood at 16×: alarm bands, alerts and map focus follow the timeline', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openFlood(page);
    await expect(page.getByTestId('trainer-map')).toHaveAttribute('data-map-focus', 'province');
    await page.getByTestId('trainer-speed').selectOption('16');
    await page.getByTestId('trainer-play').click();

    await page.getByTestId('trainer-pause').click();
    // From here real time moves only when the test moves it: no overshoot on a busy machine.
    await page.clock.pauseAt(new Date('2026-11-23T10:00:00+07:00'));
    /** Lets timers run (query notifications) for a moment of real time; virtual time is paused. */
    const settle = async <T>(read: () => Promise<T>): Promise<T> => {
      await page.clock.runFor(200);
      return read();
    };
    const expectedSeverity = { I: 'info', II: 'warning', III: 'critical' } as const;
    const levelEvents = FLOOD.events.filter((e) => e.level !== undefined);
    const seen: string[] = [];
    for (const event of levelEvents.filter((e) => e.at > 0)) {
      // Real time runs on Playwright's clock: play, jump real time so that the virtual clock
      // passes the event, pause at once.
      const now = await offsetOf(page);
      const wait = Math.ceil((event.at + 2 * MINUTE - now) / RATE);
      await page.getByTestId('trainer-play').click();
      await page.clock.fastForward(wait);
      await page.getByTestId('trainer-pause').click();
      const at = await offsetOf(page);
      expect(at).toBeGreaterThanOrEqual(event.at);
      expect(at).toBeLessThan(event.at + 30 * MINUTE);
      // The band the timeline declares at that instant (the last level event before it).
      const declared = levelEvents.filter((e) => e.at <= at).at(-1)?.level ?? '';
      expect(declared).toBe(event.level);
      const station = page.getByTestId('trainer-station');
      await expect
        .poll(() => settle(() => station.getAttribute('data-band')), { message: event.label.en })
        .toBe(declared);
      await expect(page.getByTestId('trainer-map')).toHaveAttribute(
        'data-map-focus',
        focusAt(FLOOD.events, at),
      );
      const flood = page.getByTestId('trainer-alerts').locator('li[data-kind="flood"]');
      if (event.level === 'normal') await expect.poll(() => settle(() => flood.count())).toBe(0);
      else if (seen.length < 3 && event.level !== undefined) {
        // Rising: raised at I, escalated at II and III.
        await expect
          .poll(() => settle(() => flood.first().getAttribute('data-severity')))
          .toBe(expectedSeverity[event.level]);
      }
      seen.push(declared);
    }
    expect(seen).toEqual(['I', 'II', 'III', 'III', 'II', 'I', 'normal']);
  });

  test('pause and step move exactly one step; reset returns the exact initial state', async ({
    page,
  }) => {
    await openFlood(page);
    // What the class sees (the map tiles load at their own pace, so not the map itself).
    const facts = async () =>
      [
        await page.getByTestId('trainer-station').innerText(),
        await page.getByTestId('trainer-alerts').innerText(),
        await page.getByTestId('trainer-map').getAttribute('data-map-focus'),
        await page.getByTestId('trainer-clock').innerText(),
      ].join('\n');
    await expect(page.getByTestId('trainer-alerts')).not.toContainText('…');
    const initial = await facts();

    await page.getByRole('button', { name: /Bước tới/ }).click();
    await expect.poll(() => offsetOf(page)).toBe(FLOOD.step);
    await page.getByRole('button', { name: /Bước tới/ }).click();
    await expect.poll(() => offsetOf(page)).toBe(2 * FLOOD.step);
    await expect(page.getByTestId('trainer-clock')).toHaveText('20/10/2025 06:30');

    // Play a while, pause: time stands still while paused.
    await page.getByTestId('trainer-speed').selectOption('16');
    await page.getByTestId('trainer-play').click();
    await page.clock.fastForward(15_000); // 4 virtual hours
    await page.getByTestId('trainer-pause').click();
    const paused = await offsetOf(page);
    expect(paused).toBeGreaterThan(4 * 60 * MINUTE);
    await page.clock.fastForward(10_000);
    expect(await offsetOf(page)).toBe(paused);
    await expect(page.getByTestId('trainer-station')).not.toHaveAttribute('data-band', 'normal');

    await page.getByTestId('trainer-reset').click();
    await expect(page.getByTestId('trainer-clock')).toHaveText('20/10/2025 06:00');
    await expect.poll(() => offsetOf(page)).toBe(0);
    await expect(page.getByTestId('trainer-station')).toHaveAttribute('data-band', 'normal');
    await expect.poll(facts).toBe(initial);
  });

  test('what-if: the projected date is the domain function’s', async ({ page }) => {
    await page.goto('/trainer?unit=92&kpi=society.e-payment-accounts');
    const latest = page.getByTestId('trainer-target-latest');
    await expect(latest).toBeVisible();
    await page.getByTestId('trainer-pace').fill('2.5');
    const value = Number(await latest.getAttribute('data-value'));
    const periodText = (await latest.getAttribute('data-period')) ?? '';
    const period = parsePeriod(periodText);
    if (!period.ok) throw new Error(periodText);
    const target = target2030(getKpi('society.e-payment-accounts')!);
    if (!target) throw new Error('no 2030 target');
    const expected = projectAtPace({ period: period.value, value }, 2.5, target);
    const answer = page.getByTestId('trainer-target-answer');
    if (expected.kind === 'projected') {
      await expect(answer.locator('time')).toHaveAttribute(
        'datetime',
        new Date(expected.estimateMs).toISOString(),
      );
    } else {
      await expect(answer).not.toBeEmpty();
    }
    await expect(page).toHaveURL(/pace=2\.5/);

    // 766: raising a component changes the score and never worsens the rank.
    const score = page.getByTestId('trainer-766-score');
    await expect(score).toBeVisible();
    const before = Number(await score.getAttribute('data-after'));
    await page.locator('input[data-component="online.payments-online"]').fill('100');
    await expect
      .poll(async () => Number(await score.getAttribute('data-after')))
      .toBeGreaterThanOrEqual(before);
  });

  test('the DIỄN TẬP mark is on every trainer screen, never blocks a click, and axe passes', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/trainer');
    const mark = page.getByTestId('trainer-watermark');
    await expect(mark).toHaveText(/DIỄN TẬP/);
    await expect(mark).toHaveCSS('pointer-events', 'none');
    await expect(mark).toHaveCSS('position', 'fixed');
    await expect(page.getByRole('status').filter({ hasText: 'Chế độ diễn tập' })).toHaveCount(1);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /Bắt đầu: Lũ sông Hồng/ }).click();
    await expect(page).toHaveURL(/trainer=flood/);
    await expect(page.getByTestId('trainer-station')).toHaveAttribute('data-band', /.+/);
    await expect(mark).toBeVisible();
    await expectNoAxeViolations(page);

    // Other screens in rehearsal mode keep the mark and the scenario.
    await page.getByRole('link', { name: 'Tổng quan', exact: true }).click();
    await expect(page).toHaveURL(/trainer=flood/);
    await expect(page.getByTestId('trainer-watermark')).toBeVisible();
    await page.getByRole('link', { name: 'Cảnh báo', exact: true }).click();
    await expect(page).toHaveURL(/trainer=flood/);
    await expect(page.getByTestId('trainer-watermark')).toBeVisible();

    // The guided tour answers the presenter's keys and speaks through a live region.
    await page.getByRole('link', { name: 'Diễn tập', exact: true }).click();
    await page.getByTestId('trainer-tour-start').click();
    const caption = page.getByTestId('trainer-tour-caption');
    await expect(caption).toHaveText(FLOOD.tour[0]!.caption.vi);
    await expect(page.getByTestId('trainer-tour')).toBeFocused();
    await page.keyboard.press('PageDown');
    await expect(caption).toHaveText(FLOOD.tour[1]!.caption.vi);
    await expect.poll(() => offsetOf(page)).toBe(FLOOD.tour[1]!.at);
    await page.keyboard.press('PageUp');
    await expect(caption).toHaveText(FLOOD.tour[0]!.caption.vi);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('trainer-tour')).toHaveCount(0);
    await expect(page.getByTestId('trainer-tour-start')).toBeFocused();
  });
});
