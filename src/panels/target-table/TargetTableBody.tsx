import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/StatusBadge';
import { DataTable, type DataColumn } from '../common/DataTable';
import type { TargetRow } from './transform';
import styles from './TargetTable.module.css';

interface Props {
  rows: readonly TargetRow[];
  caption: string;
  pageSize: number;
  selectedKey?: string | null;
  onSelect?: (row: TargetRow) => void;
}

/** A main line with a smaller second line under it (the source under the target, …). */
function twoLines(main: string, sub: string | null | undefined) {
  return (
    <>
      {main}
      {sub && <span className={styles.sub}>{sub}</span>}
    </>
  );
}

/**
 * The targets as a sortable, paged table: DataTable with rich cells (a status badge in colour,
 * icon and words; a select button) and the selected target marked in words.
 */
export function TargetTableBody({ rows, caption, pageSize, selectedKey, onSelect }: Props) {
  const { t } = useTranslation();

  const columns: DataColumn<TargetRow>[] = [
    {
      id: 'indicator',
      header: t('targets.table.columns.indicator'),
      text: (r) => r.kpiName,
      cell: (r) => twoLines(r.kpiName, `${r.pillarText} · ${r.scopeText}`),
      sortValue: (r) => r.kpiName,
      rowHeader: true,
      className: styles.indicator,
    },
    {
      id: 'year',
      header: t('targets.table.columns.year'),
      text: (r) => String(r.year),
      sortValue: (r) => r.year,
      align: 'end',
    },
    // The legal source sits under the target it sets: one column fewer, fits 1366 px.
    {
      id: 'target',
      header: `${t('targets.table.columns.target')} · ${t('targets.table.columns.source')}`,
      text: (r) => `${r.targetText} ${r.sourceText}`,
      cell: (r) => twoLines(r.targetText, r.sourceText),
      sortValue: (r) => r.sourceText,
    },
    {
      id: 'current',
      header: t('targets.table.columns.current'),
      text: (r) => r.currentText,
      cell: (r) => twoLines(r.currentText, r.currentPeriodText),
      sortValue: (r) => r.currentValue,
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'glide',
      header: t('targets.table.columns.glide'),
      text: (r) => r.glideExpectedText,
      cell: (r) => twoLines(r.glideExpectedText, r.glideGapText),
      align: 'end',
    },
    {
      id: 'pace',
      header: t('targets.table.columns.pace'),
      text: (r) => r.paceMonthText,
      cell: (r) => twoLines(r.paceMonthText, r.paceYearText),
      sortValue: (r) => (r.paceMonth === null ? null : Math.abs(r.paceMonth)),
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'projected',
      header: t('targets.table.columns.projected'),
      text: (r) => r.projectedText,
      sortValue: (r) => r.projectedMs,
    },
    {
      id: 'status',
      header: t('targets.table.columns.status'),
      text: (r) => r.statusText,
      cell: (r) => <StatusBadge tone={r.tone} label={r.statusText} />,
      sortValue: (r) => r.statusRank,
      firstDirection: 'descending',
    },
  ];
  if (onSelect) {
    columns.push({
      id: 'action',
      header: t('targets.table.columns.action'),
      text: (r) =>
        r.key === selectedKey ? t('targets.table.selected') : t('targets.table.select'),
      cell: (r) => {
        const selected = r.key === selectedKey;
        return (
          <button
            type="button"
            className={styles.selectButton}
            aria-pressed={selected}
            aria-label={t('targets.table.selectLabel', { kpi: r.kpiName, year: r.year })}
            onClick={() => {
              onSelect(r);
            }}
          >
            {selected ? t('targets.table.selected') : t('targets.table.select')}
          </button>
        );
      },
    });
  }

  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      pageSize={pageSize}
      isHighlighted={(r) => r.key === selectedKey}
      highlightLabel={t('targets.table.selected')}
      rowData={(r) => ({ 'data-target-key': r.key })}
      scrollClassName={styles.scroll}
      tableClassName={styles.table}
    />
  );
}
