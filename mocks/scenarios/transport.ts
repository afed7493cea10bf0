import { delay, HttpResponse } from 'msw';
import type { TransportFault } from '../scenario';

/** How long "slow" waits: struggling provincial servers answer in 10–30 s (data-sources.md §4). */
export const SLOW_DELAY_MS = 12_000;

/** An RFC 9457 problem document, as the KPI contract's 4xx/5xx answers (docs/openapi). */
export function problem(status: number, title: string, detail?: string): Response {
  return HttpResponse.json(
    { type: 'about:blank', title, status, ...(detail === undefined ? {} : { detail }) },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/**
 * The response standing for a transport fault, or undefined when the handler should go on
 * (after a delay, for "slow"). "timeout" never answers: the client's own timeout fires.
 */
export async function transportFailure(fault: TransportFault): Promise<Response | undefined> {
  switch (fault) {
    case 'down':
      return HttpResponse.error();
    case 'http-500':
      return problem(500, 'Internal Server Error', 'Lỗi máy chủ nguồn dữ liệu (mô phỏng).');
    case 'http-503':
      return problem(503, 'Service Unavailable', 'Nguồn dữ liệu tạm ngừng phục vụ (mô phỏng).');
    case 'slow':
      await delay(SLOW_DELAY_MS);
      return undefined;
    case 'timeout':
      await delay('infinite');
      return undefined;
    case 'malformed-json':
      // A body cut off mid-stream: what a proxy timeout or a crashed exporter leaves.
      return new HttpResponse('{"value": [ {"@iot.id": 1, "name": "Tr', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
  }
}
