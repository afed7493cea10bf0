import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTL_LOCALE } from '../../i18n/locale';
import { useLanguage } from '../../i18n/use-language';
import {
  nextSort,
  paginate,
  sortRows,
  type SortDirection,
  type SortState,
  type SortValue,
} from './table-model';
import styles from './DataTable.module.css';

export interface DataColumn<T> {
  id: string;
  header: string;
  /** The cell as text (data strings are rendered as text, never as markup). */
  text: (row: T) => string;
  /** Present when the column can be sorted. */
  sortValue?: (row: T) => SortValue;
  /** Direction of the first sort on this column (default ascending). */
  firstDirection?: SortDirection;
  align?: 'start' | 'end';
  /** The column that names the row (a row header for screen readers). */
  rowHeader?: boolean;
}

interface Props<T> {
  caption: string;
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Rows per page; the default 10 fits a panel at 1366×768. */
  pageSize?: number;
  initialSort?: SortState | null;
  /** Rows to emphasise (the user's own unit): marked with words, not colour alone. */
  isHighlighted?: (row: T) => boolean;
  highlightLabel?: string;
}

const SORT_ICON: Record<SortDirection | 'none', string> = {
  ascending: '▲',
  descending: '▼',
  none: '↕',
};

/**
 * A table with sortable columns and paging, operable by keyboard: headers are buttons, the sort
 * state is on aria-sort and announced in a polite live region, and so is the page.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  pageSize = 10,
  initialSort = null,
  isHighlighted,
  highlightLabel,
}: Props<T>) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const captionId = useId();
  const [sort, setSort] = useState<SortState | null>(initialSort);
  const [page, setPage] = useState(1);
  const [announcement, setAnnouncement] = useState('');

  const collator = useMemo(
    () => new Intl.Collator(INTL_LOCALE[lang], { numeric: true, sensitivity: 'base' }),
    [lang],
  );
  const sorted = useMemo(() => {
    const column = sort ? columns.find((c) => c.id === sort.columnId) : undefined;
    if (!sort || !column?.sortValue) return rows;
    return sortRows(rows, column.sortValue, sort.direction, collator);
  }, [rows, columns, sort, collator]);
  const shown = paginate(sorted, page, pageSize);

  const pageText = (p: typeof shown) =>
    `${t('panels.table.page', { page: p.page, pages: p.pages })} · ${t('panels.table.rowsOf', {
      from: p.from,
      to: p.to,
      total: p.total,
    })}`;

  function sortBy(column: DataColumn<T>) {
    const next = nextSort(sort, column.id, column.firstDirection ?? 'ascending');
    setSort(next);
    setPage(1);
    setAnnouncement(
      t('panels.table.sortedBy', {
        column: column.header,
        direction: t(`panels.table.${next.direction}`),
      }),
    );
  }

  function goTo(target: number) {
    if (target < 1 || target > shown.pages) return;
    setPage(target);
    setAnnouncement(pageText(paginate(sorted, target, pageSize)));
  }

  return (
    <div className={styles.wrap}>
      <div className={styles.scroll} tabIndex={0} role="group" aria-labelledby={captionId}>
        <table className={styles.table}>
          <caption id={captionId} className="visually-hidden">
            {caption}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const direction = sort?.columnId === column.id ? sort.direction : undefined;
                return (
                  <th
                    key={column.id}
                    scope="col"
                    aria-sort={direction}
                    className={column.align === 'end' ? styles.end : undefined}
                  >
                    {column.sortValue ? (
                      <button
                        type="button"
                        className={styles.sortButton}
                        onClick={() => {
                          sortBy(column);
                        }}
                      >
                        {column.header}
                        <span aria-hidden="true" className={styles.sortIcon}>
                          {SORT_ICON[direction ?? 'none']}
                        </span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.rows.length === 0 && (
              <tr>
                <td colSpan={columns.length}>{t('panels.table.noRows')}</td>
              </tr>
            )}
            {shown.rows.map((row) => {
              const highlighted = isHighlighted?.(row) ?? false;
              return (
                <tr
                  key={rowKey(row)}
                  className={highlighted ? styles.highlighted : undefined}
                  data-highlighted={highlighted || undefined}
                >
                  {columns.map((column) => {
                    const className = column.align === 'end' ? `${styles.end} tabular` : undefined;
                    const content = (
                      <>
                        {highlighted && column.rowHeader && (
                          <span aria-hidden="true" className={styles.marker}>
                            ★{' '}
                          </span>
                        )}
                        {column.text(row)}
                        {highlighted && column.rowHeader && highlightLabel && (
                          <span className={styles.highlightLabel}> ({highlightLabel})</span>
                        )}
                      </>
                    );
                    return column.rowHeader ? (
                      <th key={column.id} scope="row" className={className}>
                        {content}
                      </th>
                    ) : (
                      <td key={column.id} className={className}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shown.pages > 1 && (
        <div className={styles.pager} role="group" aria-label={t('panels.table.pagination')}>
          <button
            type="button"
            className={styles.pageButton}
            aria-disabled={shown.page <= 1}
            onClick={() => {
              goTo(shown.page - 1);
            }}
          >
            <span aria-hidden="true">‹ </span>
            {t('panels.table.previous')}
          </button>
          <span className={styles.pageText}>{pageText(shown)}</span>
          <button
            type="button"
            className={styles.pageButton}
            aria-disabled={shown.page >= shown.pages}
            onClick={() => {
              goTo(shown.page + 1);
            }}
          >
            {t('panels.table.next')}
            <span aria-hidden="true"> ›</span>
          </button>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
