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
import { formatDateTime, formatNumber, formatPercent, formatPeriod } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelEmpty, PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { palettes } from '../../ui/tokens';
import { ChartCaption } from '../common/ChartBody';
import { describeError } from '../common/describe-error';
import { PanelActions } from '../common/PanelActions';
import { paginate, sortRows, type SortState } from '../common/table-model';
import { DrillLink, useDossierDrill, type DrillTarget } from '../dossier-common/drill';
import { departmentIdOf, departmentName, oneStopSourceName } from '../dossier-common/names';
import { scopeOf, scopeUnitCode } from '../dossier-common/scope';
import { useTableCollator } from '../common/DataTable';
import { TableView, type TableColumn } from '../common/TableView';
import { useDossierPeriod } from '../dossier-common/use-period';
import type { DossierBacklogOptions } from './definition';
import {
  backlogChartOption,
  backlogCsv,
  backlogSummary,
  toBacklogRows,
  type BacklogItem,
  type BacklogRow,
} from './transform';

interface Props {
  spec: DossierBacklogOptions;
  provinceCode: string;
}

const SORT_KEYS: Record<string, (r: BacklogRow) => string | number | null> = {
  name: (r) => r.name,
  received: (r) => r.received,
  processed: (r) => r.processed,
  onTime: (r) => r.onTimeShare,
  within: (r) => r.pendingWithin,
  overdue: (r) => r.pendingOverdue,
  pending: (r) => r.pending,
};

