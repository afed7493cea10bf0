import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nextSort, type Page, type SortDirection, type SortState } from '../common/table-model';
import styles from '../common/DataTable.module.css';

export interface SortableColumn<T> {
  id: string;
  header: string;
  /** the cell as text (data strings are rendered as text, never as markup) */
  text: (row: T) => string;
  /** a richer cell (a drill link); its text must say the same as `text` */
  cell?: (row: T) => ReactNode;
  sortable?: boolean;
  firstDirection?: SortDirection;
  align?: 'start' | 'end';
  rowHeader?: boolean;
  /** a minimum width for long text (procedure titles), so it does not wrap word by word */
  minWidth?: string;
  /** keep the cell on one line (dates, badges) */
  noWrap?: boolean;
}

interface Props<T> {
  caption: string;
  columns: readonly SortableColumn<T>[];
  /** the page to show, already sorted and cut by the caller (who may keep the state in the URL) */
  page: Page<T>;
  sort: SortState | null;
  onSort: (sort: SortState) => void;
  onPage: (page: number) => void;
  rowKey: (row: T) => string;
}

const SORT_ICON: Record<SortDirection | 'none', string> = {
  ascending: '▲',
  descending: '▼',
  none: '↕',
};

/**
 * A sortable, paged table whose sort and page belong to the caller, so that they can live in
 * the URL. Same look and keyboard behaviour as DataTable: headers are buttons, aria-sort on the
 * sorted column, sort and page changes announced in a polite live region.
 */
export function SortableTable<T>({
  caption,
  columns,
  page,
  sort,
  onSort,
  onPage,
  rowKey,
}: Props<T>) {
  const { t } = useTranslation();
  const captionId = useId();
  const [announcement, setAnnouncement] = useState('');

  const pageText = `${t('panels.table.page', { page: page.page, pages: page.pages })} · ${t(
    'panels.table.rowsOf',
    { from: page.from, to: page.to, total: page.total },
  )}`;

  function sortBy(column: SortableColumn<T>) {
    const next = nextSort(sort, column.id, column.firstDirection ?? 'ascending');
    onSort(next);
    setAnnouncement(
      t('panels.table.sortedBy', {
        column: column.header,
        direction: t(`panels.table.${next.direction}`),
      }),
    );
  }

  function goTo(target: number) {
    if (target < 1 || target > page.pages) return;
    onPage(target);
    setAnnouncement(t('panels.table.page', { page: target, pages: page.pages }));
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
                    style={column.minWidth ? { minWidth: column.minWidth } : undefined}
                  >
                    {column.sortable ? (
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
            {page.rows.length === 0 && (
              <tr>
                <td colSpan={columns.length}>{t('panels.table.noRows')}</td>
              </tr>
            )}
            {page.rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => {
                  const className = column.align === 'end' ? `${styles.end} tabular` : undefined;
                  const content = column.cell ? column.cell(row) : column.text(row);
                  const style = column.noWrap ? { whiteSpace: 'nowrap' as const } : undefined;
                  return column.rowHeader ? (
                    <th key={column.id} scope="row" className={className} style={style}>
                      {content}
                    </th>
                  ) : (
                    <td key={column.id} className={className} style={style}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.pages > 1 && (
        <div className={styles.pager} role="group" aria-label={t('panels.table.pagination')}>
          <button
            type="button"
            className={styles.pageButton}
            aria-disabled={page.page <= 1}
            onClick={() => {
              goTo(page.page - 1);
            }}
          >
            <span aria-hidden="true">‹ </span>
            {t('panels.table.previous')}
          </button>
          <span className={styles.pageText}>{pageText}</span>
          <button
            type="button"
            className={styles.pageButton}
            aria-disabled={page.page >= page.pages}
            onClick={() => {
              goTo(page.page + 1);
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
