import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { getKpi } from '../../catalog/kpis/registry';
import { getDataSource } from '../../catalog/sources';
import {
  chartAnimation,
  LazyChart,
  safeFileName,
  useThemeName,
  type ChartHandle,
} from '../../charts';
import {
  indexOfKpi,
  indexScoreQueries,
  latestIndexPeriod,
  type IndexKpiId,
} from '../../data/queries/index-scores';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelEmpty, PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { palettes } from '../../ui/tokens';
import { ChartCaption } from '../common/ChartBody';
import { describeError } from '../common/describe-error';
import { PanelActions } from '../common/PanelActions';
import { RankingTable } from '../ranking-bar/RankingTable';
import { rankingChartOption, rankingCsv } from '../ranking-bar/transform';
import { toIndexRankingView } from './transform';

interface Props {
  kpiId: IndexKpiId;
  unitCode: string;
}

/** An index (766 or DTI) across the 34 provinces for its latest period, own province marked. */
export function IndexRankingPanel({ kpiId, unitCode }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const themeName = useThemeName();
  const [chart, setChart] = useState<ChartHandle | null>(null);
  const index = indexOfKpi(kpiId);
  const kpi = getKpi(kpiId);
  const query = useQuery(indexScoreQueries.history({ index }));
  const period = query.data ? latestIndexPeriod(query.data) : null;
  const view = useMemo(() => {
    if (!kpi || !period) return null;
    const units = ADMIN_UNITS.current.map((u) => ({ code: u.code, name: u.name }));
    return toIndexRankingView({ kpi, period, units, ownCode: unitCode }, { lang, t });
  }, [kpi, period, unitCode, lang, t]);
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

  const indexName = t(`rankings.index.${index}`);
  const baseTitle = t('rankings.ranking.title', { index: indexName });
  const title = view?.periodText ? `${baseTitle} — ${view.periodText}` : baseTitle;
  const sourceName =
    view?.source ?? (kpi ? (getDataSource(kpi.sourceId)?.name[lang] ?? kpi.sourceId) : '');
  const errorText = query.error ? describeError(query.error, t) : null;
  const fileBase = safeFileName(index, 'xep-hang', period?.key ?? '');

  let body;
  let table;
  let actions: ReactNode = null;
  if (!query.data || view === null || option === null) {
    body = errorText ? (
      <PanelError message={errorText} onRetry={() => void query.refetch()} />
    ) : query.data ? (
      <PanelEmpty />
    ) : (
      <PanelLoading />
    );
  } else if (view.rankedCount === 0) {
    body = <PanelEmpty />;
  } else {
    const maxTotal = period?.units[0]?.maxTotal ?? 100;
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
            <strong data-testid="own-rank">
              <span aria-hidden="true">▶ </span>
              {view.ownText}
            </strong>
          </ChartCaption>
        )}
        {period?.reportedOn === 'former' && (
          <ChartCaption>
            {t('rankings.ranking.aggregated', { period: view.periodText ?? '' })}
          </ChartCaption>
        )}
        {period?.rankBasis === 'recomputed' && period.reportedOn === 'current' && (
          <ChartCaption>{t('rankings.ranking.recomputed')}</ChartCaption>
        )}
        <ChartCaption>
          {t('rankings.ranking.scale', { max: formatNumber(maxTotal, lang) })}
        </ChartCaption>
      </>
    );
    body = (
      <>
        {notes}
        <LazyChart
          option={option}
          label={view.summary}
          onReady={setChart}
          height={`calc(${view.bars.length} * 2.1em + 3em)`}
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
      type="index-ranking"
      source={{ name: sourceName, asOf: view?.asOf ?? null }}
      refreshError={query.data && errorText ? t('panel.refreshFailed') : null}
      table={table}
      actions={actions}
    >
      {body}
    </PanelFrame>
  );
}
