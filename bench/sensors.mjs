#!/usr/bin/env node
// Sensors scene under load, in headless Chromium (docs/sensors.md):
//  - 5,000 datastreams (mock `datastreams:5000`), the scene's REST polling shortened to every
//    2 s by `?refresh=2` (the product default is 30 s; the brief's case is 10 s), measured per
//    refresh: main-thread long tasks (> 50 ms, PerformanceObserver 'longtask') that overlap the
//    refresh (from 2 s before its commit to 0.5 s after), and Long Animation Frame script time
//    split between the mock service (which runs on the page's main thread in the demo, not in a
//    deployment) and the app;
//  - JS heap after 30 refreshes (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage).
// Budget: no long task over 50 ms attributable to a refresh, mock time excluded.
// Usage: node bench/sensors.mjs [--refreshes N] [--interval S] [--speed X] [--no-build]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, flag, numberOption } from './lib/common.mjs';

/** @typedef {{ start: number, duration: number }} BenchLongTask */
/**
 * @typedef {{ start: number, duration: number, mock: boolean, src: string, fn: string, invoker: string, char: number }} BenchScript
 */
/**
 * @typedef {{
 *   start: number,
 *   duration: number,
 *   blocking: number,
 *   mock: number,
 *   app: number,
 *   scripts?: BenchScript[],
 * }} BenchFrame
 */
/** @typedef {{ n: number, at: number }} BenchCommit */
/**
 * The `window.__bench` hook installed by `instrument()`.
 * @typedef {{ longtasks: BenchLongTask[], frames: BenchFrame[], commits: BenchCommit[], measures?: { name: string, start: number, duration: number }[] }} BenchHook
 */
/** @typedef {Window & { __bench?: BenchHook }} BenchWindow */

const REFRESHES = numberOption('--refreshes', 30);
const INTERVAL_S = numberOption('--interval', 2);
// Virtual clock speed of the mock: 1 = real time (few new observations per refresh); 30 makes
// each 2-s refresh carry one virtual minute, i.e. a refresh of every 5-min stream every 5 polls.
const SPEED = numberOption('--speed', 1);
const DATASTREAMS = numberOption('--datastreams', 5000);
const outDir = path.join(ROOT, '.tmp', 'dist-sensors-bench');

if (!flag('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
const server = await preview({
  root: ROOT,
  logLevel: 'error',
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1', strictPort: false },
});
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

/** Installed before the app: records long tasks, long animation frames and refresh commits. */
function instrument() {
  const w = /** @type {any} */ (window);
  w.__bench = { longtasks: [], frames: [], commits: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__bench.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of /** @type {any[]} */ (list.getEntries())) {
        let mock = 0;
        let app = 0;
        const scripts = [];
        for (const s of e.scripts ?? []) {
          // The mock service's handlers run in the page (MSW, the `browser-*` chunk built from
          // mocks/): a real SensorThings server does not, so their time is not the app's.
          const isMock = /mock|msw|browser-|handlers-/i.test(s.sourceURL ?? '');
          if (isMock) mock += s.duration;
          else app += s.duration;
          scripts.push({
            start: s.startTime,
            duration: s.duration,
            mock: isMock,
            // Where the time went (chunk file, function, what invoked it): the attribution of
            // what is left over the budget.
            src: String(s.sourceURL ?? '')
              .split('/')
              .pop(),
            fn: String(s.sourceFunctionName ?? ''),
            invoker: String(s.invoker ?? '').slice(0, 80),
            char: Number(s.sourceCharPosition ?? -1),
          });
        }
        w.__bench.frames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          mock,
          app,
          scripts,
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* LoAF not supported: only long tasks are reported */
  }
  // The feed's own user-timing entries (src/data/sensorthings/feed.ts): one per delivery.
  w.__bench.measures = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name.startsWith('sensors:'))
        w.__bench.measures.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'measure', buffered: true });
  new MutationObserver(() => {
    const el = document.querySelector('[data-refreshes]');
    const n = Number(el?.getAttribute('data-refreshes') ?? 0);
    const last = w.__bench.commits.at(-1);
    if (n > 0 && (!last || last.n !== n)) w.__bench.commits.push({ n, at: performance.now() });
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-refreshes'],
    childList: true,
  });
}

