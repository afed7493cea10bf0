import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../common/DataTable';
import type { TrendPoint } from './transform';

/** The trend's numbers as a sortable table, newest period first. */
export function TrendTable({
  points,
  caption,
}: {
  points: readonly TrendPoint[];
  caption: string;
}) {
  const { t } = useTranslation();
  const columns: DataColumn<TrendPoint>[] = [
    {
      id: 'period',
      header: t('panels.columns.period'),
      text: (p) => p.periodText,
      sortValue: (p) => p.key,
      firstDirection: 'descending',
      rowHeader: true,
    },
    {
      id: 'value',
      header: t('panels.columns.value'),
      text: (p) => p.valueText,
      sortValue: (p) => p.value,
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'status',
      header: t('panels.columns.status'),
      text: (p) => t(p.provisional ? 'panels.dataStatus.provisional' : 'panels.dataStatus.final'),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={points}
      rowKey={(p) => p.key}
      pageSize={12}
      initialSort={{ columnId: 'period', direction: 'descending' }}
    />
  );
}
