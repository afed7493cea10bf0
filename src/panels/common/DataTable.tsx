import { useMemo, useState } from 'react';
import { INTL_LOCALE } from '../../i18n/locale';
import { useLanguage } from '../../i18n/use-language';
import { paginate, sortRows, type SortState, type SortValue } from './table-model';
import { TableView, type TableColumn, type TableViewProps } from './TableView';

export interface DataColumn<T> extends Omit<TableColumn<T>, 'sortable'> {
  /** Present when the column can be sorted. */
  sortValue?: (row: T) => SortValue;
}

interface Props<T> extends Omit<
  TableViewProps<T>,
  'columns' | 'page' | 'sort' | 'onSort' | 'onPage'
> {
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  /** Rows per page; the default 10 fits a panel at 1366×768. */
  pageSize?: number;
  initialSort?: SortState | null;
}

/** The collator tables sort text with: the language's order, numbers by value. */
export function useTableCollator(): Intl.Collator {
  const lang = useLanguage();
  return useMemo(
    () => new Intl.Collator(INTL_LOCALE[lang], { numeric: true, sensitivity: 'base' }),
    [lang],
  );
}

/**
 * A table that keeps its own sort and page (TableView with state): sorting by the columns'
 * `sortValue`, back to page 1 on every new sort.
 */
export function DataTable<T>({
  columns,
  rows,
  pageSize = 10,
  initialSort = null,
  ...view
}: Props<T>) {
  const collator = useTableCollator();
  const [sort, setSort] = useState<SortState | null>(initialSort);
  const [page, setPage] = useState(1);

  const sorted = useMemo(() => {
    const column = sort ? columns.find((c) => c.id === sort.columnId) : undefined;
    if (!sort || !column?.sortValue) return rows;
    return sortRows(rows, column.sortValue, sort.direction, collator);
  }, [rows, columns, sort, collator]);
  const viewColumns = useMemo(
    () => columns.map((c) => ({ ...c, sortable: c.sortValue !== undefined })),
    [columns],
  );

  return (
    <TableView
      {...view}
      columns={viewColumns}
      page={paginate(sorted, page, pageSize)}
      sort={sort}
      onSort={(next) => {
        setSort(next);
        setPage(1);
      }}
      onPage={setPage}
    />
  );
}
