import { ADMIN_UNITS_DATA } from '../../catalog/admin-units';
import type { AdminUnitsData } from '../../domain/admin-units/types';
import { monthPeriod, parsePeriod, type Period } from '../../domain/time/period';
import type { IndexScore } from '../contracts/index-scores';
import { latestIndexPeriod, reportingSet, toIndexHistory } from './index-scores-history';

/** A small catalogue: current A (= former A), current B (former B + C). */
const UNITS: AdminUnitsData = {
  reformDate: '2025-07-01',
  legalBasis: 'test',
  current: [
    {
      code: '01',
      name: 'A',
      fullName: 'Tỉnh A',
      nameAscii: 'A',
      type: 'province',
      formedFrom: ['01'],
      centre: 'A',
      areaKm2: null,
      population: null,
      aliases: [],
    },
    {
      code: '02',
      name: 'B',
      fullName: 'Tỉnh B',
      nameAscii: 'B',
      type: 'province',
      formedFrom: ['02', '03'],
      centre: 'B',
      areaKm2: null,
      population: null,
      aliases: [],
    },
  ],
  former: [
    {
      code: '01',
      name: 'A',
      fullName: 'Tỉnh A',
      nameAscii: 'A',
      type: 'province',
      successor: '01',
      aliases: [],
    },
    {
      code: '02',
      name: 'B',
      fullName: 'Tỉnh B',
      nameAscii: 'B',
      type: 'province',
      successor: '02',
      aliases: [],
    },
    {
      code: '03',
      name: 'C',
      fullName: 'Tỉnh C',
      nameAscii: 'C',
      type: 'province',
      successor: '02',
      aliases: [],
    },
  ],
};

function period(text: string): Period {
  const p = parsePeriod(text);
  if (!p.ok) throw new Error(text);
  return p.value;
}

function score(
  unitCode: string,
  periodText: string,
  total: number | null,
  extra: Partial<IndexScore> = {},
): IndexScore {
  const asOfText = '2025-08-10T08:00:00+07:00';
  return {
    index: 'index766',
    unitCode,
    period: period(periodText),
    total,
    maxTotal: 100,
    groups: [],
    rank: null,
    rankOf: null,
    source: 'test',
    asOfMs: Date.parse(asOfText),
    asOfText,
    ...extra,
  };
}

const ranksOf = (h: ReturnType<typeof toIndexHistory>, key: string) =>
  Object.fromEntries(
    h.periods.find((p) => p.key === key)?.units.map((u) => [u.unitCode, [u.total, u.rank]]) ?? [],
  );

