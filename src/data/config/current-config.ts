import type { RuntimeConfig, SourceId } from './runtime-config';

/**
 * The configuration in force. Set once at start-up (and by tests), read by the query
 * factories to build URLs. It never changes while the app runs, so a module value is
 * simpler than threading it through every component.
 */
let current: RuntimeConfig | undefined;

export function setRuntimeConfig(config: RuntimeConfig): void {
  current = config;
}

export function getRuntimeConfig(): RuntimeConfig {
  if (!current) throw new Error('Runtime configuration used before it was loaded');
  return current;
}

/** Absolute URL for a path under a source's base URL, with query parameters. */
export function sourceUrl(
  source: SourceId,
  path: string,
  params: Record<string, string | number | undefined> = {},
): string {
  const base = getRuntimeConfig().sources[source].baseUrl.replace(/\/+$/, '');
  // Relative base URLs resolve against the page; outside a page (Node tests, benches) against
  // localhost, where the mock server answers.
  const page = (globalThis as { location?: Location }).location?.href ?? 'http://localhost/';
  const url = new URL(`${base}/${path.replace(/^\/+/, '')}`, page);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

export function sourceTimeout(source: SourceId): number {
  return getRuntimeConfig().sources[source].timeoutMs;
}
