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
import { toVnIsoString } from '../../domain/time/zone';
import { formatDateTime, formatNumber, formatPercent } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { palettes } from '../../ui/tokens';
import { ChartCaption } from '../common/ChartBody';
import { DataTable, type DataColumn } from '../common/DataTable';
import { describeError } from '../common/describe-error';
import { PanelActions } from '../common/PanelActions';
import { oneStopSourceName, scopeName } from '../dossier-common/names';
import { scopeOf, scopeUnitCode } from '../dossier-common/scope';
import { filterLate } from '../late-dossiers/transform';
import { DEFAULT_AGING_BOUNDS, type AgingBucketsOptions } from './definition';
import {
  agingBuckets,
  agingChartOption,
  agingCsv,
  agingSummary,
  bucketLabel,
  type AgingBucket,
} from './transform';

interface Props {
  spec: AgingBucketsOptions;
  provinceCode: string;
}

/** How long the overdue pending dossiers have been waiting past their deadline. */
export function AgingBucketsPanel({ spec, provinceCode }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const themeName = useThemeName();
  const [chart, setChart] = useState<ChartHandle | null>(null);
  const scope = scopeOf(provinceCode, spec);
  const unitCode = scopeUnitCode(scope);
  // From the props, not the scope object, so that the compiler can keep the memoization.
  const procedureCode = spec.department === undefined ? null : (spec.procedure ?? null);
  const query = useQuery(dossierQueries.late(unitCode));
  const units = useQuery(dossierQueries.units(provinceCode));
  const dossiers = useMemo(
    () => (query.data ? filterLate(query.data.dossiers, procedureCode) : null),
    [query.data, procedureCode],
  );
  const buckets = useMemo(
    () => (dossiers ? agingBuckets(dossiers, spec.bounds ?? DEFAULT_AGING_BOUNDS) : null),
    [dossiers, spec.bounds],
  );
  const option = useMemo(
    () =>
      buckets
        ? agingChartOption(buckets, {
            lang,
            t,
            palette: palettes[themeName],
            animate: chartAnimation(themeName),
          })
        : null,
    [buckets, lang, t, themeName],
  );

  const title = t('dossiers.aging.title', {
    scope: scopeName(
      scope,
      lang,
      units.data,
      t('dossiers.scope.province'),
      dossiers?.[0]?.procedureName,
    ),
  });
  const errorText = query.error ? describeError(query.error, t) : null;
  const asOfMs = query.data?.asOfMs ?? null;

  const columns: DataColumn<AgingBucket>[] = [
    {
      id: 'bucket',
      header: t('dossiers.columns.bucket'),
      text: (b) => bucketLabel(b, t),
      sortValue: (b) => b.from,
      rowHeader: true,
    },
    {
      id: 'count',
      header: t('dossiers.columns.count'),
      text: (b) => formatNumber(b.count, lang),
      sortValue: (b) => b.count,
      firstDirection: 'descending',
      align: 'end',
    },
    {
      id: 'share',
      header: t('dossiers.columns.share'),
      text: (b) => formatPercent(b.share, lang),
      sortValue: (b) => b.share,
      firstDirection: 'descending',
      align: 'end',
    },
  ];

  let body: ReactNode;
  let table: ReactNode;
  let actions: ReactNode = null;
  if (buckets === null || option === null || asOfMs === null) {
    body = errorText ? (
      <PanelError message={errorText} onRetry={() => void query.refetch()} />
    ) : (
      <PanelLoading />
    );
  } else {
    const summary = agingSummary(buckets, t, lang);
    const file = safeFileName('ho-so-qua-han-theo-so-ngay', unitCode, scope.procedureCode ?? '');
    actions = (
      <PanelActions
        csv={{
          filename: `${file}.csv`,
          build: () => agingCsv(buckets, unitCode, toVnIsoString(asOfMs), t),
        }}
        png={{
          filename: `${file}.png`,
          handle: chart,
          caption: () => ({
            title,
            footer: [
              summary,
              `${t('panel.source')}: ${oneStopSourceName(lang)}`,
              `${t('panel.asOf')}: ${formatDateTime(asOfMs, lang)}`,
            ],
          }),
        }}
      />
    );
    const notes = (
      <ChartCaption>
        <strong>{summary}</strong> {t('dossiers.aging.snapshot')}
      </ChartCaption>
    );
    body = (
      <>
        {notes}
        <LazyChart option={option} label={summary} onReady={setChart} height="14rem" />
      </>
    );
    table = (
      <>
        {notes}
        <DataTable
          caption={title}
          columns={columns}
          rows={buckets}
          rowKey={(b) => String(b.from)}
        />
      </>
    );
  }

  return (
    <PanelFrame
      title={title}
      type="aging-buckets"
      source={{ name: oneStopSourceName(lang), asOf: asOfMs }}
      refreshError={query.data !== undefined && errorText ? t('panel.refreshFailed') : null}
      table={table}
      actions={actions}
    >
      {body}
    </PanelFrame>
  );
}
