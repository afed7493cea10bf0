import { fetchJson } from '../http/fetch-json';
import { isHttpFailure } from '../http/errors';
import { parseRuntimeConfig, type ConfigParseResult } from './runtime-config';

// Resolved against the app base, not the current route (a deep link must still find it).
export const CONFIG_URL = `${import.meta.env.BASE_URL}config.json`;

/** Fetch and validate the runtime configuration; never throws. */
export async function loadRuntimeConfig(url = CONFIG_URL): Promise<ConfigParseResult> {
  try {
    return parseRuntimeConfig(await fetchJson(url, { timeoutMs: 10_000 }));
  } catch (error) {
    const message = isHttpFailure(error) ? error.message : String(error);
    return { ok: false, problems: [{ field: '(file)', message }] };
  }
}
