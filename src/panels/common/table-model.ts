/**
 * Sorting and paging of the generic table, as pure functions (tested in Node).
 * Missing values always sort last, in both directions: "no data" is never the best or worst.
 */
export type SortDirection = 'ascending' | 'descending';
export type SortValue = number | string | null;

export interface SortState {
  columnId: string;
  direction: SortDirection;
}

export function compareSortValues(
  a: SortValue,
  b: SortValue,
  direction: SortDirection,
  collator: Intl.Collator,
): number {
  if (a === null || b === null) {
    if (a === b) return 0;
    return a === null ? 1 : -1;
  }
  const sign = direction === 'ascending' ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
  return sign * collator.compare(String(a), String(b));
}

/** A stable sort of rows by one key (equal keys keep their given order). */
export function sortRows<T>(
  rows: readonly T[],
  sortValue: (row: T) => SortValue,
  direction: SortDirection,
  collator: Intl.Collator,
): T[] {
  return rows
    .map((row, index) => ({ row, index, key: sortValue(row) }))
    .sort((x, y) => compareSortValues(x.key, y.key, direction, collator) || x.index - y.index)
    .map((x) => x.row);
}

/** The next sort state when a column header is activated: new column ascending, else flip. */
export function nextSort(
  current: SortState | null,
  columnId: string,
  first: SortDirection,
): SortState {
  if (current?.columnId !== columnId) return { columnId, direction: first };
  return {
    columnId,
    direction: current.direction === 'ascending' ? 'descending' : 'ascending',
  };
}

export interface Page<T> {
  rows: T[];
  /** 1-based page shown, clamped to the pages that exist */
  page: number;
  pages: number;
  /** 1-based index of the first and last row shown (0 and 0 when empty) */
  from: number;
  to: number;
  total: number;
}

export function paginate<T>(rows: readonly T[], page: number, pageSize: number): Page<T> {
  const size = Math.max(1, Math.floor(pageSize));
  const total = rows.length;
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const start = (current - 1) * size;
  const shown = rows.slice(start, start + size);
  return {
    rows: shown,
    page: current,
    pages,
    from: total === 0 ? 0 : start + 1,
    to: start + shown.length,
    total,
  };
}
