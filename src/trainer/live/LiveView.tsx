import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import type { Severity } from '../../domain/alerts/types';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import {
  ProvinceMap,
  statusColors,
  statusLegend,
  type FlyToTarget,
  type MapLegend,
  type MapPointLayer,
} from '../../map';
import type { ThemeName } from '../../ui/tokens';
import { StatusBadge, type StatusTone } from '../../ui/StatusBadge';
import { LEVEL_BANDS, type LevelBand, type Scenario } from '../scenario/format';
import { alarmLevelsOf, focusAt, levelBand } from './band';
import { liveQueries, type LiveKey } from './queries';
import styles from './LiveView.module.css';

const BAND_TONE: Record<LevelBand, StatusTone> = {
  normal: 'good',
  I: 'neutral',
  II: 'warning',
  III: 'bad',
};
const SEVERITY_TONE: Record<Severity, StatusTone> = {
  info: 'neutral',
  warning: 'warning',
  critical: 'bad',
};

/** The watched station as a map point coloured by its alarm band. */
function stationLayer(
  location: { readonly longitude: number; readonly latitude: number } | null,
  band: LevelBand | null,
  legend: MapLegend,
  name: string,
  label: string,
): MapPointLayer[] {
  if (location === null || band === null) return [];
  const item = {
    id: 'station',
    lng: location.longitude,
    lat: location.latitude,
    classIndex: LEVEL_BANDS.indexOf(band),
    name,
    label,
  };
  return [{ id: 'trainer-station', kind: 'sensor', cluster: false, legend, items: [item] }];
}

interface Props {
  readonly scenario: Scenario;
  readonly nowMs: number;
  readonly epoch: number;
  readonly theme: ThemeName;
}

/** What the class watches: the river station (flood), the open alerts, and the map's focus. */
export function LiveView({ scenario, nowMs, epoch, theme }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const offset = nowMs - scenario.start;
  // One fetch per step of the scenario's clock: the view moves with virtual time.
  const tick = Math.floor(offset / Math.min(scenario.step, 15 * 60_000));
  const key: LiveKey = { scenario: scenario.id, unit: scenario.unit, epoch, tick };
  const isFlood = scenario.story === 'flood';
  const station = useQuery({
    ...liveQueries.station(key, scenario.target),
    enabled: isFlood,
    placeholderData: keepPreviousData,
  });
  const alerts = useQuery({ ...liveQueries.alerts(key), placeholderData: keepPreviousData });

  const reading = station.data ?? null;
  const alarm = reading ? alarmLevelsOf(reading.thing.properties) : null;
  const band = reading?.level != null && alarm ? levelBand(reading.level, alarm) : null;
  const focus = isFlood ? focusAt(scenario.events, offset) : 'province';
  const stationName = reading?.thing.name ?? '';
  const location = reading?.thing.location ?? null;
  const province = ADMIN_UNITS.currentByCode(scenario.unit)?.name ?? scenario.unit;

  const flyTo: FlyToTarget | null = useMemo(() => {
    if (focus === 'station' && location)
      return { key: `station-${epoch}`, center: [location.longitude, location.latitude], zoom: 10 };
    return { key: `province-${epoch}`, unitCode: scenario.unit };
  }, [focus, location, epoch, scenario.unit]);

  const legend = useMemo(() => {
    const c = statusColors(theme);
    const colors: Record<LevelBand, string> = {
      normal: c.good,
      I: c.neutral,
      II: c.warning,
      III: c.bad,
    };
    return statusLegend(
      t('trainer.mapLegend'),
      LEVEL_BANDS.map((b) => ({ key: b, label: t(`trainer.band.${b}`), color: colors[b] })),
    );
  }, [t, theme]);

  const bandLabel = band === null ? '' : t(`trainer.band.${band}`);
  // One point: re-sending it on a render is cheap (the map diffs layers by identity).
  const points = stationLayer(location, band, legend, stationName, bandLabel);

  const focusText =
    focus === 'station' && stationName
      ? t('trainer.focusStation', { name: stationName })
      : t('trainer.focusProvince');

  return (
    <section
      id="trainer-live"
      className={styles.live}
      aria-labelledby="trainer-live-title"
      data-panel-type="trainer-live"
    >
      <h2 id="trainer-live-title" className={styles.title}>
        {t('trainer.live')}
      </h2>
      <div className={styles.grid}>
        <div className={styles.facts}>
          {isFlood && (
            <div className={styles.station} data-testid="trainer-station" data-band={band ?? ''}>
              <h3 className={styles.subtitle}>
                {reading ? t('trainer.station', { name: stationName }) : t('trainer.level')}
              </h3>
              {reading?.level != null && band ? (
                <>
                  <p className={styles.level}>
                    {t('trainer.levelValue', { value: formatNumber(reading.level, lang, 2) })}{' '}
                    <StatusBadge tone={BAND_TONE[band]} label={t(`trainer.band.${band}`)} />
                  </p>
                  <p className={styles.muted}>
                    {t('trainer.levelAt', {
                      time: formatDateTime(reading.measuredAtMs ?? Number.NaN, lang),
                    })}
                  </p>
                  {alarm && (
                    <p className={styles.muted}>
                      {t('trainer.alarmLevels', {
                        I: formatNumber(alarm.I, lang, 1),
                        II: formatNumber(alarm.II, lang, 1),
                        III: formatNumber(alarm.III, lang, 1),
                      })}
                    </p>
                  )}
                </>
              ) : (
                <p>
                  {station.isError
                    ? t('trainer.loadFailed', { message: station.error.message })
                    : t('trainer.loadingData')}
                </p>
              )}
            </div>
          )}
          <div data-testid="trainer-alerts">
            <h3 className={styles.subtitle}>{t('trainer.alerts')}</h3>
            {alerts.isError && (
              <p role="alert">{t('trainer.loadFailed', { message: alerts.error.message })}</p>
            )}
            {alerts.data && alerts.data.length === 0 && <p>{t('trainer.noAlerts')}</p>}
            {alerts.data && alerts.data.length > 0 && (
              <ul className={styles.alerts}>
                {alerts.data.map((a) => (
                  <li key={a.id} data-severity={a.severity} data-kind={a.kind}>
                    <StatusBadge
                      tone={SEVERITY_TONE[a.severity]}
                      label={t(`trainer.severity.${a.severity}`)}
                    />{' '}
                    <span>{a.title ?? a.ruleId}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <div className={styles.mapBox} data-testid="trainer-map" data-map-focus={focus}>
          <p className={styles.muted}>{t('trainer.mapFocus', { target: focusText })}</p>
          <div className={styles.map}>
            <ProvinceMap
              unitSet="current"
              values={{}}
              legend={legend}
              selectedCode={scenario.unit}
              points={points}
              flyTo={flyTo}
              ariaLabel={t('trainer.mapLabel', { province })}
              theme={theme}
            />
          </div>
        </div>
      </div>
    </section>
  );
}