describe('toIndexHistory: 63 → 34 aggregation', () => {
  test.each([
    {
      name: 'former period: mean of the former units, re-ranked among the current ones',
      rows: [
        score('01', '2025-06', 70, { rank: 1, rankOf: 63 }),
        score('02', '2025-06', 80, { rank: 2, rankOf: 63 }),
        score('03', '2025-06', 50, { rank: 3, rankOf: 63 }),
      ],
      // B = (80 + 50) / 2 = 65 < A = 70: A is first although former B outranked it.
      expected: { '01': [70, 1], '02': [65, 2] },
      reportedOn: 'former',
      rankBasis: 'recomputed',
    },
    {
      name: 'current period: the published ranks are kept',
      rows: [
        score('01', '2025-07', 70, { rank: 2, rankOf: 2 }),
        score('02', '2025-07', 75, { rank: 1, rankOf: 2 }),
      ],
      expected: { '01': [70, 2], '02': [75, 1] },
      reportedOn: 'current',
      rankBasis: 'published',
    },
    {
      name: 'current period without published ranks: ties share the rank (1, 1)',
      rows: [score('01', '2025-07', 70), score('02', '2025-07', 70)],
      expected: { '01': [70, 1], '02': [70, 1] },
      reportedOn: 'current',
      rankBasis: 'recomputed',
    },
    {
      name: 'a former unit missing: the province keeps a score from the others',
      rows: [score('01', '2025-06', 70), score('03', '2025-06', 90)],
      expected: { '01': [70, 2], '02': [90, 1] },
      reportedOn: 'former',
      rankBasis: 'recomputed',
    },
    {
      name: 'a unit without a score is not ranked',
      rows: [score('01', '2025-06', null), score('02', '2025-06', 60), score('03', '2025-06', 40)],
      expected: { '01': [null, null], '02': [50, 1] },
      reportedOn: 'former',
      rankBasis: 'recomputed',
    },
  ])('$name', ({ rows, expected, reportedOn, rankBasis }) => {
    const history = toIndexHistory(rows, 'index766', UNITS);
    expect(history.periods).toHaveLength(1);
    const [p] = history.periods;
    expect(ranksOf(history, p?.key ?? '')).toEqual(expected);
    expect(p?.reportedOn).toBe(reportedOn);
    expect(p?.rankBasis).toBe(rankBasis);
  });

  test('merged province: groups averaged, members and missing listed, latest as-of kept', () => {
    const later = '2025-09-12T08:00:00+07:00';
    const g = (a: number, b: number) => [
      { id: 'x', score: a, max: 50 },
      { id: 'y', score: b, max: 50 },
    ];
    const history = toIndexHistory(
      [
        score('02', '2025-06', 60, { groups: g(20, 40) }),
        score('03', '2025-06', 80, {
          groups: g(40, 40),
          asOfText: later,
          asOfMs: Date.parse(later),
        }),
      ],
      'index766',
      UNITS,
    );
    const b = history.periods[0]?.units.find((u) => u.unitCode === '02');
    expect(b).toMatchObject({
      total: 70,
      groups: [
        { id: 'x', score: 30, max: 50 },
        { id: 'y', score: 40, max: 50 },
      ],
      from: ['02', '03'],
      missing: [],
      asOfText: later,
    });
    // A had no rows at all: it is not listed rather than listed empty.
    expect(history.periods[0]?.units.map((u) => u.unitCode)).toEqual(['02']);
  });

  test('periods oldest first; other indices ignored; resent rows replace earlier ones', () => {
    const resent = '2025-09-01T08:00:00+07:00';
    const history = toIndexHistory(
      [
        score('01', '2025-08', 71, { rank: 1, rankOf: 2 }),
        score('01', '2025-07', 60, { rank: 1, rankOf: 2 }),
        score('01', '2025-07', 65, {
          rank: 1,
          rankOf: 2,
          asOfText: resent,
          asOfMs: Date.parse(resent),
        }),
        score('01', '2025-07', 99, { index: 'dti' }),
      ],
      'index766',
      UNITS,
    );
    expect(history.periods.map((p) => p.key)).toEqual(['2025-07', '2025-08']);
    expect(history.periods[0]?.units[0]?.total).toBe(65);
    expect(latestIndexPeriod(history)?.key).toBe('2025-08');
  });

  test('unknown codes are reported, not ranked', () => {
    const history = toIndexHistory(
      [score('01', '2025-07', 70, { rank: 1, rankOf: 2 }), score('99', '2025-07', 80)],
      'index766',
      UNITS,
    );
    expect(history.unknownCodes).toEqual(['99']);
    expect(history.periods[0]?.units.map((u) => u.unitCode)).toEqual(['01']);
  });
});

describe('reportingSet', () => {
  const current = new Set(['01', '02']);
  test.each([
    {
      name: 'a code outside the 34 → former',
      rows: [score('03', '2025-08', 1)],
      at: '2025-08',
      set: 'former',
    },
    {
      name: 'DTI 2024, published on the 34 (rankOf 34) → current',
      rows: [score('01', '2024', 1, { rankOf: 2 })],
      at: '2024',
      set: 'current',
    },
    {
      name: 'rankOf larger than the 34 → former',
      rows: [score('01', '2024', 1, { rankOf: 63 })],
      at: '2024',
      set: 'former',
    },
    {
      name: 'no ranks, a full set of current codes → current',
      rows: [score('01', '2024', 1), score('02', '2024', 1)],
      at: '2024',
      set: 'current',
    },
    { name: 'ambiguous: by the period', rows: [score('01', '2024', 1)], at: '2024', set: 'former' },
    {
      name: 'ambiguous, after the reform',
      rows: [score('01', '2025-07', 1)],
      at: '2025-07',
      set: 'current',
    },
  ])('$name', ({ rows, at, set }) => {
    expect(reportingSet(rows, period(at), current)).toBe(set);
  });
});

describe('with the real catalogue', () => {
  test('Tuyên Quang (08) before the reform is the mean of former Hà Giang (02) and Tuyên Quang (08)', () => {
    const tq = ADMIN_UNITS_DATA.current.find((u) => u.code === '08');
    expect(tq?.formedFrom).toEqual(expect.arrayContaining(['02', '08']));
    const rows = ADMIN_UNITS_DATA.former.map((u, i) =>
      score(u.code, '2025-06', u.code === '02' ? 60 : u.code === '08' ? 80 : 50 + (i % 7)),
    );
    const history = toIndexHistory(rows, 'index766', ADMIN_UNITS_DATA);
    const p = history.periods[0];
    expect(p?.units).toHaveLength(34);
    expect(p?.rankOf).toBe(34);
    expect(p?.units.find((u) => u.unitCode === '08')?.total).toBe(70);
    expect(Math.max(...(p?.units.map((u) => u.rank ?? 0) ?? []))).toBeLessThanOrEqual(34);
    expect(monthPeriod(2025, 6)).toEqual(p?.period);
  });
});
