import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getKpi } from '../../catalog/kpis/registry';
import { getDataSource } from '../../catalog/sources';
import {
  chartAnimation,
  LazyChart,
  safeFileName,
  useThemeName,
  type ChartHandle,
} from '../../charts';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelEmpty, PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { palettes } from '../../ui/tokens';
import { ChartCaption } from '../common/ChartBody';
import { describeError } from '../common/describe-error';
import { PanelActions } from '../common/PanelActions';
import type { ResolvedRankingBarOptions } from './definition';
import { RankingTable } from './RankingTable';
import { rankingChartOption, rankingCsv } from './transform';
import { useBreakdownRanking } from './use-breakdown';
import { useProvinceRanking } from './use-ranking';

interface Props {
  options: ResolvedRankingBarOptions;
  unitCode: string;
}

/** One KPI across the 34 provinces, best first, the user's own province marked. */
export function RankingBarPanel({ options, unitCode }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const themeName = useThemeName();
  const [chart, setChart] = useState<ChartHandle | null>(null);
  const kpi = getKpi(options.kpiId);
  const breakdown = options.breakdown;
  const provinces = useProvinceRanking(
    kpi,
    options.kpiId,
    unitCode,
    options.limit,
    breakdown === undefined,
  );
  const units = useBreakdownRanking(kpi, options.kpiId, unitCode, breakdown, options.limit);
  const result = breakdown === undefined ? provinces : units;
  const view = result.view;
  const option = useMemo(
    () =>
      view
        ? rankingChartOption(view, {
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

  const name = breakdown
    ? `${kpi.name[lang]} ${t(`publicServices.breakdown.${breakdown}`)}`
    : kpi.name[lang];
  const title = view?.periodText ? `${name} — ${view.periodText}` : name;
  const sourceName = view?.source ?? getDataSource(kpi.sourceId)?.name[lang] ?? kpi.sourceId;
  const errorText = result.firstError ? describeError(result.firstError, t) : null;
  const fileBase = safeFileName(kpi.id, 'xep-hang', view?.period ? (view.periodText ?? '') : '');

  let body;
  let table;
  let actions: ReactNode = null;
  if (view === null || option === null) {
    body =
      errorText && !result.pending ? (
        <PanelError message={errorText} onRetry={result.retry} />
      ) : (
        <PanelLoading />
      );
  } else if (view.rankedCount === 0) {
    body = <PanelEmpty />;
  } else {
    actions = (
      <PanelActions
        csv={{ filename: `${fileBase}.csv`, build: () => rankingCsv(view, t) }}
        png={{
          filename: `${fileBase}.png`,
          handle: chart,
          caption: () => ({
            title,
            footer: [
              ...(view.ownText ? [view.ownText] : []),
              ...(view.reference ? [view.reference.text] : []),
              `${t('panel.source')}: ${sourceName}`,
              ...(view.asOf ? [`${t('panel.asOf')}: ${formatDateTime(view.asOf, lang)}`] : []),
            ],
          }),
        }}
      />
    );
    const notes = (
      <>
        {view.ownText && (
          <ChartCaption>
            <strong>
              <span aria-hidden="true">▶ </span>
              {view.ownText}
            </strong>
          </ChartCaption>
        )}
        {view.reference && (
          <ChartCaption>
            <strong>
              <span aria-hidden="true">┃ </span>
              {view.reference.text}
            </strong>
          </ChartCaption>
        )}
        {view.hiddenCount > 0 && (
          <ChartCaption>{t('panels.ranking.moreHidden', { count: view.hiddenCount })}</ChartCaption>
        )}
        {view.failedCount > 0 && (
          <ChartCaption>
            {t('panels.ranking.partial', { count: view.failedCount, total: result.unitCount })}
          </ChartCaption>
        )}
      </>
    );
    body = (
      <>
        {notes}
        <LazyChart
          option={option}
          label={view.summary}
          onReady={setChart}
          height={`calc(${view.bars.length} * 2.1em + ${view.target ? 4 : 3}em)`}
        />
      </>
    );
    table = (
      <>
        {notes}
        <RankingTable rows={view.rows} caption={title} />
      </>
    );
  }

  return (
    <PanelFrame
      title={title}
      source={{ name: sourceName, asOf: view?.asOf ?? null }}
      refreshError={view !== null && result.refreshFailed ? t('panel.refreshFailed') : null}
      table={table}
      actions={actions}
    >
      {body}
    </PanelFrame>
  );
}
