import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { DataTable, type DataColumn } from '../common/DataTable';
import type { ScorecardRow } from './transform';

/** The scorecard as a sortable table, with the legal basis, source and as-of of every row. */
export function ScorecardTable({ rows, caption }: { rows: ScorecardRow[]; caption: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const columns: DataColumn<ScorecardRow>[] = [
    {
      id: 'kpi',
      header: t('briefing.scorecard.kpi'),
      text: (r) => r.name,
      sortValue: (r) => r.name,
      rowHeader: true,
    },
    {
      id: 'value',
      header: t('briefing.scorecard.value'),
      text: (r) => (r.periodText ? `${r.valueText} (${r.periodText})` : r.valueText),
      sortValue: (r) => r.value,
      align: 'end',
    },
    {
      id: 'target',
      header: t('briefing.scorecard.target'),
      text: (r) => `${r.targetText} (${String(r.year)})`,
      sortValue: (r) => r.year,
    },
    { id: 'legal', header: t('briefing.scorecard.legal'), text: (r) => r.sources.join(', ') },
    {
      id: 'status',
      header: t('briefing.scorecard.status'),
      text: (r) => t(`kpi.status.${r.status}`),
      sortValue: (r) => r.tone,
    },
    {
      id: 'projection',
      header: t('briefing.scorecard.projection'),
      text: (r) => r.projection.text,
    },
    { id: 'source', header: t('panels.columns.source'), text: (r) => r.source ?? '—' },
    {
      id: 'asOf',
      header: t('panels.columns.asOf'),
      text: (r) => (r.asOf ? formatDateTime(r.asOf, lang) : '—'),
      sortValue: (r) => (r.asOf ? Date.parse(r.asOf) : null),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.key} />;
}
