import fc from 'fast-check';
import { parseDossierStats } from './dossier-stats';
import { EXAMPLE_DOSSIER_PAGE } from './openapi';

/** Runtime check of the result shape: ok, or a contract error naming a field. */
function isTypedResult(r: unknown): boolean {
  const x = r as { ok?: unknown; error?: { kind?: unknown; field?: unknown } };
  return x.ok === true || (x.error?.kind === 'contract' && typeof x.error.field === 'string');
}

const NOW = Date.parse('2025-09-06T00:00:00+07:00');
const opts = { nowMs: NOW };

const valid = {
  unitCode: '52',
  period: '2023-10',
  received: 12500,
  receivedOnline: 6275,
  processedEarly: 9100,
  processedOnTime: 2650,
  processedLate: 150,
  processed: 11900,
  pendingWithinDeadline: 820,
  pendingOverdue: 35,
  feeBearing: 4000,
  paidOnline: 2848,
  digitisedComponents: 7600,
  electronicResults: 7426,
  source: 'Một cửa điện tử',
  asOf: '2023-11-05T16:30:00+07:00',
};

describe('parseDossierStats', () => {
  it('maps counts, leaving absent optional counts null', () => {
    const r = parseDossierStats(
      { statistics: [{ ...valid, feeBearing: undefined, paidOnline: undefined }] },
      opts,
    );
    expect(r.ok && r.value.statistics[0]).toMatchObject({
      unitCode: '52',
      received: 12500,
      pendingOverdue: 35,
      feeBearing: null,
      paidOnline: null,
      returnedOrWithdrawn: null,
    });
  });

  it('accepts the OpenAPI example', () => {
    expect(parseDossierStats(EXAMPLE_DOSSIER_PAGE, opts).ok).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a negative count', { pendingOverdue: -1 }, 'statistics[0].pendingOverdue'],
    ['a count as text', { received: '12500' }, 'statistics[0].received'],
    ['processed that does not add up', { processed: 11000 }, 'statistics[0].processed'],
    ['online above received', { receivedOnline: 13000 }, 'statistics[0].receivedOnline'],
    ['paid online above fee-bearing', { paidOnline: 4001 }, 'statistics[0].paidOnline'],
    ['paid online without fee-bearing', { feeBearing: undefined }, 'statistics[0].feeBearing'],
    [
      'electronic results above processed',
      { electronicResults: 20000 },
      'statistics[0].electronicResults',
    ],
    ['a future asOf', { asOf: '2026-01-01T00:00:00+07:00' }, 'statistics[0].asOf'],
    ['a missing period', { period: undefined }, 'statistics[0].period'],
  ])('refuses %s', (_label, patch, field) => {
    const r = parseDossierStats({ statistics: [{ ...valid, ...patch }] }, opts);
    expect(!r.ok && r.error.field).toBe(field);
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => {
        const r = parseDossierStats(json, opts);
        return isTypedResult(r);
      }),
      { numRuns: 300 },
    );
  });
});
