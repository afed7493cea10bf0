/**
 * Test helper: answers the KPI endpoint in component tests through a mocked fetchJson (the
 * data/http seam), so panel tests need neither the network nor the mock generators.
 */
import { CURRENT_PROVINCE_CODES } from '../../../data/queries/kpi-ranking';
import type { KpiObservation } from '../../../domain/kpi/observation';
import { wirePayload } from './observations';

export type SourceAnswer = readonly KpiObservation[] | Error;

export function fakeKpiFetch(
  answer: (indicatorId: string, unitCode: string) => SourceAnswer,
): (url: string) => Promise<unknown> {
  return (url) => {
    const params = new URL(url).searchParams;
    const indicatorId = params.get('indicatorId') ?? '';
    const listed = (params.get('unitCode') ?? '').split(',');
    // A series asks for its unit first, then the former units it was formed from (answered
    // with nothing); a ranking asks for many current provinces at once: each is answered, and
    // one failing fails the whole request, as with a real batched request.
    const provinces = listed.filter((code) => CURRENT_PROVINCE_CODES.includes(code));
    const units = provinces.length > 1 ? provinces : [listed[0] ?? ''];
    const observations: KpiObservation[] = [];
    for (const unit of units) {
      const result = answer(indicatorId, unit);
      if (result instanceof Error) return Promise.reject(result);
      observations.push(...result);
    }
    return Promise.resolve(wirePayload(observations));
  };
}