let result;
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  const spec = [
    `datastreams:${DATASTREAMS}`,
    ...(SPEED !== 1 ? ['start:-2h', `speed:${SPEED}`] : []),
  ].join(',');
  const url = `${base}sensors?unit=01&refresh=${INTERVAL_S}&mock=${encodeURIComponent(spec)}`;
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('[data-refreshes]', { timeout: 120_000 });
  const loadedMs = Date.now() - t0;
  // The station sections render in a deferred (time-sliced) pass after the status line.
  await page.waitForSelector('[data-section="health"] tbody tr', { timeout: 60_000 });
  const stations = await page.locator('[data-section="health"] tbody tr').count();
  const heapAt = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const h = /** @type {{ usedSize: number, totalSize: number }} */ (
      await cdp.send('Runtime.getHeapUsage')
    );
    return h.usedSize;
  };
  await page.waitForFunction(
    () => {
      const w = /** @type {BenchWindow} */ (window);
      return (w.__bench?.commits.length ?? 0) >= 1;
    },
    null,
    {
      timeout: 60_000,
    },
  );
  const heapAfterFirst = await heapAt();
  await page.waitForFunction(
    (/** @type {number} */ n) => {
      const w = /** @type {BenchWindow} */ (window);
      return (w.__bench?.commits.length ?? 0) >= n;
    },
    REFRESHES + 1,
    {
      timeout: (REFRESHES + 5) * (INTERVAL_S * 1000 + 15_000),
      polling: 500,
    },
  );
  const heapAfter = await heapAt();
  const bench = await page.evaluate(() => {
    const w = /** @type {BenchWindow} */ (window);
    return w.__bench;
  });
  if (!bench) throw new Error('window.__bench is missing: instrument() did not run');
  const datastreams = await page.evaluate(async () => {
    const r = await fetch('/__mocks/scenario');
    return /** @type {{ datastreams: number }} */ (await r.json()).datastreams;
  });
  // Refreshes after the first (the first commit is the feed start, before any poll).
  const commits = bench.commits.slice(1, REFRESHES + 1);
  const perRefresh = commits.map((c) => {
    const from = c.at - 2000;
    const to = c.at + 500;
    const tasks = bench.longtasks.filter((t) => t.start + t.duration >= from && t.start <= to);
    const frames = bench.frames.filter((f) => f.start + f.duration >= from && f.start <= to);
    // A long animation frame can hold several tasks (React's time slices, fetch callbacks), so
    // each long task is attributed by the LoAF script entries (≥ 5 ms each) that fall inside it:
    // its app script and its mock script. A task breaks the budget when its app script alone
    // exceeds 50 ms (mock time excluded: it runs on a server in a deployment).
    const scripts = frames.flatMap((f) => f.scripts ?? []);
    const inTask = (/** @type {BenchLongTask} */ t, /** @type {boolean} */ mock) =>
      scripts
        .filter(
          (s) =>
            s.mock === mock && s.start < t.start + t.duration && s.start + s.duration > t.start,
        )
        .reduce(
          (a, s) =>
            a + Math.min(s.start + s.duration, t.start + t.duration) - Math.max(s.start, t.start),
          0,
        );
    const attributed = tasks.map((t) => ({
      startMs: Math.round(t.start),
      durationMs: Math.round(t.duration),
      appMs: Math.round(inTask(t, false)),
      mockMs: Math.round(inTask(t, true)),
      // The app scripts of the task, longest first: chunk, function and invoker.
      appScripts: scripts
        .filter((s) => !s.mock && s.start < t.start + t.duration && s.start + s.duration > t.start)
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 4)
        .map((s) => ({
          ms: Math.round(s.duration),
          src: s.src,
          fn: s.fn,
          invoker: s.invoker,
          char: s.char,
        })),
    }));
    return {
      refresh: c.n,
      longTasks: tasks.length,
      longestAppScriptInTaskMs: Math.max(0, ...attributed.map((t) => t.appMs)),
      tasks: attributed,
      longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
      // The app's own user-timing entries (sensors:deliver, merge-poll, views…): longest each.
      measuresMs: (bench.measures ?? [])
        .filter((m) => m.start + m.duration >= from && m.start <= to)
        .reduce((acc, m) => {
          const k = m.name.replace('sensors:', '');
          acc[k] = Math.max(acc[k] ?? 0, +m.duration.toFixed(1));
          return acc;
        }, /** @type {Record<string, number>} */ ({})),
      mockScriptMs: Math.round(frames.reduce((a, f) => a + f.mock, 0)),
      appScriptMs: Math.round(frames.reduce((a, f) => a + f.app, 0)),
      longestAppFrameMs: Math.round(
        Math.max(0, ...frames.filter((f) => f.app > 0).map((f) => f.app)),
      ),
    };
  });
  const max = (/** @type {number[]} */ xs) => Math.max(0, ...xs);
  result = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join('/')}`,
    url,
    datastreams,
    stationKinds: stations,
    intervalSeconds: INTERVAL_S,
    mockSpeed: SPEED,
    refreshes: perRefresh.length,
    firstLoadMs: loadedMs,
    refreshesWithLongTask: perRefresh.filter((r) => r.longTasks > 0).length,
    longestTaskMs: max(perRefresh.map((r) => r.longestTaskMs)),
    longestAppScriptInFrameMs: max(perRefresh.map((r) => r.longestAppFrameMs)),
    longestAppScriptInLongTaskMs: max(perRefresh.map((r) => r.longestAppScriptInTaskMs)),
    // Distinct tasks: refresh windows (2.5 s) overlap at a 2-s interval, so one task can fall
    // in two refreshes' windows.
    longTasksOverBudget: new Set(
      perRefresh.flatMap((r) => r.tasks.filter((t) => t.appMs > 50).map((t) => t.startMs)),
    ).size,
    longestMeasuresMs: perRefresh.reduce((acc, r) => {
      for (const [k, v] of Object.entries(r.measuresMs)) acc[k] = Math.max(acc[k] ?? 0, v);
      return acc;
    }, /** @type {Record<string, number>} */ ({})),
    medianAppScriptMsPerRefresh:
      perRefresh.map((r) => r.appScriptMs).sort((a, b) => a - b)[
        Math.floor(perRefresh.length / 2)
      ] ?? 0,
    heapAfterFirstRefreshMB: +(heapAfterFirst / 1048576).toFixed(1),
    heapAfterRefreshesMB: +(heapAfter / 1048576).toFixed(1),
    budget: 'no long task with > 50 ms of app script during a refresh (mock script excluded)',
    perRefresh,
  };
  await context.close();
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
const file = path.join(
  ROOT,
  'bench',
  'results',
  `sensors${SPEED !== 1 ? `-speed${SPEED}` : ''}.json`,
);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
const summary = Object.fromEntries(Object.entries(result).filter(([k]) => k !== 'perRefresh'));
console.log(JSON.stringify(summary, null, 2));
console.log(`written ${path.relative(ROOT, file)}`);
const over = result.longTasksOverBudget > 0;
if (over)
  console.log('OVER BUDGET: a long task during a refresh ran more than 50 ms of app script');
process.exitCode = over ? 1 : 0;
