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
import { indexOfKpi, indexScoreQueries } from '../../data/queries/index-scores';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelEmpty, PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { palettes } from '../../ui/tokens';
import { ChartCaption } from '../common/ChartBody';
import { describeError } from '../common/describe-error';
import { PanelActions } from '../common/PanelActions';
import type { RankOverTimeOptions } from './definition';
import { RankOverTimeTable } from './RankOverTimeTable';
import styles from './RankOverTimePanel.module.css';
import { rankOverTimeChartOption, rankOverTimeCsv, toRankOverTimeView } from './transform';

interface Props {
  options: RankOverTimeOptions;
  unitCode: string;
}

const EMPTY: readonly string[] = [];

/** An index's rank among the 34 provinces over time: the own province and chosen peers. */
export function RankOverTimePanel({ options, unitCode }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const themeName = useThemeName();
  const [chart, setChart] = useState<ChartHandle | null>(null);
  const index = indexOfKpi(options.kpiId);
  const kpi = getKpi(options.kpiId);
  const query = useQuery(indexScoreQueries.history({ index }));
  const peers = options.peers ?? EMPTY;
  const periods = options.periods ?? null;
  const view = useMemo(
    () =>
      query.data
        ? toRankOverTimeView(
            {
              history: query.data,
              ownCode: unitCode,
              peers,
              periods,
              unitName: (code) => ADMIN_UNITS.currentByCode(code)?.name ?? code,
            },
            { lang, t },
          )
        : null,
    [query.data, unitCode, peers, periods, lang, t],
  );
  const option = useMemo(
    () =>
      view
        ? rankOverTimeChartOption(view, {
            lang,
            t,
            palette: palettes[themeName],
            animate: chartAnimation(themeName),
          })
        : null,
    [view, lang, t, themeName],
  );

  const title = t('rankings.rankOverTime.title', { index: t(`rankings.index.${index}`) });
  const sourceName =
    view?.source ?? (kpi ? (getDataSource(kpi.sourceId)?.name[lang] ?? kpi.sourceId) : '');
  const errorText = query.error ? describeError(query.error, t) : null;
  const fileBase = safeFileName(index, 'hang-qua-cac-ky', unitCode, ...peers);

  let body;
  let table;
  let actions: ReactNode = null;
  if (view === null || option === null) {
    body = errorText ? (
      <PanelError message={errorText} onRetry={() => void query.refetch()} />
    ) : (
      <PanelLoading />
    );
  } else if (view.periods.length === 0) {
    body = <PanelEmpty />;
  } else {
    actions = (
      <PanelActions
        csv={{ filename: `${fileBase}.csv`, build: () => rankOverTimeCsv(view, t) }}
        png={{
          filename: `${fileBase}.png`,
          handle: chart,
          caption: () => ({
            title,
            footer: [
              ...view.lines.map((l) => l.latestText),
              ...(view.preReform ? [t('rankings.rankOverTime.preReformNote')] : []),
              `${t('panel.source')}: ${sourceName}`,
              ...(view.asOf ? [`${t('panel.asOf')}: ${formatDateTime(view.asOf, lang)}`] : []),
            ],
          }),
        }}
      />
    );
    const notes = (
      <>
        <ul className={styles.lines} data-testid="rank-lines">
          {view.lines.map((l) => (
            <li key={l.code}>
              <ChartCaption>
                {l.role === 'own' ? <strong>▶ {l.latestText}</strong> : l.latestText}
              </ChartCaption>
            </li>
          ))}
        </ul>
        {view.preReform && <ChartCaption>{t('rankings.rankOverTime.preReformNote')}</ChartCaption>}
        {view.index === 'dti' && (
          <ChartCaption>{t('rankings.rankOverTime.scaleChanged')}</ChartCaption>
        )}
      </>
    );
    body = (
      <>
        <LazyChart option={option} label={view.summary} onReady={setChart} height="20rem" />
        {notes}
      </>
    );
    table = (
      <>
        <RankOverTimeTable view={view} caption={title} />
        {notes}
      </>
    );
  }

  return (
    <PanelFrame
      title={title}
      type="rank-over-time"
      source={{ name: sourceName, asOf: view?.asOf ?? null }}
      refreshError={view !== null && errorText ? t('panel.refreshFailed') : null}
      table={table}
      actions={actions}
    >
      {body}
    </PanelFrame>
  );
}
