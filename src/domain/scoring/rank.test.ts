import fc from 'fast-check';
import { competitionRank, rankChanges } from './rank';

describe('competition ranking', () => {
  it('ranks ties "1, 2, 2, 4"', () => {
    const ranked = competitionRank(
      [
        { code: 'A', score: 90 },
        { code: 'B', score: 80 },
        { code: 'C', score: 80 },
        { code: 'D', score: 70 },
      ],
      (x) => x.score,
    );
    expect(ranked.map((r) => [r.item.code, r.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
      ['D', 4],
    ]);
  });

  it('ranks the 766 leaders of August 2025 (kpis.md §3)', () => {
    const scores = [
      ['Hà Tĩnh', 84.85],
      ['Thanh Hóa', 86.51],
      ['Thái Nguyên', 86.97],
      ['Đồng Nai', 86.13],
      ['Quảng Trị', 86.56],
    ] as const;
    expect(competitionRank(scores, (s) => s[1]).map((r) => `${r.rank}. ${r.item[0]}`)).toEqual([
      '1. Thái Nguyên',
      '2. Quảng Trị',
      '3. Thanh Hóa',
      '4. Đồng Nai',
      '5. Hà Tĩnh',
    ]);
  });

  it('ranks lower-first (EGDI ranks in Southeast Asia) and leaves unscored items unranked', () => {
    const ranked = competitionRank(
      [
        { c: 'Việt Nam', egdi: 86 },
        { c: 'Singapore', egdi: 11 },
        { c: '—', egdi: null },
        { c: 'Malaysia', egdi: 47 },
      ],
      (x) => x.egdi,
      'lower-first',
    );
    expect(ranked.map((r) => [r.item.c, r.rank])).toEqual([
      ['Singapore', 1],
      ['Malaysia', 2],
      ['Việt Nam', 3],
      ['—', null],
    ]);
  });

  const scores = fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }), {
    maxLength: 40,
  });

  it('is a permutation of the input', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const items = s.map((score, id) => ({ id, score }));
        const ranked = competitionRank(items, (x) => x.score);
        const ids = ranked.map((r) => r.item.id).sort((a, b) => a - b);
        return ranked.length === items.length && ids.every((id, i) => id === i);
      }),
    );
  });

  it('is consistent with the order: better score → better or equal rank; equal score → equal rank; rank = 1 + number strictly better', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const ranked = competitionRank(
          s.map((score, id) => ({ id, score })),
          (x) => x.score,
        );
        const scored = ranked.filter((r) => r.score !== null);
        return scored.every((a) => {
          const better = scored.filter((b) => (b.score ?? 0) > (a.score ?? 0)).length;
          return a.rank === better + 1;
        });
      }),
    );
  });
});

describe('rank change', () => {
  it('counts places moved up as positive', () => {
    const changes = rankChanges(
      new Map([
        ['19', 3],
        ['44', 1],
        ['38', null],
      ]),
      new Map([
        ['19', 1],
        ['44', 2],
        ['38', 3],
        ['75', 4],
      ]),
    );
    expect(changes).toEqual([
      { code: '19', previous: 3, current: 1, change: 2 },
      { code: '44', previous: 1, current: 2, change: -1 },
      { code: '38', previous: null, current: 3, change: null },
      { code: '75', previous: null, current: 4, change: null },
    ]);
  });
});
