import { useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  chartAnimation,
  LazyChart,
  safeFileName,
  useThemeName,
  type ChartHandle,
} from '../../charts';
import { dossierQueries } from '../../data/queries/dossiers';
import { formatDateTime, formatNumber, formatPercent } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelEmpty, PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { palettes } from '../../ui/tokens';
import { DataTable, type DataColumn } from '../common/DataTable';
import { describeError } from '../common/describe-error';
import { PanelActions } from '../common/PanelActions';
import { oneStopSourceName, scopeName } from '../dossier-common/names';
import { scopeUnitCode } from '../dossier-common/scope';
import type { DossierFlowOptions } from './definition';
import { flowChartOption, flowCsv, flowSummary, toFlowRows, type FlowRow } from './transform';

interface Props {
  spec: DossierFlowOptions;
  provinceCode: string;
}

/** Dossiers received vs processed each month, and the share processed early or on time. */
export function DossierFlowPanel({ spec, provinceCode }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const themeName = useThemeName();
  const [chart, setChart] = useState<ChartHandle | null>(null);
  // A procedure's scope shows its department's flow (see the definition).
  const scope = { provinceCode, departmentId: spec.department ?? null, procedureCode: null };
  const unitCode = scopeUnitCode(scope);
  const query = useQuery(dossierQueries.monthly(unitCode));
  const units = useQuery(dossierQueries.units(provinceCode));
  const rows = useMemo(
    () =>
      query.data ? toFlowRows(query.data, spec.period ?? null, spec.months ?? 12, lang) : null,
    [query.data, spec.period, spec.months, lang],
  );
  const option = useMemo(
    () =>
      rows
        ? flowChartOption(rows, {
            lang,
            t,
            palette: palettes[themeName],
            animate: chartAnimation(themeName),
          })
        : null,
    [rows, lang, t, themeName],
  );
  const title = t('dossiers.flow.title', {
    scope: scopeName(scope, lang, units.data, t('dossiers.scope.province')),
  });
  const errorText = query.error ? describeError(query.error, t) : null;
  const latest = rows?.at(-1);

  const n = (v: number) => formatNumber(v, lang);
  const columns: DataColumn<FlowRow>[] = [
    {
      id: 'period',
      header: t('dossiers.columns.period'),
      text: (r) => r.periodText,
      sortValue: (r) => r.key,
      firstDirection: 'descending',
      rowHeader: true,
    },
    {
      id: 'received',
      header: t('dossiers.measures.received'),
      text: (r) => n(r.received),
      sortValue: (r) => r.received,
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'processed',
      header: t('dossiers.measures.processed'),
      text: (r) => n(r.processed),
      sortValue: (r) => r.processed,
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'early',
      header: t('dossiers.measures.early'),
      text: (r) => n(r.early),
      sortValue: (r) => r.early,
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'onTime',
      header: t('dossiers.measures.onTime'),
      text: (r) => n(r.onTime),
      sortValue: (r) => r.onTime,
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'late',
      header: t('dossiers.measures.late'),
      text: (r) => n(r.late),
      sortValue: (r) => r.late,
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'share',
      header: t('dossiers.measures.onTimeShareShort'),
      text: (r) => formatPercent(r.onTimeShare === null ? null : r.onTimeShare / 100, lang),
      sortValue: (r) => r.onTimeShare,
      firstDirection: 'descending',
      align: 'end',
    },
  ];

  let body: ReactNode;
  let table: ReactNode;
  let actions: ReactNode = null;
  if (rows === null || option === null) {
    body = errorText ? (
      <PanelError message={errorText} onRetry={() => void query.refetch()} />
    ) : (
      <PanelLoading />
    );
  } else if (rows.length === 0) {
    body = <PanelEmpty />;
  } else {
    const summary = flowSummary(rows, t, lang);
    const file = safeFileName('ho-so-tiep-nhan-giai-quyet', unitCode, latest?.key ?? '');
    actions = (
      <PanelActions
        csv={{ filename: `${file}.csv`, build: () => flowCsv(rows, unitCode, t) }}
        png={{
          filename: `${file}.png`,
          handle: chart,
          caption: () => ({
            title,
            footer: [
              summary,
              `${t('panel.source')}: ${oneStopSourceName(lang)}`,
              ...(latest ? [`${t('panel.asOf')}: ${formatDateTime(latest.asOfMs, lang)}`] : []),
            ],
          }),
        }}
      />
    );
    body = <LazyChart option={option} label={summary} onReady={setChart} height="16rem" />;
    table = (
      <DataTable
        caption={title}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.key}
        pageSize={12}
        initialSort={{ columnId: 'period', direction: 'descending' }}
      />
    );
  }

  return (
    <PanelFrame
      title={title}
      type="dossier-flow"
      source={{ name: oneStopSourceName(lang), asOf: latest?.asOfMs ?? null }}
      refreshError={rows !== null && errorText ? t('panel.refreshFailed') : null}
      table={table}
      actions={actions}
    >
      {body}
    </PanelFrame>
  );
}
