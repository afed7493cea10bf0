import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { safeFileName } from '../../charts';
import { dossierQueries } from '../../data/queries/dossiers';
import type { LateDossier } from '../../domain/dossiers/late';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { StatusBadge } from '../../ui/StatusBadge';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelEmpty, PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { ChartCaption } from '../common/ChartBody';
import { describeError } from '../common/describe-error';
import { PanelActions } from '../common/PanelActions';
import { paginate, type SortState } from '../common/table-model';
import { useDossierDrill } from '../dossier-common/drill';
import { departmentName, oneStopSourceName } from '../dossier-common/names';
import { scopeOf, scopeUnitCode } from '../dossier-common/scope';
import { useTableCollator } from '../common/DataTable';
import { TableView, type TableColumn } from '../common/TableView';
import type { LateDossiersOptions } from './definition';
import { DEFAULT_LATE_SORT, filterLate, lateCsv, sortLate } from './transform';

interface Props {
  spec: LateDossiersOptions;
  provinceCode: string;
}

/** The dossiers handled late in a scope: sortable, paged, exported whole as CSV. */
export function LateDossiersPanel({ spec, provinceCode }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const drill = useDossierDrill();
  const scope = scopeOf(provinceCode, spec);
  const unitCode = scopeUnitCode(scope);
  // From the props, not the scope object, so that the compiler can keep the memoization.
  const procedureCode = spec.department === undefined ? null : (spec.procedure ?? null);
  const query = useQuery(dossierQueries.late(unitCode));
  const units = useQuery(dossierQueries.units(provinceCode));

  // Sort and page live in the scene's URL when it offers them, else here (the wall).
  const [localSort, setLocalSort] = useState<SortState>(DEFAULT_LATE_SORT);
  const [localPage, setLocalPage] = useState(1);
  const sort = drill?.lateList ? (drill.lateList.sort ?? DEFAULT_LATE_SORT) : localSort;
  const pageNumber = drill?.lateList ? drill.lateList.page : localPage;
  const onSort = drill?.lateList ? drill.lateList.onSort : setLocalSort;
  const onPage = drill?.lateList ? drill.lateList.onPage : setLocalPage;

  const collator = useTableCollator();
  const rows = useMemo(
    () =>
      query.data ? sortLate(filterLate(query.data.dossiers, procedureCode), sort, collator) : null,
    [query.data, procedureCode, sort, collator],
  );

  const scopeName =
    scope.departmentId === null
      ? t('dossiers.scope.province')
      : [
          departmentName(scope.departmentId, lang, units.data),
          ...(scope.procedureCode === null
            ? []
            : [rows?.[0]?.procedureName ?? scope.procedureCode]),
        ].join(' › ');
  const title = t('dossiers.late.title', { scope: scopeName });
  const errorText = query.error ? describeError(query.error, t) : null;

  const columns: TableColumn<LateDossier>[] = [
    {
      id: 'dossierCode',
      header: t('dossiers.columns.dossierCode'),
      text: (d) => d.dossierCode,
      sortable: true,
      rowHeader: true,
    },
    ...(scope.procedureCode === null
      ? [
          {
            id: 'procedure',
            header: t('dossiers.columns.procedure'),
            text: (d: LateDossier) => d.procedureName,
            sortable: true,
            minWidth: '16rem',
          },
        ]
      : []),
    // Within a department every dossier is the department's own: the column would repeat it.
    ...(scope.departmentId === null
      ? [
          {
            id: 'unit',
            header: t('dossiers.columns.unit'),
            text: (d: LateDossier) => d.unitName,
            sortable: true,
          },
        ]
      : []),
    {
      id: 'receivedAt',
      header: t('dossiers.columns.receivedAt'),
      text: (d) => formatDateTime(d.receivedAtMs, lang),
      noWrap: true,
      sortable: true,
      firstDirection: 'descending',
    },
    {
      id: 'dueAt',
      header: t('dossiers.columns.dueAt'),
      text: (d) => formatDateTime(d.dueAtMs, lang),
      noWrap: true,
      sortable: true,
    },
    {
      id: 'processedAt',
      header: t('dossiers.columns.processedAt'),
      text: (d) => (d.processedAtMs === null ? '—' : formatDateTime(d.processedAtMs, lang)),
      noWrap: true,
      sortable: true,
      firstDirection: 'descending',
    },
    {
      id: 'daysLate',
      header: t('dossiers.columns.daysLate'),
      text: (d) => formatNumber(d.daysLate, lang),
      sortable: true,
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'status',
      header: t('dossiers.columns.status'),
      text: (d) => t(`dossiers.late.status.${d.status}`),
      noWrap: true,
      cell: (d) => (
        <StatusBadge
          tone={d.status === 'pending-overdue' ? 'bad' : 'warning'}
          label={t(`dossiers.late.status.${d.status}`)}
        />
      ),
      sortable: true,
    },
  ];

  let body;
  let actions = null;
  if (rows === null || query.data === undefined) {
    body = errorText ? (
      <PanelError message={errorText} onRetry={() => void query.refetch()} />
    ) : (
      <PanelLoading />
    );
  } else if (rows.length === 0) {
    body = <PanelEmpty />;
  } else {
    const page = paginate(rows, pageNumber, spec.pageSize ?? 10);
    const file = safeFileName(
      'ho-so-qua-han',
      unitCode,
      scope.procedureCode ?? '',
      formatDateTime(query.data.asOfMs, 'vi').slice(0, 10),
    );
    actions = (
      <PanelActions csv={{ filename: `${file}.csv`, build: () => lateCsv(rows, t, lang) }} />
    );
    body = (
      <>
        <ChartCaption>
          <strong>{t('dossiers.late.count', { n: formatNumber(rows.length, lang) })}</strong>.{' '}
          {t('dossiers.late.snapshot')}
          {rows.some((d) => d.synthetic) ? ` ${t('dossiers.late.synthetic')}` : ''}
        </ChartCaption>
        <TableView
          caption={title}
          columns={columns}
          page={page}
          sort={sort}
          onSort={(next) => {
            onSort(next);
            onPage(1);
          }}
          onPage={onPage}
          rowKey={(d) => d.dossierCode}
        />
      </>
    );
  }

  return (
    <PanelFrame
      title={title}
      type="late-dossiers"
      source={{ name: oneStopSourceName(lang), asOf: query.data?.asOfMs ?? null }}
      refreshError={query.data !== undefined && errorText ? t('panel.refreshFailed') : null}
      actions={actions}
    >
      {body}
    </PanelFrame>
  );
}
