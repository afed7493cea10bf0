#!/usr/bin/env node
// Lighthouse (desktop preset) on the overview of the production build (`vite preview`), in
// Debian's headless Chromium with the e2e flags. Records performance, accessibility and
// best-practices scores in bench/results/lighthouse.json.
// Budgets: performance ≥ 90, accessibility 100. Exit code 1 when under.
// Usage: node bench/lighthouse.mjs [--out-dir dist] [--port 4311] [--unit 92] [--lhr file.json]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findChromium } from '../scripts/ensure-chromium.mjs';

const args = process.argv.slice(2);
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const OUT_DIR = option('--out-dir', 'dist');
const PORT = Number(option('--port', '4311'));
const UNIT = option('--unit', '92');
// --lhr <file>: also write Lighthouse's full report (JSON), to see which element is the LCP,
// which tasks block, which scripts cost.
const LHR_FILE = option('--lhr', '');
const BUDGET = { performance: 90, accessibility: 100 };
const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
// The e2e flags of playwright.config.ts (CHROMIUM_ARGS; Node 20 cannot import that .ts file),
// --headless=new so that Lighthouse can drive the page over the DevTools protocol.
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

if (!existsSync(path.join(ROOT, OUT_DIR, 'index.html'))) {
  console.error(`No build in ${OUT_DIR}/: run "npx vite build --outDir ${OUT_DIR}" first.`);
  process.exit(2);
}

const preview = spawn(
  // Vite itself, not through npx: killing npx would leave the preview running.
  process.execPath,
  [
    path.join(ROOT, 'node_modules/vite/bin/vite.js'),
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
    '--outDir',
    OUT_DIR,
  ],
  { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
);
const base = `http://127.0.0.1:${String(PORT)}`;
let up = false;
for (let i = 0; i < 120 && !up; i++) {
  try {
    up = (await fetch(base)).ok;
  } catch {
    await new Promise((r) => setTimeout(r, 250));
  }
}
if (!up) {
  preview.kill();
  throw new Error(`vite preview did not answer on ${base}`);
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? findChromium() ?? '/usr/bin/chromium',
  chromeFlags: CHROMIUM_FLAGS,
});
/** @type {Record<string, number | null>} */
let scores = {};
/** @type {Record<string, number | null>} */
let metrics = {};
try {
  const url = `${base}/?unit=${UNIT}`;
  const result = await lighthouse(
    url,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    },
    desktopConfig,
  );
  if (!result) throw new Error('Lighthouse returned no result');
  if (LHR_FILE) writeFileSync(LHR_FILE, JSON.stringify(result.lhr));
  const { categories, audits } = result.lhr;
  const score = (/** @type {string} */ id) => {
    const s = categories[id]?.score;
    return s === null || s === undefined ? null : Math.round(s * 100);
  };
  scores = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
  };
  const metric = (/** @type {string} */ id) => audits[id]?.numericValue ?? null;
  metrics = {
    firstContentfulPaintMs: metric('first-contentful-paint'),
    largestContentfulPaintMs: metric('largest-contentful-paint'),
    totalBlockingTimeMs: metric('total-blocking-time'),
    cumulativeLayoutShift: metric('cumulative-layout-shift'),
    speedIndexMs: metric('speed-index'),
  };
  // The audits that cost points, for whoever fixes them.
  const failing = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
    .map((a) => `${a.id} (${String(a.score)})${a.displayValue ? `: ${a.displayValue}` : ''}`);
  console.log(`lighthouse bench: ${url}, desktop preset, headless Chromium`);
  console.log(
    `  performance ${String(scores['performance'])}, accessibility ${String(scores['accessibility'])}, best practices ${String(scores['bestPractices'])}`,
  );
  console.log(
    `  FCP ${String(Math.round(metrics['firstContentfulPaintMs'] ?? NaN))} ms, LCP ${String(Math.round(metrics['largestContentfulPaintMs'] ?? NaN))} ms, TBT ${String(Math.round(metrics['totalBlockingTimeMs'] ?? NaN))} ms, CLS ${String(metrics['cumulativeLayoutShift'])}`,
  );
  if (failing.length) console.log(`  audits below 0.9:\n    ${failing.join('\n    ')}`);
  const outDir = path.join(ROOT, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    path.join(outDir, 'lighthouse.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        url,
        outDir: OUT_DIR,
        preset: 'desktop',
        budget: BUDGET,
        chromiumFlags: CHROMIUM_FLAGS,
        loadAverage: os.loadavg(),
        scores,
        metrics,
        failingAudits: failing,
      },
      null,
      2,
    )}\n`,
  );
} finally {
  chrome.kill();
  preview.kill();
}

const under =
  !((scores['performance'] ?? 0) >= BUDGET.performance) ||
  !((scores['accessibility'] ?? 0) >= BUDGET.accessibility);
if (under) console.log('  UNDER BUDGET');
process.exitCode = under ? 1 : 0;
