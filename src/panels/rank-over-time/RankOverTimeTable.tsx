import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../common/DataTable';
import type { RankBasis, RankOverTimeView } from './transform';

interface Row {
  index: number;
  key: string;
  periodText: string;
  basis: RankBasis;
  rankOf: number;
}

/** Ranks per period (newest first), one column per province, the basis of each period in words. */
export function RankOverTimeTable({ view, caption }: { view: RankOverTimeView; caption: string }) {
  const { t } = useTranslation();
  const rows: Row[] = view.periods.map((p, index) => ({ index, ...p }));
  const basisText: Record<RankBasis, string> = {
    aggregated: t('rankings.rankOverTime.basisAggregated'),
    published: t('rankings.rankOverTime.basisPublished'),
    recomputed: t('rankings.rankOverTime.basisRecomputed'),
  };
  const columns: DataColumn<Row>[] = [
    {
      id: 'period',
      header: t('panels.columns.period'),
      text: (r) => r.periodText,
      sortValue: (r) => r.key,
      firstDirection: 'descending',
      rowHeader: true,
    },
    ...view.lines.map((line): DataColumn<Row> => ({
      id: `rank-${line.code}`,
      header: t('rankings.rankOverTime.columnRank', {
        unit: line.role === 'own' ? `${line.name} (${t('rankings.own')})` : line.name,
      }),
      text: (r) => {
        const p = line.points[r.index];
        return p?.rank == null ? '—' : `${p.rank}/${r.rankOf} · ${p.scoreText}`;
      },
      sortValue: (r) => line.points[r.index]?.rank ?? null,
      align: 'end',
    })),
    {
      id: 'basis',
      header: t('rankings.rankOverTime.basis'),
      text: (r) => basisText[r.basis],
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      pageSize={12}
      initialSort={{ columnId: 'period', direction: 'descending' }}
    />
  );
}
