import { INDEX_766_CONFIG } from '../../catalog/index-766';
import type { IndexHistory, IndexPeriod, IndexUnitScore } from '../../data/queries/index-scores';
import { parsePeriod } from '../../domain/time/period';
import { createI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/locale';
import { index766CardCsv, signedPoints, toIndex766CardView } from './transform';

const IDS = ['transparency', 'progress', 'digitisation', 'online', 'satisfaction'] as const;
const MAX = [18, 20, 22, 22, 18];

function unit(code: string, scores: (number | null)[], rank: number | null): IndexUnitScore {
  const known = scores.filter((s): s is number => s !== null);
  const total = known.length === scores.length ? known.reduce((a, b) => a + b, 0) : null;
  return {
    unitCode: code,
    total,
    maxTotal: 100,
    groups: IDS.map((id, i) => ({ id, score: scores[i] ?? null, max: MAX[i] ?? 0 })),
    rank,
    from: [code],
    missing: [],
    asOfMs: Date.parse('2025-09-10T08:00:00+07:00'),
    asOfText: '2025-09-10T08:00:00+07:00',
    source: 'Cổng DVC',
  };
}

function period(
  key: string,
  units: IndexUnitScore[],
  reportedOn: 'former' | 'current' = 'current',
): IndexPeriod {
  const p = parsePeriod(key);
  if (!p.ok) throw new Error(key);
  return {
    index: 'index766',
    period: p.value,
    key,
    reportedOn,
    rankBasis: 'published',
    rankOf: 34,
    units,
  };
}

function history(...periods: IndexPeriod[]): IndexHistory {
  return { index: 'index766', periods, unknownCodes: [] };
}

function view(h: IndexHistory, lang: Language = 'vi', unitCode = '92') {
  return toIndex766CardView(
    { history: h, unitCode, groups: INDEX_766_CONFIG.groups },
    { lang, t: createI18n(lang).t },
  );
}

const AUGUST = unit('92', [15, 18, 20, 19, 16], 6);

describe('766 card view', () => {
  test.each([
    {
      name: 'the group that lost most is named, with its loss',
      previous: unit('92', [15.5, 19, 19, 19.5, 16], 8),
      totalChange: -1,
      changes: [-0.5, -1, 1, -0.5, 0],
      loser: 'progress',
      lossText: 'Nhóm giảm điểm nhiều nhất: Tiến độ, kết quả giải quyết (−1,00 điểm).',
      rankChange: 2,
    },
    {
      name: 'no group lost: said in words',
      previous: unit('92', [14, 17, 20, 19, 16], 6),
      totalChange: 2,
      changes: [1, 1, 0, 0, 0],
      loser: null,
      lossText: 'Không nhóm nào giảm điểm so với Tháng 07/2025.',
      rankChange: 0,
    },
    {
      name: 'a group missing last month: its change is unknown, the others still compared',
      previous: unit('92', [null, 18.5, 20, 19, 16], 9),
      totalChange: null,
      changes: [null, -0.5, 0, 0, 0],
      loser: 'progress',
      lossText: 'Nhóm giảm điểm nhiều nhất: Tiến độ, kết quả giải quyết (−0,50 điểm).',
      rankChange: 3,
    },
  ])('$name', ({ previous, totalChange, changes, loser, lossText, rankChange }) => {
    const v = view(history(period('2025-07', [previous]), period('2025-08', [AUGUST])));
    expect(v?.hasPrevious).toBe(true);
    expect(v?.totalChange === null ? null : Number(v?.totalChange.toFixed(2))).toBe(totalChange);
    expect(v?.groups.map((g) => (g.change === null ? null : Number(g.change.toFixed(2))))).toEqual(
      changes,
    );
    expect(v?.biggestLoser?.id ?? null).toBe(loser);
    expect(v?.lossText).toBe(lossText);
    expect(v?.rankChange).toBe(rankChange);
  });

  test('last month missing: changes unknown (not zero), and said so', () => {
    const v = view(
      history(period('2025-06', [unit('92', [1, 1, 1, 1, 1], 30)]), period('2025-08', [AUGUST])),
    );
    expect(v).toMatchObject({
      hasPrevious: false,
      totalChange: null,
      totalChangeText: '—',
      totalDirection: null,
      rankChange: null,
      biggestLoser: null,
      lossText: 'Không có số liệu Tháng 07/2025 để so sánh.',
    });
    expect(v?.groups.every((g) => g.change === null && g.direction === null)).toBe(true);
  });

  test('score, rank of 34 and the five groups by their official names and maxima', () => {
    const v = view(history(period('2025-08', [AUGUST, unit('01', [18, 20, 22, 22, 18], 1)])));
    expect(v).toMatchObject({
      totalText: '88,00',
      maxText: '100',
      rank: 6,
      rankOf: 34,
      periodText: 'Tháng 08/2025',
    });
    expect(v?.groups.map((g) => [g.name, g.scoreText, g.maxText])).toEqual([
      ['Công khai, minh bạch', '15,00', '18'],
      ['Tiến độ, kết quả giải quyết', '18,00', '20'],
      ['Số hóa hồ sơ', '20,00', '22'],
      ['Cung cấp dịch vụ trực tuyến', '19,00', '22'],
      ['Mức độ hài lòng', '16,00', '18'],
    ]);
    const en = view(history(period('2025-08', [AUGUST])), 'en');
    expect(en?.groups[0]?.name).toBe('Publicity and transparency');
  });

  test('the first month after the reform compares with the aggregated June, and says so', () => {
    const v = view(
      history(
        period('2025-06', [unit('92', [15, 18, 20, 19, 17], 5)], 'former'),
        period('2025-07', [AUGUST]),
      ),
    );
    expect(v?.previousAggregated).toBe(true);
    expect(v?.biggestLoser?.id).toBe('satisfaction');
  });

  test('no score for the province: no card view', () => {
    expect(view(history(period('2025-08', [unit('01', [1, 1, 1, 1, 1], 1)])))).toBeNull();
    expect(view(history())).toBeNull();
  });

  test('CSV: one row per group and the total, changes rounded to the published precision', () => {
    const v = view(
      history(
        period('2025-07', [unit('92', [15.5, 19, 19, 19.5, 16], 8)]),
        period('2025-08', [AUGUST]),
      ),
    )!;
    const csv = index766CardCsv(v, '92', createI18n('vi').t);
    expect(csv.rows).toHaveLength(6);
    expect(csv.rows[1]?.slice(0, 6)).toEqual([
      '2025-08',
      '92',
      'Tiến độ, kết quả giải quyết',
      18,
      20,
      -1,
    ]);
    expect(csv.rows[5]?.slice(2, 8)).toEqual(['Chỉ số 766', 88, 100, -1, 6, 34]);
  });

  test.each([
    [1.254, 'vi', '+1,25'],
    [-0.4, 'vi', '−0,40'],
    [0.001, 'vi', '0,00'],
    [null, 'vi', '—'],
    [2.5, 'en', '+2.50'],
  ] as const)('signedPoints(%s, %s) → %s', (value, lang, text) => {
    expect(signedPoints(value, lang)).toBe(text);
  });
});
