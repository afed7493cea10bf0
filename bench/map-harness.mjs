// Builds src/map/harness (ProvinceMap alone, offline) and serves it, for e2e/map.spec.ts and
// bench/map.mjs. The app's own build does not include the harness.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { build as buildGeodata, isUpToDate } from '../scripts/geodata/build.mjs';

/**
 * What the harness page exposes as `window.harness` (src/map/harness/main.tsx).
 * @typedef {{
 *   handle: null | {
 *     unitAt(x: number, y: number): { code: string, fill: string | null } | null,
 *     labelPointOf(code: string): { x: number, y: number } | null,
 *     whenIdle(): Promise<void>,
 *   },
 *   readyAt: number | null,
 *   updatePoints(): number,
 *   remount(times: number): Promise<void>,
 * }} HarnessApi
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Build output: a cache, outside every folder that lint and typecheck read. */
export const HARNESS_DIR = path.join(ROOT, 'node_modules/.cache/ioc-map-harness');
export const HARNESS_PATH = '/src/map/harness/index.html';

/**
 * Production build of the harness (same Vite config as the app, harness entry only).
 * @param {{ minify?: boolean, outDir?: string }} [options] minify: false keeps names readable in
 *   profiles; outDir: another folder, to compare two builds side by side
 */
export async function buildHarness(options = {}) {
  // The harness serves public/geo like the app: make sure it exists and is current.
  if (!isUpToDate()) await buildGeodata();
  await build({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      outDir: options.outDir ?? HARNESS_DIR,
      emptyOutDir: true,
      sourcemap: false,
      minify: options.minify ?? true,
      rolldownOptions: { input: path.join(ROOT, 'src/map/harness/index.html') },
    },
  });
}

/**
 * Serves the built harness on 127.0.0.1 (port 0 = any free port).
 * @param {number} [port]
 * @param {string} [outDir] a folder written by buildHarness({ outDir })
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveHarness(port = 0, outDir = HARNESS_DIR) {
  const server = await preview({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: port !== 0, open: false },
  });
  const address = server.httpServer.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}${HARNESS_PATH}`,
    close: () => server.close(),
  };
}
