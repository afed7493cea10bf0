#!/usr/bin/env node
// Bundle budget: prints raw and gzip sizes of the JS loaded for the first screen and of
// each lazy chunk, records them in bench/results/bundle.json, and exits non-zero when the
// first screen or a lazy chunk is over the budget in bench/budget.json.
// Run after `npm run build`.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const DIST = 'dist';
const manifestPath = join(DIST, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`[bundle] ${manifestPath} not found: run "npm run build" first.`);
  process.exit(2);
}

/** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const budget = JSON.parse(readFileSync('bench/budget.json', 'utf8'));

/** @param {string} file */
function sizes(file) {
  const bytes = readFileSync(join(DIST, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entryKey) {
  console.error('[bundle] no entry chunk in the manifest');
  process.exit(2);
}

// First screen: the entry and its static imports, transitively.
const firstScreen = new Set();
/** @param {string} key */
function walk(key) {
  if (firstScreen.has(key)) return;
  firstScreen.add(key);
  for (const dep of manifest[key]?.imports ?? []) walk(dep);
}
walk(entryKey);

/** @param {string} key */
function fileOf(key) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`chunk ${key} missing from the manifest`);
  return chunk.file;
}

const jsChunks = Object.entries(manifest).filter(([, chunk]) => chunk.file.endsWith('.js'));
const first = [...firstScreen].map((key) => ({
  key,
  file: fileOf(key),
  ...sizes(fileOf(key)),
}));
const lazy = jsChunks
  .filter(([key]) => !firstScreen.has(key))
  .map(([key, chunk]) => ({ key, file: chunk.file, ...sizes(chunk.file) }))
  .sort((a, b) => b.gzip - a.gzip);

/** @param {number} n */
const kb = (n) => (n / 1024).toFixed(1);
const firstRaw = first.reduce((s, c) => s + c.raw, 0);
const firstGzip = first.reduce((s, c) => s + c.gzip, 0);

console.log('First-screen JS:');
for (const c of first)
  console.log(
    `  ${c.file.padEnd(48)} ${kb(c.raw).padStart(8)} kB  ${kb(c.gzip).padStart(7)} kB gzip`,
  );
console.log(
  `  ${'TOTAL'.padEnd(48)} ${kb(firstRaw).padStart(8)} kB  ${kb(firstGzip).padStart(7)} kB gzip (budget ${budget.firstScreenJsGzipKb} kB)`,
);
console.log('Lazy chunks:');
for (const c of lazy)
  console.log(
    `  ${c.file.padEnd(48)} ${kb(c.raw).padStart(8)} kB  ${kb(c.gzip).padStart(7)} kB gzip  (${c.key})`,
  );

const failures = [];
if (firstGzip / 1024 > budget.firstScreenJsGzipKb) {
  failures.push(`first-screen JS ${kb(firstGzip)} kB gzip > ${budget.firstScreenJsGzipKb} kB`);
}
for (const c of lazy) {
  if (c.gzip / 1024 > budget.lazyChunkGzipKb)
    failures.push(`${c.file} ${kb(c.gzip)} kB gzip > ${budget.lazyChunkGzipKb} kB`);
}

mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/bundle.json',
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      budget,
      firstScreen: { rawBytes: firstRaw, gzipBytes: firstGzip, chunks: first },
      lazy,
      verdict: failures.length === 0 ? 'pass' : 'fail',
      failures,
    },
    null,
    2,
  )}\n`,
);

if (failures.length > 0) {
  console.error(`[bundle] OVER BUDGET:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('[bundle] within budget');
