import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nextSort, type Page, type SortDirection, type SortState } from './table-model';
import styles from './DataTable.module.css';

export interface TableColumn<T> {
  id: string;
  header: string;
  /** The cell as text (data strings are rendered as text, never as markup). */
  text: (row: T) => string;
  /** A richer cell (a drill link, a badge, a button); it must say what `text` says. */
  cell?: (row: T) => ReactNode;
  sortable?: boolean;
  /** Direction of the first sort on this column (default ascending). */
  firstDirection?: SortDirection;
  align?: 'start' | 'end';
  /** The column that names the row (a row header for screen readers). */
  rowHeader?: boolean;
  /** A minimum width for long text (procedure titles), so it does not wrap word by word. */
  minWidth?: string;
  /** Keep the cell on one line (dates, badges). */
  noWrap?: boolean;
  /** Extra class on the column's body cells. */
  className?: string;
}

export interface TableViewProps<T> {
  caption: string;
  columns: readonly TableColumn<T>[];
  /** The page to show, already sorted and cut by the caller. */
  page: Page<T>;
  sort: SortState | null;
  onSort: (sort: SortState) => void;
  onPage: (page: number) => void;
  rowKey: (row: T) => string;
  /** Rows to emphasise (the user's own unit, the selected row): marked with words too. */
  isHighlighted?: (row: T) => boolean;
  highlightLabel?: string;
  /** `data-*` attributes of a row, for tests and styling hooks. */
  rowData?: (row: T) => Record<`data-${string}`, string>;
  /** Extra classes for the scroll box and the table (a panel's own limits). */
  scrollClassName?: string;
  tableClassName?: string;
}

const SORT_ICON: Record<SortDirection | 'none', string> = {
  ascending: '▲',
  descending: '▼',
  none: '↕',
};

const join = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

/**
 * The one table markup of the panels. Sort and page belong to the caller (DataTable keeps them
 * in state, the dossier drill-down in the URL). Keyboard operable: headers are buttons, the sort
 * is on aria-sort, and sort and page changes are announced in a polite live region.
 */
export function TableView<T>({
  caption,
  columns,
  page,
  sort,
  onSort,
  onPage,
  rowKey,
  isHighlighted,
  highlightLabel,
  rowData,
  scrollClassName,
  tableClassName,
}: TableViewProps<T>) {
  const { t } = useTranslation();
  const captionId = useId();
  // What the live region says: the sort just chosen, or the page now shown (read from the
  // props, so it is the caller's page after the change, whoever keeps the state).
  const [announced, setAnnounced] = useState<{ sort: string } | 'page' | null>(null);

  const pageText = `${t('panels.table.page', { page: page.page, pages: page.pages })} · ${t(
    'panels.table.rowsOf',
    { from: page.from, to: page.to, total: page.total },
  )}`;

  function sortBy(column: TableColumn<T>) {
    const next = nextSort(sort, column.id, column.firstDirection ?? 'ascending');
    onSort(next);
    setAnnounced({
      sort: t('panels.table.sortedBy', {
        column: column.header,
        direction: t(`panels.table.${next.direction}`),
      }),
    });
  }

  function goTo(target: number) {
    if (target < 1 || target > page.pages) return;
    onPage(target);
    setAnnounced('page');
  }

  return (
    <div className={styles.wrap}>
      <div
        className={join(styles.scroll, scrollClassName)}
        tabIndex={0}
        role="group"
        aria-labelledby={captionId}
      >
        <table className={join(styles.table, tableClassName)}>
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
            {page.rows.map((row) => {
              const highlighted = isHighlighted?.(row) ?? false;
              return (
                <tr
                  key={rowKey(row)}
                  className={highlighted ? styles.highlighted : undefined}
                  data-highlighted={highlighted || undefined}
                  {...rowData?.(row)}
                >
                  {columns.map((column) => {
                    const className = join(
                      column.align === 'end' ? `${styles.end} tabular` : undefined,
                      column.className,
                    );
                    const style = column.noWrap ? { whiteSpace: 'nowrap' as const } : undefined;
                    const marked = highlighted && column.rowHeader;
                    const content = (
                      <>
                        {marked && (
                          <span aria-hidden="true" className={styles.marker}>
                            ★{' '}
                          </span>
                        )}
                        {column.cell ? column.cell(row) : column.text(row)}
                        {marked && highlightLabel && (
                          <span className={styles.highlightLabel}> ({highlightLabel})</span>
                        )}
                      </>
                    );
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
              );
            })}
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
        {announced === 'page' ? pageText : (announced?.sort ?? '')}
      </p>
    </div>
  );
}
