import { DEFAULT_TIMEOUT_MS, awaitSources, type FetchJsonOptions } from './fetch-json';
import { HttpFailure } from './errors';

/**
 * POSTs a JSON body and returns the parsed answer as `unknown` (callers validate it). Failures
 * are the same typed HttpFailure as fetchJson's, so a caller can tell "offline, try again later"
 * (network, timeout, 5xx) from "the server refused this" (4xx). Used by the alert actions.
 */
export async function postJson(
  url: string,
  body: unknown,
  options: FetchJsonOptions = {},
): Promise<unknown> {
  await awaitSources(url);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      signal,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    if (timeout.aborted) throw new HttpFailure('timeout', url, `No answer within ${timeoutMs} ms`);
    if (options.signal?.aborted) throw new HttpFailure('aborted', url, 'Request cancelled');
    throw new HttpFailure('network', url, error instanceof Error ? error.message : String(error));
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new HttpFailure('network', url, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    // RFC 9457 problem detail, if any, so the user reads why ("cannot acknowledge … resolved").
    let detail = '';
    try {
      const problem = JSON.parse(text) as { detail?: unknown };
      if (typeof problem.detail === 'string') detail = `: ${problem.detail.slice(0, 300)}`;
    } catch {
      // not a problem document: the status says enough
    }
    throw new HttpFailure('http', url, `HTTP ${response.status}${detail}`, response.status);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpFailure('malformed-json', url, 'The response is not valid JSON');
  }
}
