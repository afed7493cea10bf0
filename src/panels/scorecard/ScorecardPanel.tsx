import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getLegalSource } from '../../catalog/legal-sources';
import { useLanguage } from '../../i18n/use-language';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelEmpty, PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { StatusBadge } from '../../ui/StatusBadge';
import { useNow } from '../../ui/use-now';
import { describeError } from '../common/describe-error';
import { PanelActions } from '../common/PanelActions';
import { scorecardKpis, type ScorecardOptions } from './definition';
import { scorecardCsv, scorecardSummary, toScorecardRows } from './transform';
import { ScorecardTable } from './ScorecardTable';
import { useKpiSeriesSet } from './use-kpi-series';
import styles from './ScorecardPanel.module.css';

interface Props {
  options: ScorecardOptions;
  unitCode: string;
  period?: string | undefined;
}

/** The unit against its 2025/2030 targets: one line per KPI and target year, problems first. */
export function ScorecardPanel({ options, unitCode, period }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const now = useNow(60_000);
  const kpis = useMemo(() => scorecardKpis(options), [options]);
  const series = useKpiSeriesSet(kpis, unitCode);
  const rows = useMemo(
    () =>
      toScorecardRows(series.loaded, {
        lang,
        t,
        legalSource: getLegalSource,
        nowMs: now,
        period,
      }),
    [series.loaded, lang, t, now, period],
  );
  const title = t('briefing.scorecard.title');
  const firstError = series.failed[0]?.error;
  const waiting = series.pending.length > 0;

  let body;
  if (kpis.length === 0) {
    body = <PanelEmpty />;
  } else if (series.loaded.length === 0 && firstError !== undefined && !waiting) {
    body = <PanelError message={describeError(firstError, t)} onRetry={series.retry} />;
  } else if (series.loaded.length === 0 || waiting) {
    // Rows appear together: sorted problems first, rows arriving KPI by KPI would jump around
    // under the reader's eyes (and count as layout shift).
    body = <PanelLoading />;
  } else {
    const summary = scorecardSummary(rows);
    body = (
      <>
        <p className={styles.summary}>{t('briefing.scorecard.summary', summary)}</p>
        {series.failed.length > 0 && (
          <p className={styles.failed} role="status">
            {t('briefing.scorecard.failedCount', {
              count: series.failed.length,
              names: series.failed.map((f) => f.kpi.shortName[lang]).join(', '),
            })}{' '}
            <button type="button" className="button" onClick={series.retry}>
              {t('panel.retry')}
            </button>
          </p>
        )}
        <ul className={styles.list} aria-label={title} tabIndex={0}>
          {rows.map((row) => (
            <li
              key={row.key}
              className={styles.row}
              data-kpi={row.kpiId}
              data-year={row.year}
              data-testid="scorecard-row"
            >
              <span className={styles.name} title={row.name}>
                {row.shortName}
              </span>
              <span className={styles.value}>
                <strong className="tabular" data-testid="scorecard-value">
                  {row.valueText}
                </strong>
                {row.periodText && <span className={styles.muted}> {row.periodText}</span>}
              </span>
              <span className={styles.target}>
                {t('kpi.target', { year: row.year })}: {row.targetText}
              </span>
              <StatusBadge tone={row.tone} label={t(`kpi.status.${row.status}`)} />
              <span className={styles.projection}>{row.projection.text}</span>
            </li>
          ))}
        </ul>
      </>
    );
  }

  const asOf = series.loaded
    .map((l) => l.observations.at(-1)?.asOfMs ?? null)
    .filter((x): x is number => x !== null)
    .sort((a, b) => b - a)[0];

  return (
    <PanelFrame
      title={title}
      type="scorecard"
      source={{
        name: t('briefing.scorecard.sources', {
          count: new Set(series.loaded.map((l) => l.kpi.sourceId)).size,
        }),
        asOf: asOf ?? null,
      }}
      refreshError={
        series.loaded.length > 0 && series.refreshFailed ? t('panel.refreshFailed') : null
      }
      table={rows.length > 0 ? <ScorecardTable rows={rows} caption={title} /> : undefined}
      actions={
        rows.length > 0 ? (
          <PanelActions
            csv={{
              filename: `scorecard-${unitCode}${period ? `-${period}` : ''}.csv`,
              build: () => scorecardCsv(rows, t),
            }}
          />
        ) : null
      }
    >
      <div className={styles.body}>{body}</div>
    </PanelFrame>
  );
}
