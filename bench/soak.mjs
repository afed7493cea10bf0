#!/usr/bin/env node
// Accelerated soak of the wall (docs/wall.md): headless Chromium runs /wall through every scene,
// a scene change every 2 s and a refresh every 1 s, for N minutes (default 20). About every 30 s
// (once per pass of the playlist) it collects garbage (CDP HeapProfiler.collectGarbage) and reads
// the JS heap (Runtime.getHeapUsage) on the first scene, and the most DOM nodes, live ECharts
// instances and live MapLibre maps (= WebGL contexts) seen over the pass (window.iocWall.stats()).
// Pass: after warm-up the heap grows < 10 %, DOM nodes < 10 %, and the chart/map counts stay
// within what warm-up saw. Writes bench/results/soak-<stamp>.json; exit code 1 on a fail.
// Usage: node bench/soak.mjs [--minutes N] [--port P] [--out-dir .tmp/dist-wall] [--scenes LIST]
// Needs a build: npx vite build --outDir .tmp/dist-wall (a preview on the port is reused).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, median, option, startPreview } from './lib/common.mjs';

const MINUTES = Number(option('--minutes', '20'));
const PORT = Number(option('--port', '4207'));
const OUT_DIR = option('--out-dir', '.tmp/dist-wall');
// Every scene of the wall, 2 s each: a leak in any scene's panels shows up, not only the overview's.
const SCENES = option(
  '--scenes',
  'overview:2,targets:2,rankings:2,public-services:2,dossiers:2,alerts:2,sensors:2,sources:2',
);
const SAMPLE_MS = Number(option('--sample-seconds', '30')) * 1000;
const WARMUP_MS = Math.min(5 * 60_000, (MINUTES * 60_000) / 4);
// A sample takes about a minute (a pass of the playlist and a pause): shorter runs would have
// no sample in the warm-up to compare with.
if (!(MINUTES >= 4)) {
  console.error('--minutes: at least 4 (warm-up is the first quarter, at most 5 min).');
  process.exit(2);
}
const HEAP_GROWTH_LIMIT = 0.1;
// The e2e flags, and heap figures that are not rounded (for the growth check).
const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

/**
 * What `window.iocWall.stats()` returns (src/wall/WallScreen.tsx, WallTestHook).
 * @typedef {object} WallStats
 * @property {number | null} heapBytes
 * @property {number | null} heapLimitBytes
 * @property {number} domNodes
 * @property {number} charts
 * @property {number} maps
 * @property {number} index
 * @property {number} advances
 * @property {boolean} paused
 * @property {string | null} takeover
 * @property {number | null} takeoverLeftMs
 */
/** @typedef {{ stats(): WallStats }} WallHook */
/** @typedef {Window & { iocWall?: WallHook }} WallWindow */

/**
 * One soak sample.
 * @typedef {object} Sample
 * @property {number} t seconds since start
 * @property {number} heapUsed
 * @property {number} heapTotal
 * @property {number | null} domNodes
 * @property {number | null} charts
 * @property {number | null} maps
 * @property {number | null} webglContexts
 * @property {number | null} advances
 */

const mb = (/** @type {number} */ b) => `${(b / 1024 / 1024).toFixed(1)} MB`;

