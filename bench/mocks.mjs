#!/usr/bin/env node
// Generation time of the mock sources: a full province (cold and warm caches) and a network of
// 5,000 datastreams. Prints a table and records bench/results/mocks.json.
// Run: node bench/mocks.mjs [repeats]   (default 3; the median is kept)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repeats = Number(process.argv[2] ?? 3);

const { module } = await runnerImport(path.join(ROOT, 'bench/mocks-entry.ts'), {
  root: ROOT,
  configFile: false,
  logLevel: 'error',
});
/** @type {{ name: string, ms: number, items: number, note: string }[]} */
const figures = module.runBenchmarks(repeats);

for (const f of figures) {
  console.log(
    `${f.name.padEnd(78)} ${String(f.ms).padStart(9)} ms  ${String(f.items).padStart(9)} items`,
  );
}

mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  path.join(ROOT, 'bench/results/mocks.json'),
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      node: process.version,
      cpu: cpus()[0]?.model ?? 'unknown',
      cpus: cpus().length,
      repeats,
      statistic: 'median',
      figures,
    },
    null,
    2,
  )}\n`,
);
console.log('[mocks] recorded bench/results/mocks.json');
