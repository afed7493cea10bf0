#!/usr/bin/env node
// Map performance in headless Chromium (software WebGL), on the offline harness page:
//  1. time to the first idle render of the 34 current units + 5,000 clustered sensors, from the
//     map's mount until that frame has been handed to the compositor ("painted");
//  2. main-thread time to replace the values of the 5,000 sensors.
// Budgets (docs/map.md): first render ≤ 1,500 ms, update ≤ 50 ms. Exit code 1 when over.
// The figure from navigation is printed too: it adds the harness page's own start-up (its
// bundle, 5,000 synthetic stations, React), which is not the map's and which the app's shell
// has already done when a scene with a map opens.
// Usage: node bench/map.mjs [--runs N] [--points N] [--no-build]
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS, flag, median, numberOption } from './lib/common.mjs';
import { buildHarness, serveHarness } from './map-harness.mjs';

const RUNS = numberOption('--runs', 5);
const POINTS = numberOption('--points', 5000);
const BUDGET = { firstRenderMs: 1500, updateMs: 50 };
// The e2e flags. MAP_BENCH_GPU=1 drops --disable-gpu: SwiftShader then also composites,
// without reading every frame back to the CPU.
const ARGS = CHROMIUM_ARGS.filter(
  (f) => process.env.MAP_BENCH_GPU !== '1' || f !== '--disable-gpu',
);

/** @param {number} n */
const ms = (n) => `${n.toFixed(0)} ms`;

if (!flag('--no-build')) await buildHarness();
const server = await serveHarness();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });

/** @type {Array<Record<string, number>>} */
const runs = [];
try {
  for (let run = 0; run < RUNS; run++) {
    // A fresh context per run: cold HTTP cache, as a wall display after a reload.
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    // Count animation frames (MapLibre renders in requestAnimationFrame callbacks): each one
    // under software WebGL costs a draw plus a GPU readback, so fewer frames = faster ready.
    // "Painted": the first animation frame after the ready mark. MapLibre reports idle at the
    // end of the frame that drew the map; the next frame starts once that one has been
    // committed (read back from SwiftShader), so this is when the map is on screen.
    await page.addInitScript(() => {
      const w = /** @type {any} */ (window);
      const frames = /** @type {number[]} */ ([]);
      w.__frames = frames;
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) =>
        raf((t) => {
          frames.push(performance.now());
          cb(t);
        });
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        const entry = mark(name, options);
        if (name === 'province-map:ready') raf(() => (w.__painted = performance.now()));
        return entry;
      };
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.url}?points=${POINTS}`);
    await page.waitForSelector('[data-testid="province-map"][data-state="ready"]', {
      timeout: 60_000,
    });
    await page.waitForFunction(() => /** @type {any} */ (window).__painted !== undefined);
    // Main-thread busy time (tasks, scripts) until ready: CPU time of the page's main thread,
    // far less sensitive than wall-clock times to other processes on a shared machine.
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (/** @type {string} */ name) =>
      (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
    const first = await page.evaluate(() => {
      const at = (/** @type {string} */ n) =>
        performance.getEntriesByName(`province-map:${n}`).at(-1)?.startTime ?? NaN;
      return {
        mount: at('mount'),
        geodata: at('geodata'),
        engine: at('engine'),
        ready: at('ready'),
        painted: /** @type {number} */ (/** @type {any} */ (window).__painted),
        polygons: document.querySelectorAll('[data-testid="province-table"] tbody tr').length,
        frames: /** @type {number[]} */ (/** @type {any} */ (window).__frames ?? []),
      };
    });
    // Let the first frames settle, then update every sensor value a few times.
    await page.waitForTimeout(300);
    /** @type {number[]} */
    const updates = [];
    /** @type {number[]} */
    const settles = [];
    for (let i = 0; i < 5; i++) {
      const r = await page.evaluate(async () => {
        const longTasks = /** @type {number[]} */ ([]);
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longTasks.push(e.duration);
        });
        observer.observe({ type: 'longtask' });
        const t0 = performance.now();
        const harness = /** @type {{ harness: import('./map-harness.mjs').HarnessApi }} */ (
          /** @type {unknown} */ (window)
        ).harness;
        const sync = harness.updatePoints();
        await harness.handle?.whenIdle();
        const settle = performance.now() - t0;
        observer.disconnect();
        return { sync, settle, longest: Math.max(0, ...longTasks) };
      });
      updates.push(r.sync);
      settles.push(r.settle);
    }
    runs.push({
      mainThreadBusyToReady: metric('TaskDuration'),
      scriptToReady: metric('ScriptDuration'),
      mountToPainted: first.painted - first.mount,
      navigationToPainted: first.painted,
      navigationToMount: first.mount,
      mountToReady: first.ready - first.mount,
      mountToGeodata: first.geodata - first.mount,
      geodataToEngine: first.engine - first.geodata,
      engineToReady: first.ready - first.engine,
      readyToPainted: first.painted - first.ready,
      updateSync: median(updates),
      updateToIdle: median(settles),
      polygons: first.polygons,
      framesEngineToReady: first.frames.filter((t) => t >= first.engine && t <= first.ready).length,
    });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const summary = Object.fromEntries(
  Object.keys(runs[0] ?? {}).map((k) => [k, median(runs.map((r) => r[k] ?? NaN))]),
);
const firstRender = summary['mountToPainted'] ?? NaN;
const update = summary['updateSync'] ?? NaN;
console.log(
  `map bench: ${RUNS} runs, ${POINTS} clustered points, 34 units, headless Chromium (SwiftShader${process.env.MAP_BENCH_GPU === '1' ? ', GPU compositing' : ''})`,
);
console.log(
  `  first idle render: ${ms(firstRender)} from the map's mount to the frame on screen (idle at ${ms(summary['mountToReady'] ?? NaN)}, painted ${ms(summary['readyToPainted'] ?? NaN)} later)`,
);
console.log(
  `    from navigation: ${ms(summary['navigationToPainted'] ?? NaN)} (the harness page's own start-up until the mount: ${ms(summary['navigationToMount'] ?? NaN)})`,
);
console.log(
  `    mount→geodata ${ms(summary['mountToGeodata'] ?? NaN)}, geodata→engine ${ms(summary['geodataToEngine'] ?? NaN)}, engine→idle ${ms(summary['engineToReady'] ?? NaN)}`,
);
console.log(`    animation frames engine→idle: ${summary['framesEngineToReady'] ?? NaN}`);
console.log(
  `    main thread busy until ready: ${ms(summary['mainThreadBusyToReady'] ?? NaN)} (script ${ms(summary['scriptToReady'] ?? NaN)})`,
);
console.log(
  `  update ${POINTS} point values: ${update.toFixed(1)} ms main thread (${ms(summary['updateToIdle'] ?? NaN)} until idle)`,
);
const result = {
  date: new Date().toISOString(),
  points: POINTS,
  runs: RUNS,
  budget: BUDGET,
  chromiumArgs: ARGS,
  loadAverage: os.loadavg(),
  median: summary,
  all: runs,
};
const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'map.json'), `${JSON.stringify(result, null, 2)}\n`);
const over = firstRender > BUDGET.firstRenderMs || update > BUDGET.updateMs;
if (over) console.log('  OVER BUDGET');
process.exitCode = over ? 1 : 0;
