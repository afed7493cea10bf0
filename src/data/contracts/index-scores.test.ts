import fc from 'fast-check';
import { parseIndexScores } from './index-scores';
import { EXAMPLE_INDEX_PAGE } from './openapi';

/** Runtime check of the result shape: ok, or a contract error naming a field. */
function isTypedResult(r: unknown): boolean {
  const x = r as { ok?: unknown; error?: { kind?: unknown; field?: unknown } };
  return x.ok === true || (x.error?.kind === 'contract' && typeof x.error.field === 'string');
}

const opts = { nowMs: Date.parse('2025-10-01T00:00:00+07:00') };
const [example] = (EXAMPLE_INDEX_PAGE as { scores: Record<string, unknown>[] }).scores;

describe('parseIndexScores', () => {
  it('accepts Thái Nguyên’s 766 score of 8/2025 with its groups', () => {
    const r = parseIndexScores(EXAMPLE_INDEX_PAGE, opts);
    expect(r.ok && r.value.scores[0]).toMatchObject({
      index: 'index766',
      unitCode: '19',
      total: 86.97,
      rank: 1,
      rankOf: 34,
    });
  });

  it('accepts a DTI 2020 score on the 0–1 scale without groups', () => {
    const r = parseIndexScores(
      [
        {
          index: 'dti',
          unitCode: '48',
          period: '2020',
          total: 0.4874,
          maxTotal: 1,
          rank: 1,
          rankOf: 63,
          source: 'Bộ TT&TT',
          asOf: '2021-10-15T00:00:00+07:00',
        },
      ],
      opts,
    );
    expect(r.ok && r.value.scores[0]?.groups).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a total above its maximum', { total: 101 }, 'scores[0].total'],
    ['groups that do not add up', { total: 80 }, 'scores[0].total'],
    ['a rank beyond the field', { rank: 40 }, 'scores[0].rank'],
    ['an unknown index', { index: 'pci' }, 'scores[0].index'],
    [
      'a group above its max',
      { groups: [{ id: 'x', score: 19, max: 18 }], total: 19 },
      'scores[0].groups[0].score',
    ],
  ])('refuses %s', (_label, patch, field) => {
    const r = parseIndexScores([{ ...example, ...patch }], opts);
    expect(!r.ok && r.error.field).toBe(field);
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => {
        const r = parseIndexScores(json, opts);
        return isTypedResult(r);
      }),
      { numRuns: 300 },
    );
  });
});
