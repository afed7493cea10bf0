import { HttpFailure } from './errors';
import { sourcesReady } from './sources-ready';

export interface FetchJsonOptions {
  signal?: AbortSignal;
  /** Give up after this long; a slow source must not hold a panel in "loading" forever. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The only place in the app that talks to the network. Returns the parsed body as
 * `unknown`: callers validate it with a schema from `data/contracts` before use.
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  await awaitSources(url);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (timeout.aborted) {
      throw new HttpFailure('timeout', url, `No answer within ${timeoutMs} ms`);
    }
    if (options.signal?.aborted) {
      throw new HttpFailure('aborted', url, 'Request cancelled');
    }
    throw new HttpFailure('network', url, error instanceof Error ? error.message : String(error));
  }

  if (!response.ok) {
    throw new HttpFailure('http', url, `HTTP ${response.status}`, response.status);
  }

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (timeout.aborted) {
      throw new HttpFailure('timeout', url, `No answer within ${timeoutMs} ms`);
    }
    throw new HttpFailure('network', url, error instanceof Error ? error.message : String(error));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpFailure('malformed-json', url, 'The response is not valid JSON');
  }
}

/**
 * Waits until the sources can answer (sources-ready.ts). The timeout starts afterwards: a slow
 * worker start is not the source's delay.
 */
export async function awaitSources(url: string): Promise<void> {
  try {
    await sourcesReady();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HttpFailure('network', url, `The data sources could not be started: ${reason}`);
  }
}
