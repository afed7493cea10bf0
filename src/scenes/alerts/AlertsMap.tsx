import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertView } from '../../data/alerts/alert-view';
import type { StationLocation } from '../../data/queries/alerts-locations';
import { useLanguage } from '../../i18n/use-language';
import {
  EN_MAP_MESSAGES,
  ProvinceMap,
  VI_MAP_MESSAGES,
  severityLegend,
  statusLegend,
  type FlyToTarget,
  type MapPoint,
  type MapPointLayer,
  type ProvinceMapHandle,
} from '../../map';
import type { ThemeName } from '../../ui/tokens';
import styles from './AlertsScene.module.css';

/** A quiet fill for the province: the alert points on it must stand out. */
const PROVINCE_FILL: Readonly<Record<ThemeName, string>> = { desk: '#c6dbef', wall: '#23415f' };
const SEVERITY_CLASS = { info: 0, warning: 1, critical: 2 } as const;
/** Zoom on a station: its district and the river around it. */
const STATION_ZOOM = 9;

interface Props {
  unitCode: string;
  unitName: string;
  theme: ThemeName;
  alerts: readonly AlertView[];
  locations: ReadonlyMap<string, StationLocation> | undefined;
  /** the alert to fly to (selected, or the newest one needing attention), with a move counter */
  focus: { alert: AlertView; move: number } | null;
}

/** Where a point alert is: its station, if the sensors source knows it. */
export function locationOf(
  alert: AlertView,
  locations: ReadonlyMap<string, StationLocation> | undefined,
): StationLocation | null {
  const station = alert.subject.stationId;
  return station === undefined ? null : (locations?.get(station) ?? null);
}

/**
 * The province with the open alerts as incident points (coloured by severity, named in the
 * tooltip, listed in the scene). The camera flies to the focused alert's station, or to its
 * province when the alert has no place (a late source, overdue dossiers). The wrapper exposes
 * what the map was asked to show and, once it is idle, the unit under the map's centre, for
 * the e2e test and for anyone inspecting the page.
 */
export function AlertsMap({ unitCode, unitName, theme, alerts, locations, focus }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const mapRef = useRef<ProvinceMapHandle>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [centreUnit, setCentreUnit] = useState<string>('');

  const unitLegend = useMemo(
    () =>
      statusLegend(
        t('alerts.map.unitLegend'),
        [
          {
            key: 'province',
            label: t('alerts.map.province'),
            color: PROVINCE_FILL[theme],
          },
        ],
        { label: t('alerts.map.otherUnits'), color: '#b8bec6' },
      ),
    [t, theme],
  );
  const values = useMemo(
    () => ({ [unitCode]: { value: null, status: 'province', label: unitName } }),
    [unitCode, unitName],
  );
  const points = useMemo((): MapPointLayer[] => {
    const items: MapPoint[] = [];
    for (const a of alerts) {
      if (a.state === 'resolved') continue;
      const at = locationOf(a, locations);
      if (!at) continue;
      items.push({
        id: a.id,
        lng: at.lng,
        lat: at.lat,
        classIndex: SEVERITY_CLASS[a.severity],
        name: a.title ?? at.name,
        label: t(`alerts.severity.${a.severity}`),
      });
    }
    return [
      {
        id: 'alerts',
        kind: 'incident',
        cluster: false,
        legend: severityLegend(theme, t('alerts.map.legend'), lang),
        items,
      },
    ];
  }, [alerts, locations, t, theme, lang]);

  const focusAt = focus ? locationOf(focus.alert, locations) : null;
  const flyTo = useMemo((): FlyToTarget | null => {
    if (!focus) return null;
    const key = `${focus.alert.id}#${String(focus.move)}`;
    return focusAt
      ? { key, center: [focusAt.lng, focusAt.lat], zoom: STATION_ZOOM }
      : { key, unitCode: focus.alert.subject.unitCode ?? unitCode };
  }, [focus, focusAt, unitCode]);

  // Once the camera has settled, record which unit is under the map's centre.
  const flyKey = flyTo?.key ?? null;
  useEffect(() => {
    if (flyKey === null) return;
    const run = { cancelled: false };
    const stopped = () => run.cancelled;
    const check = async () => {
      // The map may still be loading when the alert arrives: it flies once ready. Poll until
      // it has drawn something under its centre (at most ~30 s).
      for (let attempt = 0; attempt < 60 && !stopped(); attempt++) {
        await new Promise((r) => setTimeout(r, attempt === 0 ? 100 : 500));
        await mapRef.current?.whenIdle();
        const canvas = wrapperRef.current?.querySelector('canvas');
        if (stopped() || !canvas || !mapRef.current) continue;
        const hit = mapRef.current.unitAt(canvas.clientWidth / 2, canvas.clientHeight / 2);
        if (hit) {
          setCentreUnit(`${flyKey}|${hit.code}`);
          return;
        }
      }
    };
    void check();
    return () => {
      run.cancelled = true;
    };
  }, [flyKey]);

  const [settledKey, settledUnit] = centreUnit.split('|');
  return (
    <div
      ref={wrapperRef}
      className={styles.map}
      data-testid="alerts-map"
      data-fly-alert={focus?.alert.id ?? ''}
      data-fly-center={focusAt ? `${focusAt.lng.toFixed(4)},${focusAt.lat.toFixed(4)}` : ''}
      data-map-centre-unit={settledKey === flyKey ? (settledUnit ?? '') : ''}
    >
      <ProvinceMap
        ref={mapRef}
        unitSet="current"
        values={values}
        legend={unitLegend}
        points={points}
        flyTo={flyTo}
        ariaLabel={t('alerts.map.label', { unit: unitName })}
        theme={theme}
        messages={lang === 'vi' ? VI_MAP_MESSAGES : EN_MAP_MESSAGES}
      />
    </div>
  );
}
