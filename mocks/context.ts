import { mockNow } from './clock';
import type { GenContext } from './kpi/dossiers';
import {
  activeStories,
  mockSeed,
  takeFault,
  type DataFault,
  type MockSourceId,
  type TransportFault,
  TRANSPORT_FAULTS,
} from './scenario';
import { STALE_SHIFT_MS } from './scenarios/data-faults';
import { transportFailure } from './scenarios/transport';

/**
 * What every mock handler does first: count the request against the source's fault, fail the
 * transport if asked, and build the generation context (seed, now, stories). A "stale" source
 * generates as if it were 400 days ago.
 */
export interface RequestContext {
  readonly gen: GenContext;
  /** the content fault to apply to this response, if any */
  readonly fault: DataFault | null;
}

const isTransport = (f: string): f is TransportFault =>
  (TRANSPORT_FAULTS as readonly string[]).includes(f);

export async function beginRequest(
  source: MockSourceId,
): Promise<{ response: Response } | { context: RequestContext }> {
  const fault = takeFault(source);
  if (fault !== null && isTransport(fault)) {
    const response = await transportFailure(fault);
    if (response) return { response };
  }
  const data = fault !== null && !isTransport(fault) ? fault : null;
  const now = mockNow();
  return {
    context: {
      gen: {
        seed: mockSeed(),
        nowMs: data === 'stale' ? now - STALE_SHIFT_MS : now,
        stories: activeStories(),
      },
      fault: data,
    },
  };
}
