#!/usr/bin/env node
// Lighthouse (desktop preset) on the overview of the production build (`vite preview`), in
// Debian's headless Chromium with the e2e flags. Records performance, accessibility and
// best-practices scores in bench/results/lighthouse.json.
// Budgets: performance ≥ 90, accessibility 100. Exit code 1 when under.
// Usage: node bench/lighthouse.mjs [--out-dir dist] [--port 4311] [--unit 92] [--lhr file.json]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  ROOT,
  numberOption,
  option,
  startPreview,
} from './lib/common.mjs';

const OUT_DIR = option('--out-dir', 'dist');
const PORT = numberOption('--port', 4311);
const UNIT = option('--unit', '92');
// --lhr <file>: also write Lighthouse's full report (JSON), to see which element is the LCP,
// which tasks block, which scripts cost.
const LHR_FILE = option('--lhr', '');
const BUDGET = { performance: 90, accessibility: 100 };
// The e2e flags, with --headless=new so that Lighthouse can drive the page over the DevTools
// protocol.
const CHROMIUM_FLAGS = CHROMIUM_ARGS.map((f) => (f === '--headless' ? '--headless=new' : f));

if (!existsSync(path.join(ROOT, OUT_DIR, 'index.html'))) {
  console.error(`No build in ${OUT_DIR}/: run "npx vite build --outDir ${OUT_DIR}" first.`);
  process.exit(2);
}

const preview = await startPreview({ outDir: OUT_DIR, port: PORT });
const base = preview.url;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? CHROMIUM,
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
  preview.stop();
}

const under =
  !((scores['performance'] ?? 0) >= BUDGET.performance) ||
  !((scores['accessibility'] ?? 0) >= BUDGET.accessibility);
if (under) console.log('  UNDER BUDGET');
process.exitCode = under ? 1 : 0;
