// What the benches share: the browser they drive, their command-line options, medians, and the
// production preview they measure.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../scripts/ensure-chromium.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = findChromium() ?? '/usr/bin/chromium';

/**
 * The e2e flags (playwright.config.ts CHROMIUM_ARGS; Node 20 cannot import that .ts file):
 * headless Debian Chromium, nothing that reaches the internet, SwiftShader for WebGL.
 */
/** @type {string[]} */
export const CHROMIUM_ARGS = [
  '--headless',
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

const argv = process.argv.slice(2);

/** Whether `--name` is on the command line. */
export function flag(/** @type {string} */ name) {
  return argv.includes(name);
}

/** The value after `--name` on the command line, else the fallback. */
export function option(/** @type {string} */ name, /** @type {string} */ fallback) {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
}

/** A numeric `--name N`, else the fallback. */
export function numberOption(/** @type {string} */ name, /** @type {number} */ fallback) {
  return Number(option(name, String(fallback)));
}

/** Median of the finite values (NaN when there are none). */
export function median(/** @type {number[]} */ xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  if (s.length === 0) return NaN;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

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

/**
 * `vite preview` of a build, resolved once it answers. With `reuse`, a server already on the
 * port is used as it is (and left running). Vite is started directly, not through npx: stopping
 * npx would leave the preview running.
 * @param {{ outDir: string, port: number, reuse?: boolean }} options
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
export async function startPreview({ outDir, port, reuse = false }) {
  const url = `http://127.0.0.1:${String(port)}`;
  if (reuse && (await listening(port))) return { url, stop: () => undefined };
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${url}`);
}
