/** Path of a Chromium binary (CHROMIUM_PATH, /usr/bin/chromium…), or undefined. */
export function findChromium(): string | undefined;
