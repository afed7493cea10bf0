import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getKpi } from '../../catalog/kpis/registry';
import { getLegalSource } from '../../catalog/legal-sources';
import { getDataSource } from '../../catalog/sources';
import { kpiQueries } from '../../data/queries/kpi';
import { useLanguage } from '../../i18n/use-language';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelEmpty, PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { StatusBadge, type StatusTone } from '../../ui/StatusBadge';
import { useNow } from '../../ui/use-now';
import { describeError } from '../common/describe-error';
import { toKpiTileView, type TileStatus } from './transform';
import { KpiTileTable } from './KpiTileTable';
import styles from './KpiTile.module.css';

const STATUS_TONE: Record<TileStatus, StatusTone> = {
  'on-track': 'good',
  achieved: 'good',
  'at-risk': 'warning',
  'off-track': 'bad',
  missed: 'bad',
  stale: 'warning',
  'no-data': 'neutral',
  'no-target': 'neutral',
};

interface Props {
  kpiId: string;
  unitCode: string;
}

/** One KPI for one unit: the latest value against its official target. */
export function KpiTile({ kpiId, unitCode }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const now = useNow();
  const kpi = getKpi(kpiId);
  const query = useQuery({
    ...kpiQueries.series({ indicatorId: kpiId, unitCode }),
    enabled: kpi !== undefined,
  });

  if (!kpi) {
    // A scene definition naming an unknown KPI is a programming error: say so on the panel.
    return (
      <PanelFrame title={kpiId}>
        <PanelError message={`Unknown KPI "${kpiId}"`} />
      </PanelFrame>
    );
  }

  const sourceName = getDataSource(kpi.sourceId)?.name[lang] ?? kpi.sourceId;
  const view = query.data ? toKpiTileView(kpi, query.data, lang, getLegalSource, now) : null;
  const errorText = query.error ? describeError(query.error, t) : null;

  let body;
  if (view === null) {
    body = errorText ? (
      <PanelError message={errorText} onRetry={() => void query.refetch()} />
    ) : (
      <PanelLoading />
    );
  } else if (view.rows.length === 0) {
    body = <PanelEmpty />;
  } else {
    body = (
      <div className={styles.tile}>
        <p className={styles.value}>
          <span data-testid="kpi-value" className="tabular">
            {view.valueText}
          </span>
          {view.periodText && <span className={styles.period}>{view.periodText}</span>}
        </p>
        <p className={styles.statusLine}>
          <StatusBadge tone={STATUS_TONE[view.status]} label={t(`kpi.status.${view.status}`)} />
          {view.delta && (
            <span
              className={styles.delta}
              data-favourable={
                view.delta.favourable === null ? 'neutral' : String(view.delta.favourable)
              }
            >
              <span aria-hidden="true">
                {view.delta.direction === 'up' ? '▲' : view.delta.direction === 'down' ? '▼' : '■'}
              </span>{' '}
              {view.delta.text} {t('kpi.vsPrevious')}
            </span>
          )}
        </p>
        {view.targets.map((target) => (
          <p key={`${String(target.year)}-${target.text}`} className={styles.target}>
            {t('kpi.target', { year: target.year })}: <strong>{target.text}</strong>{' '}
            <span className={styles.legal}>
              ({t('kpi.legalSource')}: {target.sources.join(', ')})
            </span>
            {target.verdict && <span className={styles.verdict}> — {target.verdict}</span>}
          </p>
        ))}
      </div>
    );
  }

  return (
    <PanelFrame
      title={kpi.name[lang]}
      type="kpi-tile"
      source={{
        name: view?.source ?? sourceName,
        asOf: view?.asOf ?? null,
        ...(view ? { freshness: view.freshness } : {}),
      }}
      refreshError={view !== null && errorText ? t('panel.refreshFailed') : null}
      table={view ? <KpiTileTable rows={view.rows} caption={kpi.name[lang]} /> : undefined}
    >
      {body}
    </PanelFrame>
  );
}
