#!/usr/bin/env node
// Accelerated soak of the wall (docs/wall.md): headless Chromium runs /wall with a scene change
// every 2 s and a refresh every 1 s for N minutes (default 20). Every 30 s it collects garbage
// (CDP HeapProfiler.collectGarbage) and samples the JS heap (Runtime.getHeapUsage), DOM nodes,
// live ECharts instances and live MapLibre maps (= WebGL contexts) through window.iocWall.stats().
// Pass: after warm-up the heap grows < 10 % and the chart/map counts stay within what warm-up
// saw. Writes bench/results/soak-<stamp>.json; exit code 1 on a fail.
// Usage: node bench/soak.mjs [--minutes N] [--port P] [--out-dir .tmp/dist-wall] [--scenes LIST]
// Needs a build: npx vite build --outDir .tmp/dist-wall (a preview on the port is reused).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const i = args.indexOf(name);
  const value = i >= 0 ? args[i + 1] : undefined;
  return value !== undefined ? value : fallback;
};
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
const HEAP_GROWTH_LIMIT = 0.1;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--enable-precise-memory-info',
];
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

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

/** @param {number} port */
function listening(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** @returns {Promise<import('node:child_process').ChildProcess | null>} */
async function ensureServer() {
  if (await listening(PORT)) return null;
  // Vite itself, not through npx: killing npx at the end would leave the preview running.
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
      '--outDir',
      OUT_DIR,
    ],
    { cwd: root, stdio: 'ignore', detached: false },
  );
  for (let i = 0; i < 120; i++) {
    if (await listening(PORT)) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`vite preview did not start on port ${PORT}`);
}

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  // An empty list gives NaN, as plain `undefined` arithmetic did.
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};
const mb = (/** @type {number} */ b) => `${(b / 1024 / 1024).toFixed(1)} MB`;

const server = await ensureServer();
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
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().includes('[wall] watchdog reload')) reloads++;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  // takeover=5: a critical alert of the mock data holds the wall 5 s, then the rotation goes on.
  const url = `http://127.0.0.1:${PORT}/wall?scenes=${encodeURIComponent(SCENES)}&refresh=1&takeover=5`;
  await page.goto(url);
  await page.waitForFunction(() => /** @type {WallWindow} */ (window).iocWall !== undefined, null, {
    timeout: 60_000,
  });
  const started = Date.now();
  const end = started + MINUTES * 60_000;
  let lastAdvances = 0;
  while (Date.now() < end) {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = /** @type {{usedSize: number, totalSize: number}} */ (
      await cdp.send('Runtime.getHeapUsage')
    );
    const stats = await page.evaluate(
      () => /** @type {WallWindow} */ (window).iocWall?.stats() ?? null,
    );
    /** @type {Sample} */
    const sample = {
      t: Math.round((Date.now() - started) / 1000),
      heapUsed: heap.usedSize,
      heapTotal: heap.totalSize,
      domNodes: stats?.domNodes ?? null,
      charts: stats?.charts ?? null,
      maps: stats?.maps ?? null,
      webglContexts: stats?.maps ?? null,
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
  server?.kill();
}

const dir = path.join(root, 'bench', 'results');
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
console.log(`  ${path.relative(root, file)}`);
process.exit(verdict.pass ? 0 : 1);
