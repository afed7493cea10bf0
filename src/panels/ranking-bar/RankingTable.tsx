import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../common/DataTable';
import type { RankedRow } from './transform';

/** Every unit with its rank and value; the own unit marked in words. */
export function RankingTable({
  rows,
  caption,
  pageSize,
}: {
  rows: readonly RankedRow[];
  caption: string;
  pageSize?: number;
}) {
  const { t } = useTranslation();
  const columns: DataColumn<RankedRow>[] = [
    {
      id: 'rank',
      header: t('panels.columns.rank'),
      text: (r) => r.rankText,
      sortValue: (r) => r.rank,
      align: 'end',
    },
    {
      id: 'unit',
      header: t('panels.columns.unit'),
      text: (r) => r.name,
      sortValue: (r) => r.name,
      rowHeader: true,
    },
    {
      id: 'value',
      header: t('panels.columns.value'),
      text: (r) => r.valueText,
      sortValue: (r) => r.value,
      firstDirection: 'descending',
      align: 'end',
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.code}
      pageSize={pageSize}
      initialSort={{ columnId: 'rank', direction: 'ascending' }}
      isHighlighted={(r) => r.own}
      highlightLabel={t('panels.ranking.own')}
    />
  );
}
