import { compareSortValues, nextSort, paginate, sortRows } from './table-model';

const vi_ = new Intl.Collator('vi-VN', { numeric: true, sensitivity: 'base' });

describe('table sorting', () => {
  test.each([
    ['ascending', [3, null, 1, 2], [1, 2, 3, null]],
    ['descending', [3, null, 1, 2], [3, 2, 1, null]],
  ] as const)('%s: numbers, missing values last', (direction, input, output) => {
    expect(sortRows(input, (n) => n, direction, vi_)).toEqual(output);
  });

  test('Vietnamese names sort in Vietnamese order', () => {
    const names = ['Điện Biên', 'Đà Nẵng', 'Cần Thơ', 'Cà Mau', 'An Giang', 'Hà Nội'];
    expect(sortRows(names, (n) => n, 'ascending', vi_)).toEqual([
      'An Giang',
      'Cà Mau',
      'Cần Thơ',
      'Đà Nẵng',
      'Điện Biên',
      'Hà Nội',
    ]);
  });

  test('period keys sort as text, numerically aware', () => {
    expect(sortRows(['2025-10', '2025-09', '2026-01'], (k) => k, 'descending', vi_)).toEqual([
      '2026-01',
      '2025-10',
      '2025-09',
    ]);
  });

  test('stable: equal keys keep their order', () => {
    const rows = [
      { id: 'a', v: 1 },
      { id: 'b', v: 1 },
      { id: 'c', v: 0 },
    ];
    expect(sortRows(rows, (r) => r.v, 'descending', vi_).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  test('compare: two missing values are equal', () => {
    expect(compareSortValues(null, null, 'ascending', vi_)).toBe(0);
  });

  test.each([
    [null, 'value', 'descending', { columnId: 'value', direction: 'descending' }],
    [
      { columnId: 'value', direction: 'descending' },
      'value',
      'descending',
      { columnId: 'value', direction: 'ascending' },
    ],
    [
      { columnId: 'value', direction: 'ascending' },
      'value',
      'descending',
      { columnId: 'value', direction: 'descending' },
    ],
    [
      { columnId: 'value', direction: 'ascending' },
      'name',
      'ascending',
      { columnId: 'name', direction: 'ascending' },
    ],
  ] as const)('next sort from %j on %s', (current, column, first, next) => {
    expect(nextSort(current, column, first)).toEqual(next);
  });
});

describe('paging', () => {
  const rows = Array.from({ length: 34 }, (_, i) => i + 1);

  test.each([
    [1, 1, 10, 1, 10],
    [4, 4, 4, 31, 34],
    [9, 4, 4, 31, 34], // beyond the last page: the last page
    [0, 1, 10, 1, 10], // before the first: the first
  ])('page %i → page %i of 4 (%i rows, %i–%i)', (asked, page, count, from, to) => {
    const p = paginate(rows, asked, 10);
    expect(p).toMatchObject({ page, pages: 4, from, to, total: 34 });
    expect(p.rows).toHaveLength(count);
  });

  test('no rows: one empty page', () => {
    expect(paginate([], 1, 10)).toEqual({ rows: [], page: 1, pages: 1, from: 0, to: 0, total: 0 });
  });
});
