#!/usr/bin/env node
// Overview load time on the production build (`vite preview`) in headless Chromium:
//  1. first KPI: navigation → the overview's KPI tile shows a real value (not the loading state);
//  2. scene complete: navigation → no panel of the overview is loading any more.
// Each run opens a fresh browser context (cold cache, the mock service worker installs again, as
// on a wall PC after a reboot), then reloads once (warm: cache and worker in place).
// Budget: first KPI ≤ 1,500 ms (cold, median). Exit code 1 when over.
// Usage: node bench/first-kpi.mjs [--runs N] [--out-dir dist] [--port 4310] [--unit 92]
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  ROOT,
  median,
  numberOption,
  option,
  startPreview,
} from './lib/common.mjs';

const RUNS = numberOption('--runs', 5);
const OUT_DIR = option('--out-dir', 'dist');
const PORT = numberOption('--port', 4310);
const UNIT = option('--unit', '92');
const BUDGET = { firstKpiMs: 1500 };

/** @param {number} n */
const ms = (n) => `${n.toFixed(0)} ms`;

if (!existsSync(path.join(ROOT, OUT_DIR, 'index.html'))) {
  console.error(`No build in ${OUT_DIR}/: run "npx vite build --outDir ${OUT_DIR}" first.`);
  process.exit(2);
}

// Runs in the page from its first script: records, frame by frame, when the tile first shows a
// value and when nothing in the scene is loading any more (performance.now() = ms since navigation).
const PROBE = () => {
  const marks = /** @type {{ firstKpi: number | null; complete: number | null }} */ ({
    firstKpi: null,
    complete: null,
  });
  /** @type {any} */ (window).__firstKpi = marks;
  const check = () => {
    const main = document.querySelector('main');
    if (marks.firstKpi === null) {
      const value = document.querySelector(
        '[data-panel-type="kpi-tile"] [data-testid="kpi-value"]',
      );
      if (value && /\d/.test(value.textContent ?? '')) marks.firstKpi = performance.now();
    }
    if (marks.firstKpi !== null && marks.complete === null && main) {
      const panels = main.querySelectorAll('section[data-panel]').length;
      const busy = main.querySelectorAll('[aria-busy="true"]').length;
      if (panels > 0 && busy === 0) marks.complete = performance.now();
    }
    if (marks.complete === null) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

async function measure(
  /** @type {import('@playwright/test').Page} */ page,
  /** @type {() => Promise<unknown>} */ go,
) {
  await go();
  await page.waitForFunction(() => /** @type {any} */ (window).__firstKpi?.complete != null, null, {
    timeout: 60_000,
  });
  const marks = await page.evaluate(() => /** @type {any} */ (window).__firstKpi);
  const navigation = await page.evaluate(() => {
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (
      performance.getEntriesByType('navigation')[0]
    );
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN, fcp: fcp?.startTime ?? NaN };
  });
  return {
    firstKpi: /** @type {number} */ (marks.firstKpi),
    complete: /** @type {number} */ (marks.complete),
    fcp: navigation.fcp,
    domContentLoaded: navigation.domContentLoaded,
  };
}

const preview = await startPreview({ outDir: OUT_DIR, port: PORT });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
/** @type {Array<Record<string, number>>} */
const runs = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    const cold = await measure(page, () => page.goto(`${preview.url}/?unit=${UNIT}`));
    const warm = await measure(page, () => page.reload());
    runs.push({
      coldFirstKpi: cold.firstKpi,
      coldComplete: cold.complete,
      coldFcp: cold.fcp,
      warmFirstKpi: warm.firstKpi,
      warmComplete: warm.complete,
      warmFcp: warm.fcp,
    });
    console.log(
      `  run ${String(run + 1)}: first KPI ${ms(cold.firstKpi)} cold / ${ms(warm.firstKpi)} warm; complete ${ms(cold.complete)} / ${ms(warm.complete)}`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  preview.stop();
}

const summary = Object.fromEntries(
  Object.keys(runs[0] ?? {}).map((k) => [k, median(runs.map((r) => r[k] ?? NaN))]),
);
const firstKpi = summary['coldFirstKpi'] ?? NaN;
console.log(
  `first-KPI bench: overview of unit ${UNIT}, ${String(RUNS)} runs, build ${OUT_DIR}/, headless Chromium`,
);
console.log(
  `  first KPI value: ${ms(firstKpi)} cold (budget ${ms(BUDGET.firstKpiMs)}), ${ms(summary['warmFirstKpi'] ?? NaN)} warm`,
);
console.log(
  `  scene complete:  ${ms(summary['coldComplete'] ?? NaN)} cold, ${ms(summary['warmComplete'] ?? NaN)} warm`,
);
console.log(
  `  first contentful paint: ${ms(summary['coldFcp'] ?? NaN)} cold, ${ms(summary['warmFcp'] ?? NaN)} warm`,
);
const result = {
  date: new Date().toISOString(),
  unit: UNIT,
  runs: RUNS,
  outDir: OUT_DIR,
  budget: BUDGET,
  chromiumArgs: CHROMIUM_ARGS,
  loadAverage: os.loadavg(),
  median: summary,
  all: runs,
};
const outDir = path.join(ROOT, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'first-kpi.json'), `${JSON.stringify(result, null, 2)}\n`);
const over = !(firstKpi <= BUDGET.firstKpiMs);
if (over) console.log('  OVER BUDGET');
process.exitCode = over ? 1 : 0;
