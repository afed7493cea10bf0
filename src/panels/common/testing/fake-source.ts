/**
 * Test helper: answers the KPI endpoint in component tests through a mocked fetchJson (the
 * data/http seam), so panel tests need neither the network nor the mock generators.
 */
import type { KpiObservation } from '../../../domain/kpi/observation';
import { wirePayload } from './observations';

export type SourceAnswer = readonly KpiObservation[] | Error;

export function fakeKpiFetch(
  answer: (indicatorId: string, unitCode: string) => SourceAnswer,
): (url: string) => Promise<unknown> {
  return (url) => {
    const params = new URL(url).searchParams;
    // The client asks for the unit first, then the former units it was formed from.
    const unit = (params.get('unitCode') ?? '').split(',')[0] ?? '';
    const result = answer(params.get('indicatorId') ?? '', unit);
    return result instanceof Error ? Promise.reject(result) : Promise.resolve(wirePayload(result));
  };
}
