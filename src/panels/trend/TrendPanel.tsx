import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { getKpi } from '../../catalog/kpis/registry';
import { getLegalSource } from '../../catalog/legal-sources';
import { getDataSource } from '../../catalog/sources';
import {
  chartAnimation,
  LazyChart,
  safeFileName,
  useThemeName,
  type ChartHandle,
} from '../../charts';
import { kpiQueries } from '../../data/queries/kpi';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelEmpty, PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { palettes } from '../../ui/tokens';
import { ChartCaption } from '../common/ChartBody';
import { describeError } from '../common/describe-error';
import { PanelActions } from '../common/PanelActions';
import type { ResolvedTrendOptions } from './definition';
import { upToPeriod } from '../kpi-tile/transform';
import { toTrendView, trendChartOption, trendCsv } from './transform';
import { TrendTable } from './TrendTable';

interface Props {
  options: ResolvedTrendOptions;
  unitCode: string;
  /** "YYYY-MM" chosen on the desk: the trend ends there; absent = the latest available */
  period?: string | undefined;
}

/** A KPI over time for one unit, against its official targets, with the pace projected. */
export function TrendPanel({ options, unitCode, period }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const themeName = useThemeName();
  const [chart, setChart] = useState<ChartHandle | null>(null);
  const kpi = getKpi(options.kpiId);
  const query = useQuery({
    ...kpiQueries.series({ indicatorId: options.kpiId, unitCode }),
    enabled: kpi !== undefined,
  });
  const unitName = ADMIN_UNITS.currentByCode(unitCode)?.name ?? unitCode;

  const view = useMemo(
    () =>
      kpi && query.data
        ? toTrendView(
            {
              kpi,
              unitCode,
              unitName,
              observations: upToPeriod(query.data, period),
              periods: options.periods,
              showTargets: options.showTargets,
              showProjection: options.showProjection,
              annotations: options.annotations,
              glidePath: options.glidePath ?? null,
            },
            { lang, t, legalSource: getLegalSource },
          )
        : null,
    [kpi, query.data, period, unitCode, unitName, options, lang, t],
  );
  const option = useMemo(
    () =>
      view
        ? trendChartOption(view, {
            lang,
            t,
            palette: palettes[themeName],
            animate: chartAnimation(themeName),
          })
        : null,
    [view, lang, t, themeName],
  );

  if (!kpi) {
    return (
      <PanelFrame title={options.kpiId}>
        <PanelError message={`Unknown KPI "${options.kpiId}"`} />
      </PanelFrame>
    );
  }

  const title = `${kpi.name[lang]} — ${unitName}`;
  const sourceName = view?.source ?? getDataSource(kpi.sourceId)?.name[lang] ?? kpi.sourceId;
  const errorText = query.error ? describeError(query.error, t) : null;
  const fileBase = safeFileName(kpi.id, unitCode, view?.points.at(-1)?.key ?? '');

  let body;
  let table;
  let actions: ReactNode = null;
  if (view === null || option === null) {
    body = errorText ? (
      <PanelError message={errorText} onRetry={() => void query.refetch()} />
    ) : (
      <PanelLoading />
    );
  } else if (view.points.length === 0) {
    body = <PanelEmpty />;
  } else {
    actions = (
      <PanelActions
        csv={{ filename: `${fileBase}.csv`, build: () => trendCsv(view, t) }}
        png={{
          filename: `${fileBase}.png`,
          handle: chart,
          caption: () => ({
            title,
            footer: [
              `${t('panel.source')}: ${sourceName}`,
              ...(view.asOf ? [`${t('panel.asOf')}: ${formatDateTime(view.asOf, lang)}`] : []),
              ...(view.projection ? [view.projection.text] : []),
            ],
          }),
        }}
      />
    );
    body = (
      <>
        <LazyChart option={option} label={view.summary} onReady={setChart} />
        {view.projection && <ChartCaption>{view.projection.text}</ChartCaption>}
        {view.glide && <ChartCaption>{view.glide.text}</ChartCaption>}
      </>
    );
    table = (
      <>
        <TrendTable points={view.points} caption={title} />
      </>
    );
  }

  return (
    <PanelFrame
      title={title}
      source={{ name: sourceName, asOf: view?.asOf ?? null }}
      refreshError={view !== null && errorText ? t('panel.refreshFailed') : null}
      table={table}
      actions={actions}
    >
      {body}
    </PanelFrame>
  );
}
