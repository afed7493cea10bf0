import { useTranslation } from 'react-i18next';
import { formatAge, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { DataTable } from '../../panels/common/DataTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { FRESHNESS_TONE } from './labels';
import { networkHealth, type StationView } from './model';
import styles from './Sensors.module.css';

/** Which stations went silent for longer than their own cadence, by kind. */
export function NetworkHealth({ views, nowMs }: { views: readonly StationView[]; nowMs: number }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const health = networkHealth(views);
  return (
    <section aria-labelledby="sensors-health-title">
      <h2 id="sensors-health-title">{t('sensors.health.title')}</h2>
      <DataTable
        caption={t('sensors.health.caption')}
        columns={[
          {
            id: 'kind',
            header: t('sensors.list.kind'),
            text: (k) => t(`sensors.kinds.${k.kind}`),
            rowHeader: true,
          },
          {
            id: 'total',
            header: t('sensors.health.total'),
            text: (k) => formatNumber(k.total, lang),
            align: 'end',
          },
          {
            id: 'reporting',
            header: t('sensors.health.reporting'),
            text: (k) => formatNumber(k.reporting, lang),
            align: 'end',
          },
          {
            id: 'silent',
            header: t('sensors.health.silent'),
            text: (k) => formatNumber(k.silent, lang),
            align: 'end',
          },
        ]}
        rows={health.byKind}
        rowKey={(k) => k.kind}
      />
      <h3>{t('sensors.health.silentList')}</h3>
      {health.silent.length === 0 ? (
        <p>{t('sensors.health.none')}</p>
      ) : (
        <ul className={styles.silent}>
          {health.silent.slice(0, 100).map((v) => (
            <li key={v.station.id}>
              <StatusBadge
                tone={FRESHNESS_TONE[v.freshness]}
                label={t(`sensors.status.${v.freshness}`)}
              />{' '}
              {v.station.name}
              {v.cadenceMs !== null &&
                ` (${t('sensors.health.cadence', { minutes: Math.round(v.cadenceMs / 60_000) })}, `}
              {v.lastMs === null
                ? t('sensors.health.never')
                : t('sensors.health.lastSeen', { age: formatAge(v.lastMs, nowMs, lang) })}
              {v.cadenceMs !== null && ')'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
