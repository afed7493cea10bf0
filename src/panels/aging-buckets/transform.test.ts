import { createI18n } from '../../i18n/i18n';
import { lateDossier } from '../dossier-common/testing';
import { agingBuckets, agingCsv, agingSummary, bucketLabel } from './transform';

const pending = (daysLate: number) => lateDossier({ daysLate });
const processed = (daysLate: number) =>
  lateDossier({
    daysLate,
    status: 'processed-late',
    processedAtMs: Date.parse('2026-10-30T10:00:00+07:00'),
  });

describe('aging buckets', () => {
  test.each([
    {
      name: 'default bounds, every bucket hit, bounds inclusive',
      days: [1, 3, 4, 7, 8, 15, 16, 30, 31, 90],
      bounds: [3, 7, 15, 30],
      expected: [
        [1, 3, 2],
        [4, 7, 2],
        [8, 15, 2],
        [16, 30, 2],
        [31, null, 2],
      ],
    },
    {
      name: 'unsorted, repeated and invalid bounds are cleaned up',
      days: [2, 10, 40],
      bounds: [30, 5, 5, 0],
      expected: [
        [1, 5, 1],
        [6, 30, 1],
        [31, null, 1],
      ],
    },
    {
      name: 'no dossiers: empty buckets',
      days: [],
      bounds: [7],
      expected: [
        [1, 7, 0],
        [8, null, 0],
      ],
    },
  ])('$name', ({ days, bounds, expected }) => {
    const buckets = agingBuckets(days.map(pending), bounds);
    expect(buckets.map((b) => [b.from, b.to, b.count])).toEqual(expected);
  });

  test('processed-late dossiers are not pending and are left out; shares add up to 1', () => {
    const buckets = agingBuckets([pending(2), pending(40), processed(50)], [3, 30]);
    expect(buckets.map((b) => b.count)).toEqual([1, 0, 1]);
    expect(buckets.map((b) => b.share)).toEqual([0.5, 0, 0.5]);
    expect(agingBuckets([processed(3)], [3]).map((b) => b.share)).toEqual([null, null]);
  });

  test.each([
    ['vi', '1–3 ngày', 'Trên 30 ngày'],
    ['en', '1–3 days', 'Over 30 days'],
  ] as const)('labels in %s', (lang, first, last) => {
    const t = createI18n(lang).t;
    const buckets = agingBuckets([], [3, 30]);
    expect(bucketLabel(buckets[0]!, t)).toBe(first);
    expect(bucketLabel(buckets[2]!, t)).toBe(last);
  });

  test('summary and CSV', () => {
    const t = createI18n('vi').t;
    const buckets = agingBuckets([pending(2), pending(40), pending(1200)], [3, 30]);
    expect(agingSummary(buckets, t, 'vi')).toBe(
      '3 hồ sơ đang giải quyết quá hạn; 2 hồ sơ quá hạn trên 30 ngày.',
    );
    expect(agingSummary(agingBuckets([], [3]), t, 'vi')).toBe(
      'Không có hồ sơ đang giải quyết quá hạn.',
    );
    const csv = agingCsv(buckets, '92.so-nnmt', '2026-11-22T16:30:00+07:00', t);
    expect(csv.rows[2]).toEqual([
      '92.so-nnmt',
      'Trên 30 ngày',
      31,
      null,
      2,
      66.67,
      '2026-11-22T16:30:00+07:00',
    ]);
  });
});
