import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { getKpi } from '../../catalog/kpis/registry';
import { getDataSource } from '../../catalog/sources';
import { safeFileName } from '../../charts';
import { kpiQueries } from '../../data/queries/kpi';
import type { KpiDefinition } from '../../domain/kpi/definition';
import { useLanguage } from '../../i18n/use-language';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelEmpty, PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { ChartCaption } from '../common/ChartBody';
import { DataTable, type DataColumn } from '../common/DataTable';
import { describeError } from '../common/describe-error';
import { PanelActions } from '../common/PanelActions';
import { RankingTable } from '../ranking-bar/RankingTable';
import { rankingCsv } from '../ranking-bar/transform';
import { useProvinceRanking } from '../ranking-bar/use-ranking';
import type { ResolvedTablePanelOptions } from './definition';
import { historyCsv, toHistoryRows, type HistoryRow } from './transform';

interface Props {
  options: ResolvedTablePanelOptions;
  unitCode: string;
}

/** A KPI's numbers as a table: the history for the unit, or the 34 provinces side by side. */
export function TablePanel({ options, unitCode }: Props) {
  const kpi = getKpi(options.kpiId);
  if (!kpi) {
    return (
      <PanelFrame title={options.kpiId}>
        <PanelError message={`Unknown KPI "${options.kpiId}"`} />
      </PanelFrame>
    );
  }
  return options.rows === 'provinces' ? (
    <ProvincesTable kpi={kpi} options={options} unitCode={unitCode} />
  ) : (
    <HistoryTable kpi={kpi} options={options} unitCode={unitCode} />
  );
}

interface BodyProps extends Props {
  kpi: KpiDefinition;
}

function HistoryTable({ kpi, options, unitCode }: BodyProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const query = useQuery(kpiQueries.series({ indicatorId: kpi.id, unitCode }));
  const unitName = ADMIN_UNITS.currentByCode(unitCode)?.name ?? unitCode;
  const rows = useMemo(
    () => (query.data ? toHistoryRows(kpi, query.data, lang) : null),
    [kpi, query.data, lang],
  );
  const title = `${kpi.name[lang]} — ${unitName}`;
  const errorText = query.error ? describeError(query.error, t) : null;
  const latest = rows?.at(-1);
  const sourceName = latest?.source ?? getDataSource(kpi.sourceId)?.name[lang] ?? kpi.sourceId;

  const columns: DataColumn<HistoryRow>[] = [
    {
      id: 'period',
      header: t('panels.columns.period'),
      text: (r) => r.periodText,
      sortValue: (r) => r.key,
      firstDirection: 'descending',
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
    {
      id: 'numerator',
      header: t('panels.columns.numerator'),
      text: (r) => r.numeratorText,
      sortValue: (r) => r.numerator,
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'denominator',
      header: t('panels.columns.denominator'),
      text: (r) => r.denominatorText,
      sortValue: (r) => r.denominator,
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'status',
      header: t('panels.columns.status'),
      text: (r) => t(r.provisional ? 'panels.dataStatus.provisional' : 'panels.dataStatus.final'),
      sortValue: (r) => (r.provisional ? 0 : 1),
    },
    {
      id: 'asOf',
      header: t('panels.columns.asOf'),
      text: (r) => r.asOfDisplay,
      sortValue: (r) => r.asOfMs,
      firstDirection: 'descending',
    },
  ];

  let body;
  let actions: ReactNode = null;
  if (rows === null) {
    body = errorText ? (
      <PanelError message={errorText} onRetry={() => void query.refetch()} />
    ) : (
      <PanelLoading />
    );
  } else if (rows.length === 0) {
    body = <PanelEmpty />;
  } else {
    const file = safeFileName(kpi.id, unitCode, latest?.key ?? '');
    actions = (
      <PanelActions
        csv={{
          filename: `${file}.csv`,
          build: () => historyCsv(kpi, unitCode, unitName, rows, t),
        }}
      />
    );
    body = (
      <DataTable
        caption={title}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.key}
        pageSize={options.pageSize}
        initialSort={{ columnId: 'period', direction: 'descending' }}
      />
    );
  }
  return (
    <PanelFrame
      title={title}
      source={{ name: sourceName, asOf: latest?.asOfText ?? null }}
      refreshError={rows !== null && errorText ? t('panel.refreshFailed') : null}
      actions={actions}
    >
      {body}
    </PanelFrame>
  );
}

function ProvincesTable({ kpi, options, unitCode }: BodyProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const result = useProvinceRanking(kpi, kpi.id, unitCode, null);
  const view = result.view;
  const title = view?.periodText ? `${kpi.name[lang]} — ${view.periodText}` : kpi.name[lang];
  const errorText = result.firstError ? describeError(result.firstError, t) : null;
  const sourceName = view?.source ?? getDataSource(kpi.sourceId)?.name[lang] ?? kpi.sourceId;

  let body;
  let actions: ReactNode = null;
  if (view === null) {
    body =
      errorText && !result.pending ? (
        <PanelError message={errorText} onRetry={result.retry} />
      ) : (
        <PanelLoading />
      );
  } else if (view.rankedCount === 0) {
    body = <PanelEmpty />;
  } else {
    const file = safeFileName(kpi.id, 'tinh', view.periodText ?? '');
    actions = <PanelActions csv={{ filename: `${file}.csv`, build: () => rankingCsv(view, t) }} />;
    body = (
      <>
        {view.failedCount > 0 && (
          <ChartCaption>
            {t('panels.ranking.partial', { count: view.failedCount, total: result.unitCount })}
          </ChartCaption>
        )}
        <RankingTable rows={view.rows} caption={title} pageSize={options.pageSize} />
      </>
    );
  }
  return (
    <PanelFrame
      title={title}
      source={{ name: sourceName, asOf: view?.asOf ?? null }}
      refreshError={view !== null && result.refreshFailed ? t('panel.refreshFailed') : null}
      actions={actions}
    >
      {body}
    </PanelFrame>
  );
}
