import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getKpi } from '../../catalog/kpis/registry';
import { getLegalSource } from '../../catalog/legal-sources';
import { getDataSource } from '../../catalog/sources';
import { kpiQueries } from '../../data/queries/kpi';
import { formatDateTime, formatPeriod } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelEmpty, PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { StatusBadge, type StatusTone } from '../../ui/StatusBadge';
import { useNow } from '../../ui/use-now';
import { describeError } from '../common/describe-error';
import { formatKpiValue } from '../common/kpi-format';
import {
  toKpiTileView,
  type CompareMode,
  type KpiTileView,
  type TileDelta,
  type TileStatus,
} from './transform';
import { KpiTileTable } from './KpiTileTable';
import { Sparkline } from './Sparkline';
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
  /** "YYYY-MM" from the desk filters; absent = the latest available */
  period?: string | undefined;
  compare?: CompareMode | undefined;
}

const ARROW = { up: '▲', down: '▼', flat: '■' } as const;

function DeltaText({
  delta,
  label,
  primary,
}: {
  delta: TileDelta;
  label: string;
  primary: boolean;
}) {
  return (
    <span
      className={styles.delta}
      data-primary={String(primary)}
      data-favourable={delta.favourable === null ? 'neutral' : String(delta.favourable)}
    >
      <span aria-hidden="true">{ARROW[delta.direction]}</span> {delta.text} {label}
    </span>
  );
}

/** The two comparisons, the one chosen in the URL first. */
function Deltas({ view }: { view: KpiTileView }) {
  const { t } = useTranslation();
  const items = [
    { mode: 'prev' as const, delta: view.delta, label: t('kpi.vsPrevious') },
    { mode: 'yoy' as const, delta: view.deltaYoy, label: t('briefing.tile.vsLastYear') },
  ].sort((a, b) => Number(b.mode === view.compare) - Number(a.mode === view.compare));
  return (
    <>
      {items.map(({ mode, delta, label }) =>
        delta ? (
          <DeltaText key={mode} delta={delta} label={label} primary={mode === view.compare} />
        ) : null,
      )}
    </>
  );
}

/** One KPI for one unit: the latest value (or the chosen month's) against its official target. */
export function KpiTile({ kpiId, unitCode, period, compare }: Props) {
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
  const view = query.data
    ? toKpiTileView(kpi, query.data, lang, getLegalSource, now, 'province', {
        ...(period === undefined ? {} : { period }),
        ...(compare === undefined ? {} : { compare }),
      })
    : null;
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
    const first = view.spark[0];
    const last = view.spark.at(-1);
    const sparkLabel =
      first && last
        ? t('briefing.tile.sparkline', {
            count: view.spark.length,
            from: formatPeriod(first.period, lang),
            fromValue: formatKpiValue(first.value, kpi, lang),
            to: formatPeriod(last.period, lang),
            toValue: formatKpiValue(last.value, kpi, lang),
          })
        : '';
    body = (
      <div className={styles.tile}>
        <div className={styles.headline}>
          <p className={styles.value}>
            <span data-testid="kpi-value" className="tabular">
              {view.valueText}
            </span>
            {view.periodText && (
              <span className={styles.period} data-testid="kpi-period">
                {view.periodText}
              </span>
            )}
          </p>
          {view.spark.length >= 2 && (
            <Sparkline values={view.spark.map((p) => p.value)} label={sparkLabel} />
          )}
        </div>
        {view.staleMarker && (
          <p className={styles.stale} data-testid="kpi-stale" data-state={view.staleMarker.state}>
            <span aria-hidden="true" className={styles.staleIcon}>
              ⏱
            </span>
            {t(`briefing.tile.${view.staleMarker.state}`, {
              since:
                view.staleMarker.sinceMs === null
                  ? '—'
                  : formatDateTime(view.staleMarker.sinceMs, lang),
            })}
          </p>
        )}
        {view.historical && <p className={styles.historical}>{t('briefing.tile.historical')}</p>}
        <p className={styles.statusLine}>
          <StatusBadge tone={STATUS_TONE[view.status]} label={t(`kpi.status.${view.status}`)} />
          <Deltas view={view} />
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
      {/* The body keeps the loaded tile's height while loading: nothing shifts when data arrives. */}
      <div className={styles.body}>{body}</div>
    </PanelFrame>
  );
}
