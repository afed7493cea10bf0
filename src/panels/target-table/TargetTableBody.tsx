import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTL_LOCALE } from '../../i18n/locale';
import { useLanguage } from '../../i18n/use-language';
import { StatusBadge } from '../../ui/StatusBadge';
import {
  nextSort,
  paginate,
  sortRows,
  type SortState,
  type SortValue,
} from '../common/table-model';
import tableStyles from '../common/DataTable.module.css';
import type { TargetRow } from './transform';
import styles from './TargetTable.module.css';

interface Column {
  id: string;
  header: string;
  sortValue?: (row: TargetRow) => SortValue;
  firstDirection?: 'ascending' | 'descending';
  end?: boolean;
}

const SORT_ICON = { ascending: '▲', descending: '▼', none: '↕' } as const;

interface Props {
  rows: readonly TargetRow[];
  caption: string;
  pageSize: number;
  selectedKey?: string | null;
  onSelect?: (row: TargetRow) => void;
}

/**
 * The targets as a sortable, paged table. Its own markup rather than DataTable's because cells
 * hold a status badge (colour, icon and words) and a button, not only text; the sorting and
 * paging rules are DataTable's (table-model).
 */
export function TargetTableBody({ rows, caption, pageSize, selectedKey, onSelect }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const captionId = useId();
  const [sort, setSort] = useState<SortState | null>(null);
  const [page, setPage] = useState(1);
  const [announcement, setAnnouncement] = useState('');

  const columns: Column[] = [
    { id: 'indicator', header: t('targets.table.columns.indicator'), sortValue: (r) => r.kpiName },
    { id: 'year', header: t('targets.table.columns.year'), sortValue: (r) => r.year, end: true },
    // The legal source sits under the target it sets: one column fewer, fits 1366 px.
    {
      id: 'target',
      header: `${t('targets.table.columns.target')} · ${t('targets.table.columns.source')}`,
      sortValue: (r) => r.sourceText,
    },
    {
      id: 'current',
      header: t('targets.table.columns.current'),
      sortValue: (r) => r.currentValue,
      firstDirection: 'descending',
      end: true,
    },
    { id: 'glide', header: t('targets.table.columns.glide'), end: true },
    {
      id: 'pace',
      header: t('targets.table.columns.pace'),
      sortValue: (r) => (r.paceMonth === null ? null : Math.abs(r.paceMonth)),
      firstDirection: 'descending',
      end: true,
    },
    {
      id: 'projected',
      header: t('targets.table.columns.projected'),
      sortValue: (r) => r.projectedMs,
    },
    {
      id: 'status',
      header: t('targets.table.columns.status'),
      sortValue: (r) => r.statusRank,
      firstDirection: 'descending',
    },
    ...(onSelect ? [{ id: 'action', header: t('targets.table.columns.action') }] : []),
  ];

  const collator = useMemo(
    () => new Intl.Collator(INTL_LOCALE[lang], { numeric: true, sensitivity: 'base' }),
    [lang],
  );
  const column = sort ? columns.find((c) => c.id === sort.columnId) : undefined;
  const sorted =
    sort && column?.sortValue ? sortRows(rows, column.sortValue, sort.direction, collator) : rows;
  const shown = paginate(sorted, page, pageSize);
  const pageText = `${t('panels.table.page', { page: shown.page, pages: shown.pages })} · ${t(
    'panels.table.rowsOf',
    { from: shown.from, to: shown.to, total: shown.total },
  )}`;

  function sortBy(c: Column) {
    const next = nextSort(sort, c.id, c.firstDirection ?? 'ascending');
    setSort(next);
    setPage(1);
    setAnnouncement(
      t('panels.table.sortedBy', {
        column: c.header,
        direction: t(`panels.table.${next.direction}`),
      }),
    );
  }

  function cell(row: TargetRow, id: string) {
    switch (id) {
      case 'year':
        return String(row.year);
      case 'target':
        return (
          <>
            {row.targetText}
            <span className={styles.sub}>{row.sourceText}</span>
          </>
        );
      case 'current':
        return (
          <>
            {row.currentText}
            {row.currentPeriodText && <span className={styles.sub}>{row.currentPeriodText}</span>}
          </>
        );
      case 'glide':
        return (
          <>
            {row.glideExpectedText}
            {row.glideGapText && <span className={styles.sub}>{row.glideGapText}</span>}
          </>
        );
      case 'pace':
        return (
          <>
            {row.paceMonthText}
            {row.paceYearText && <span className={styles.sub}>{row.paceYearText}</span>}
          </>
        );
      case 'projected':
        return row.projectedText;
      case 'status':
        return <StatusBadge tone={row.tone} label={row.statusText} />;
      case 'action': {
        const selected = row.key === selectedKey;
        return (
          <button
            type="button"
            className={styles.selectButton}
            aria-pressed={selected}
            aria-label={t('targets.table.selectLabel', { kpi: row.kpiName, year: row.year })}
            onClick={() => onSelect?.(row)}
          >
            {selected ? t('targets.table.selected') : t('targets.table.select')}
          </button>
        );
      }
      default:
        return null;
    }
  }

  return (
    <div className={tableStyles.wrap}>
      <div
        className={`${tableStyles.scroll} ${styles.scroll}`}
        tabIndex={0}
        role="group"
        aria-labelledby={captionId}
      >
        <table className={`${tableStyles.table} ${styles.table}`}>
          <caption id={captionId} className="visually-hidden">
            {caption}
          </caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const direction = sort?.columnId === c.id ? sort.direction : undefined;
                return (
                  <th
                    key={c.id}
                    scope="col"
                    aria-sort={direction}
                    className={c.end ? tableStyles.end : undefined}
                  >
                    {c.sortValue ? (
                      <button
                        type="button"
                        className={tableStyles.sortButton}
                        onClick={() => {
                          sortBy(c);
                        }}
                      >
                        {c.header}
                        <span aria-hidden="true" className={tableStyles.sortIcon}>
                          {SORT_ICON[direction ?? 'none']}
                        </span>
                      </button>
                    ) : (
                      c.header
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
            {shown.rows.map((row) => (
              <tr
                key={row.key}
                data-target-key={row.key}
                className={row.key === selectedKey ? tableStyles.highlighted : undefined}
              >
                <th scope="row" className={styles.indicator}>
                  {row.kpiName}
                  <span className={styles.sub}>
                    {row.pillarText} · {row.scopeText}
                  </span>
                </th>
                {columns.slice(1).map((c) => (
                  <td key={c.id} className={c.end ? `${tableStyles.end} tabular` : undefined}>
                    {cell(row, c.id)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.pages > 1 && (
        <div className={tableStyles.pager} role="group" aria-label={t('panels.table.pagination')}>
          <button
            type="button"
            className={tableStyles.pageButton}
            aria-disabled={shown.page <= 1}
            onClick={() => {
              if (shown.page > 1) {
                setPage(shown.page - 1);
                setAnnouncement('');
              }
            }}
          >
            <span aria-hidden="true">‹ </span>
            {t('panels.table.previous')}
          </button>
          <span className={tableStyles.pageText}>{pageText}</span>
          <button
            type="button"
            className={tableStyles.pageButton}
            aria-disabled={shown.page >= shown.pages}
            onClick={() => {
              if (shown.page < shown.pages) {
                setPage(shown.page + 1);
                setAnnouncement('');
              }
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
