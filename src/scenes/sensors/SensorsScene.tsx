import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sensorQueries } from '../../data/queries/sensors';
import { useSensorFeed } from '../../data/queries/sensors-live';
import type { SceneProps } from '../../panels/scene';
import { PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { StatusBadge, type StatusTone } from '../../ui/StatusBadge';
import { useNow } from '../../ui/use-now';
import { SENSORS_PANELS } from './definition';
import { sensorFailureText } from './failure-text';
import type { StationView } from './model';
import { NetworkHealth } from './NetworkHealth';
import { DEFAULT_REFRESH_SECONDS, searchSchema } from './search';
import { StationDetail } from './StationDetail';
import { StationList } from './StationList';
import { StationMap } from './StationMap';
import { createViewCache } from './view-cache';
import styles from './Sensors.module.css';
import type { FeedState } from '../../data/sensorthings/feed';

const LIVE_TONE: Record<FeedState, StatusTone> = {
  connecting: 'neutral',
  live: 'good',
  reconnecting: 'warning',
  failed: 'bad',
};

/**
 * The scene's sections, laid out from SENSORS_PANELS. Memoised: a status-only update (a poll that
 * brought nothing new) re-renders the status line, not the map, list and health sections.
 */
const SensorSections = memo(function SensorSections({
  views,
  theme,
  unitCode,
  selectedId,
  onSelect,
  nowMs,
}: {
  views: readonly StationView[];
  theme: SceneProps['theme'];
  unitCode: string;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  nowMs: number;
}) {
  const selected = views.find((v) => v.station.id === selectedId) ?? null;
  const sections = {
    map: (
      <StationMap
        views={views}
        theme={theme}
        unitCode={unitCode}
        selected={selected}
        onSelect={onSelect}
      />
    ),
    detail:
      selectedId === null ? null : (
        <StationDetail
          view={selected}
          stationId={selectedId}
          unitCode={unitCode}
          onClose={() => {
            onSelect(null);
          }}
        />
      ),
    list: <StationList views={views} selectedId={selectedId} onSelect={onSelect} />,
    health: <NetworkHealth views={views} nowMs={nowMs} />,
  };
  return (
    <div className={styles.grid}>
      {SENSORS_PANELS.map(({ id, wide }) =>
        sections[id] === null ? null : (
          <div key={id} className={wide ? styles.wide : undefined} data-section={id}>
            {sections[id]}
          </div>
        ),
      )}
    </div>
  );
});

/** Cảm biến đô thị: the province's sensor network, live, with a station drill-down. */
export function SensorsScene({ unitCode, theme }: SceneProps) {
  const { t } = useTranslation();
  // Read as unknown and re-validated: the scene never trusts the URL's shape (a bad link falls back).
  const raw: unknown = useSearch({ from: '/desk/sensors' });
  const parsed = searchSchema.safeParse(raw);
  const stationParam = parsed.success ? parsed.data.station : undefined;
  const refreshParam = parsed.success ? parsed.data.refresh : undefined;
  const navigate = useNavigate();
  const refreshSeconds = refreshParam ?? DEFAULT_REFRESH_SECONDS;
  const stations = useQuery(sensorQueries.stations(unitCode));
  const feed = useSensorFeed(stations.data, refreshSeconds * 1000);
  const now = useNow(15_000);
  // Deferred: the feed's store update renders synchronously (useSyncExternalStore), so the status
  // line commits at once, while the stations re-render in a lower-priority pass that React
  // time-slices (yielding to the browser every few ms) instead of one long task (issue #8).
  const latest = useDeferredValue(feed?.latest ?? stations.data?.latest);
  // Incremental: only stations whose observations changed get a new view (view-cache.ts).
  const [viewCache] = useState(createViewCache);
  const views = useMemo(
    () => (stations.data && latest ? viewCache.update(stations.data.stations, latest, now) : []),
    [viewCache, stations.data, latest, now],
  );
  const selectedId = stationParam ?? null;
  const select = useCallback(
    (id: string | null) => {
      void navigate({
        to: '.',
        search: (prev: Record<string, unknown>) => ({ ...prev, station: id ?? undefined }),
      });
    },
    [navigate],
  );

  let body;
  if (stations.isPending) body = <PanelLoading />;
  else if (stations.isError)
    body = (
      <PanelError
        message={sensorFailureText(stations.error, t)}
        onRetry={() => void stations.refetch()}
      />
    );
  else if (views.length === 0) body = <p role="status">{t('sensors.empty')}</p>;
  else
    body = (
      <SensorSections
        views={views}
        theme={theme}
        unitCode={unitCode}
        selectedId={selectedId}
        onSelect={select}
        nowMs={now}
      />
    );

  const status = feed?.status;
  return (
    <section aria-labelledby="sensors-title">
      <h1 id="sensors-title" className={styles.title}>
        {t('sensors.title')}
      </h1>
      <p className={styles.intro}>{t('sensors.intro')}</p>
      {status && (
        <div className={styles.live} role="status" data-refreshes={status.refreshes}>
          <span>
            {status.transport === 'mqtt'
              ? t('sensors.live.mqtt')
              : t('sensors.live.polling', { seconds: refreshSeconds })}
          </span>
          <StatusBadge tone={LIVE_TONE[status.state]} label={t(`sensors.live.${status.state}`)} />
          {status.error && status.state !== 'live' && (
            <span>{sensorFailureText(status.error, t)}</span>
          )}
        </div>
      )}
      {stations.data && stations.data.issues.length > 0 && (
        <ul className={styles.notes}>
          {stations.data.issues.map((issue) => (
            <li key={issue.kind}>
              {issue.kind === 'truncated'
                ? t('sensors.issues.truncated', { pages: issue.pages })
                : t(`sensors.issues.${issue.kind}`, { count: issue.count })}
            </li>
          ))}
        </ul>
      )}
      {body}
    </section>
  );
}