const server = await startPreview({ outDir: OUT_DIR, port: PORT, reuse: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
/** @type {Sample[]} */
const series = [];
let reloads = 0;
let verdict;
try {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('crash', () => errors.push('the page crashed'));
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().includes('[wall] watchdog reload')) reloads++;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  // takeover=5: a critical alert of the mock data holds the wall 5 s, then the rotation goes on.
  const url = `${server.url}/wall?scenes=${encodeURIComponent(SCENES)}&refresh=1&takeover=5`;
  await page.goto(url);
  await page.waitForFunction(() => /** @type {WallWindow} */ (window).iocWall !== undefined, null, {
    timeout: 60_000,
  });
  const started = Date.now();
  const end = started + MINUTES * 60_000;
  let lastAdvances = 0;
  while (Date.now() < end) {
    // Scenes differ in charts, maps and DOM nodes, so a sample covers one whole cycle of the
    // playlist: the counts are the most seen during it (polled every 100 ms), and the heap is
    // read after a GC 1 s into a turn of the first scene (no takeover), to compare like with like.
    /** @param {boolean} first */
    const onFirstScene = (first) =>
      page
        .waitForFunction(
          (want) => {
            const s = /** @type {WallWindow} */ (window).iocWall?.stats();
            return s !== undefined && (s.index === 0) === want && s.takeover === null;
          },
          first,
          { polling: 50, timeout: 120_000 },
        )
        .catch(() => undefined);
    await onFirstScene(false);
    await onFirstScene(true);
    await new Promise((r) => setTimeout(r, 1000));
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = /** @type {{usedSize: number, totalSize: number}} */ (
      await cdp.send('Runtime.getHeapUsage')
    );
    /** @type {WallStats | null} */
    let stats = null;
    const peak = { domNodes: 0, charts: 0, maps: 0 };
    // Until the rotation has left the first scene and come back to it (at most 2 min).
    let left = false;
    const giveUp = Date.now() + 120_000;
    while (Date.now() < giveUp) {
      stats = await page.evaluate(
        () => /** @type {WallWindow} */ (window).iocWall?.stats() ?? null,
      );
      if (stats) {
        peak.domNodes = Math.max(peak.domNodes, stats.domNodes);
        peak.charts = Math.max(peak.charts, stats.charts);
        peak.maps = Math.max(peak.maps, stats.maps);
        if (stats.index !== 0) left = true;
        else if (left) break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    /** @type {Sample} */
    const sample = {
      t: Math.round((Date.now() - started) / 1000),
      heapUsed: heap.usedSize,
      heapTotal: heap.totalSize,
      domNodes: peak.domNodes,
      charts: peak.charts,
      maps: peak.maps,
      webglContexts: peak.maps,
      advances: stats?.advances ?? null,
    };
    if (sample.advances !== null && sample.advances < lastAdvances) reloads++;
    lastAdvances = sample.advances ?? lastAdvances;
    series.push(sample);
    console.log(
      `t=${String(sample.t).padStart(5)} s  heap ${mb(sample.heapUsed)}  dom ${sample.domNodes}  charts ${sample.charts}  maps ${sample.maps}  advances ${sample.advances}`,
    );
    await new Promise((r) => setTimeout(r, Math.max(0, Math.min(SAMPLE_MS, end - Date.now()))));
  }

  const afterWarmup = series.filter((s) => s.t * 1000 >= WARMUP_MS);
  const warmup = series.filter((s) => s.t * 1000 < WARMUP_MS);
  const head = afterWarmup.slice(0, 3).map((s) => s.heapUsed);
  const tail = afterWarmup.slice(-3).map((s) => s.heapUsed);
  const baseHeap = median(head);
  const endHeap = median(tail);
  const growth = (endHeap - baseHeap) / baseHeap;
  const maxOf = (/** @type {Sample[]} */ xs, /** @type {'charts' | 'maps'} */ k) =>
    Math.max(...xs.map((s) => s[k] ?? 0));
  const countsSteady = /** @type {const} */ (['charts', 'maps']).every(
    (k) => maxOf(afterWarmup, k) <= maxOf(warmup, k),
  );
  const domGrowth =
    // null counts as 0, as it did in the arithmetic before.
    median(afterWarmup.slice(-3).map((s) => s.domNodes ?? 0)) /
      median(afterWarmup.slice(0, 3).map((s) => s.domNodes ?? 0)) -
    1;
  const rotated = (series.at(-1)?.advances ?? 0) > (MINUTES * 60) / 2 / 2; // at least half the expected changes
  const pass =
    growth < HEAP_GROWTH_LIMIT && countsSteady && domGrowth < 0.1 && rotated && errors.length === 0;
  verdict = {
    pass,
    minutes: MINUTES,
    warmupSeconds: WARMUP_MS / 1000,
    heapAfterWarmup: baseHeap,
    heapAtEnd: endHeap,
    heapGrowth: growth,
    domGrowth,
    chartsMax: { warmup: maxOf(warmup, 'charts'), after: maxOf(afterWarmup, 'charts') },
    mapsMax: { warmup: maxOf(warmup, 'maps'), after: maxOf(afterWarmup, 'maps') },
    advances: series.at(-1)?.advances ?? 0,
    watchdogReloads: reloads,
    pageErrors: errors.slice(0, 10),
  };
} finally {
  await browser.close();
  server.stop();
}

const dir = path.join(ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = path.join(dir, `soak-${stamp}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ url: `/wall?scenes=${SCENES}&refresh=1&takeover=5`, verdict, series }, null, 2)}\n`,
);
console.log(`\nsoak ${MINUTES} min: ${verdict.pass ? 'PASS' : 'FAIL'}`);
console.log(
  `  heap after warm-up ${mb(verdict.heapAfterWarmup)} → end ${mb(verdict.heapAtEnd)} (${(verdict.heapGrowth * 100).toFixed(1)} %, limit 10 %)`,
);
console.log(
  `  DOM nodes ${(verdict.domGrowth * 100).toFixed(1)} %; charts max ${verdict.chartsMax.warmup} → ${verdict.chartsMax.after}; maps max ${verdict.mapsMax.warmup} → ${verdict.mapsMax.after}`,
);
console.log(
  `  scene changes ${verdict.advances}, watchdog reloads ${verdict.watchdogReloads}, page errors ${verdict.pageErrors.length}`,
);
console.log(`  ${path.relative(ROOT, file)}`);
process.exit(verdict.pass ? 0 : 1);