/** Pending dossiers per department (or per procedure of one department): where the backlog is. */
export function DossierBacklogPanel({ spec, provinceCode }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const themeName = useThemeName();
  const drill = useDossierDrill();
  const [chart, setChart] = useState<ChartHandle | null>(null);
  const [sort, setSort] = useState<SortState | null>(null);
  const [page, setPage] = useState(1);
  const scope = scopeOf(provinceCode, spec);
  const byProcedure = scope.departmentId !== null;
  const {
    period,
    error: periodError,
    retry: retryPeriod,
  } = useDossierPeriod(provinceCode, spec.period);
  const units = useQuery(dossierQueries.units(provinceCode));
  const departments = useQuery({
    ...dossierQueries.breakdown(provinceCode, period ?? '', 'department'),
    enabled: period !== null && !byProcedure,
  });
  const procedures = useQuery({
    ...dossierQueries.procedures(scopeUnitCode(scope), period ?? ''),
    enabled: period !== null && byProcedure,
  });
  const query = byProcedure ? procedures : departments;

  const items = useMemo((): BacklogItem[] | null => {
    if (byProcedure) {
      return (
        procedures.data?.map((p) => ({
          key: p.procedureCode,
          name: p.procedureName,
          shortName: `${p.procedureCode} · ${p.procedureName}`,
          stats: p,
        })) ?? null
      );
    }
    return (
      departments.data?.map((s) => {
        const id = departmentIdOf(s.unitCode) ?? s.unitCode;
        return {
          key: id,
          name: departmentName(id, lang, units.data),
          shortName: departmentName(id, lang, units.data, true),
          stats: s,
        };
      }) ?? null
    );
  }, [byProcedure, procedures.data, departments.data, units.data, lang]);
  const rows = useMemo(() => (items ? toBacklogRows(items) : null), [items]);
  const option = useMemo(
    () =>
      rows
        ? backlogChartOption(rows, {
            lang,
            t,
            palette: palettes[themeName],
            animate: chartAnimation(themeName),
          })
        : null,
    [rows, lang, t, themeName],
  );
  const collator = useTableCollator();

  const periodText = period ? formatPeriod(period, lang) : '…';
  const deptName = scope.departmentId ? departmentName(scope.departmentId, lang, units.data) : '';
  const title = byProcedure
    ? t('dossiers.backlog.titleProcedures', { department: deptName, period: periodText })
    : t('dossiers.backlog.titleDepartments', { period: periodText });
  const failure = query.error ?? periodError;
  const errorText = failure ? describeError(failure, t) : null;
  const asOfMs = rows?.reduce((m, r) => Math.max(m, r.asOfMs), 0) ?? null;
  const nameHeader = byProcedure
    ? t('dossiers.columns.procedure')
    : t('dossiers.columns.department');

  const linkOf = (r: BacklogRow): DrillTarget | null => {
    if (!drill) return null;
    return scope.departmentId === null
      ? drill.toDepartment(r.key)
      : drill.toProcedure(scope.departmentId, r.key);
  };
  const n = (v: number) => formatNumber(v, lang);
  const columns: TableColumn<BacklogRow>[] = [
    {
      id: 'name',
      header: nameHeader,
      text: (r) => r.name,
      cell: (r) => {
        const target = linkOf(r);
        return target ? <DrillLink target={target}>{r.name}</DrillLink> : r.name;
      },
      sortable: true,
      rowHeader: true,
    },
    {
      id: 'received',
      header: t('dossiers.measures.received'),
      text: (r) => n(r.received),
      sortable: true,
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'processed',
      header: t('dossiers.measures.processed'),
      text: (r) => n(r.processed),
      sortable: true,
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'onTime',
      header: t('dossiers.measures.onTimeShareShort'),
      text: (r) => formatPercent(r.onTimeShare === null ? null : r.onTimeShare / 100, lang),
      sortable: true,
      align: 'end',
    },
    {
      id: 'within',
      header: t('dossiers.measures.pendingWithin'),
      text: (r) => n(r.pendingWithin),
      sortable: true,
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'overdue',
      header: t('dossiers.measures.pendingOverdue'),
      text: (r) => n(r.pendingOverdue),
      sortable: true,
      firstDirection: 'descending',
      align: 'end',
    },
  ];

  let body: ReactNode;
  let table: ReactNode;
  let actions: ReactNode = null;
  if (rows === null || option === null) {
    body = errorText ? (
      <PanelError
        message={errorText}
        onRetry={() => {
          retryPeriod();
          void query.refetch();
        }}
      />
    ) : (
      <PanelLoading />
    );
  } else if (rows.length === 0) {
    body = <PanelEmpty />;
  } else {
    const sortKey = sort ? SORT_KEYS[sort.columnId] : undefined;
    const sorted = sort && sortKey ? sortRows(rows, sortKey, sort.direction, collator) : rows;
    const summary = backlogSummary(rows, t, lang);
    const file = safeFileName('ho-so-dang-giai-quyet', scopeUnitCode(scope), period ?? '');
    actions = (
      <PanelActions
        csv={{
          filename: `${file}.csv`,
          build: () => backlogCsv(rows, nameHeader, period ?? '', t),
        }}
        png={{
          filename: `${file}.png`,
          handle: chart,
          caption: () => ({
            title,
            footer: [
              `${t('panel.source')}: ${oneStopSourceName(lang)}`,
              ...(asOfMs ? [`${t('panel.asOf')}: ${formatDateTime(asOfMs, lang)}`] : []),
            ],
          }),
        }}
      />
    );
    body = (
      <>
        {drill && <ChartCaption>{t('dossiers.backlog.drillHint')}</ChartCaption>}
        <LazyChart
          option={option}
          label={summary}
          onReady={setChart}
          height={`calc(${rows.length} * 2em + 4em)`}
        />
      </>
    );
    table = (
      <TableView
        caption={title}
        columns={columns}
        page={paginate(sorted, page, 20)}
        sort={sort}
        onSort={(next) => {
          setSort(next);
          setPage(1);
        }}
        onPage={setPage}
        rowKey={(r) => r.key}
      />
    );
  }

  return (
    <PanelFrame
      title={title}
      type="dossier-backlog"
      source={{ name: oneStopSourceName(lang), asOf: asOfMs }}
      refreshError={rows !== null && errorText ? t('panel.refreshFailed') : null}
      table={table}
      actions={actions}
    >
      {body}
    </PanelFrame>
  );
}
