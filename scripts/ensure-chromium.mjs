#!/usr/bin/env node
// Finds the Chromium the e2e tests drive, or installs Debian's when running as root.
// Playwright's own browser download cannot work on these machines (no internet beyond
// the package registries), so the tests use the system browser.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}

function install() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log('[e2e] Chromium not found: installing Debian package "chromium"…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  let found = findChromium();
  if (!found && typeof process.getuid === 'function' && process.getuid() === 0) {
    install();
    found = findChromium();
  }
  if (!found) {
    console.error(
      '[e2e] No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run the tests again.',
    );
    process.exit(1);
  }
  console.log(`[e2e] Using Chromium at ${found}`);
}
