import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { chartAnimation, LazyChart, useThemeName } from '../../charts';
import { sensorQueries, type HistoryWindow } from '../../data/queries/sensors';
import type { StaDatastream, StaStation } from '../../data/sensorthings/model';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { DataTable } from '../../panels/common/DataTable';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { historyOption } from './chart';
import { sensorFailureText } from './failure-text';
import { thresholdsOf, type StationView } from './model';
import styles from './Sensors.module.css';

function HistoryChart({
  station,
  datastream,
  window,
  unitCode,
}: {
  station: StaStation;
  datastream: StaDatastream;
  window: HistoryWindow;
  unitCode: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const theme = useThemeName();
  const query = useQuery(
    sensorQueries.history(unitCode, datastream.id, window, datastream.propertyKey),
  );
  const title = `${datastream.propertyName ?? datastream.name} · ${t(`sensors.detail.${window}`)}`;
  const unit = datastream.unit.symbol;
  const fmt = (v: number) =>
    `${formatNumber(v, lang, Number.isInteger(v) ? 0 : 2)}${unit ? ` ${unit}` : ''}`;
  const thresholds = thresholdsOf(station, datastream).map((th) => ({
    value: th.value,
    label: `${t(`sensors.thresholds.${th.key}`)}: ${fmt(th.value)}`,
  }));
  if (query.isPending) {
    return (
      <PanelFrame title={title} type="sensor-history">
        <PanelLoading />
      </PanelFrame>
    );
  }
  if (query.isError && !query.data) {
    return (
      <PanelFrame title={title} type="sensor-history">
        <PanelError
          message={sensorFailureText(query.error, t)}
          onRetry={() => void query.refetch()}
        />
      </PanelFrame>
    );
  }
  const observations = query.data.observations;
  const numeric = observations.filter((o) => o.value !== null);
  const texts = observations.filter((o) => o.value === null && o.text !== null);
  const last = numeric.at(-1);
  const table = (
    <>
      <DataTable
        caption={title}
        columns={[
          {
            id: 'time',
            header: t('sensors.detail.time'),
            text: (o) => formatDateTime(o.phenomenonTimeMs, lang),
            sortValue: (o) => o.phenomenonTimeMs,
            rowHeader: true,
            firstDirection: 'descending',
          },
          {
            id: 'value',
            header: t('sensors.detail.value', { unit: unit || '—' }),
            text: (o) => (o.value === null ? (o.text ?? '—') : fmt(o.value)),
            align: 'end',
          },
        ]}
        rows={observations}
        rowKey={(o) => o.id}
        initialSort={{ columnId: 'time', direction: 'descending' }}
      />
      {thresholds.length > 0 && (
        <p>
          {t('sensors.detail.thresholds')}: {thresholds.map((th) => th.label).join('; ')}
        </p>
      )}
    </>
  );
  return (
    <PanelFrame
      title={title}
      type="sensor-history"
      source={{ name: t('sensors.source'), asOf: last?.phenomenonTimeMs ?? null }}
      table={table}
      refreshError={query.isError ? sensorFailureText(query.error, t) : null}
    >
      {numeric.length === 0 ? (
        <p>{t('sensors.detail.noHistory')}</p>
      ) : (
        <LazyChart
          height="16rem"
          label={t('sensors.detail.chartLabel', {
            property: datastream.propertyName ?? datastream.name,
            station: station.name,
            window: t(`sensors.detail.${window}`),
            count: numeric.length,
            latest: last?.value == null ? '—' : fmt(last.value),
          })}
          option={historyOption({
            observations,
            seriesName: datastream.propertyName ?? datastream.name,
            thresholds,
            formatTime: (ms) => formatDateTime(ms, lang),
            formatValue: fmt,
            animate: chartAnimation(theme),
          })}
        />
      )}
      {thresholds.length > 0 && (
        <p>
          {t('sensors.detail.thresholds')}: {thresholds.map((th) => th.label).join('; ')}
        </p>
      )}
      {texts.length > 0 && (
        <details>
          <summary>{t('sensors.detail.textValues')}</summary>
          <ul>
            {texts.slice(-20).map((o) => (
              <li key={o.id}>
                {formatDateTime(o.phenomenonTimeMs, lang)}: {o.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </PanelFrame>
  );
}

/** The selected station: facts, and 24-hour and 7-day charts of its main datastream. */
export function StationDetail({
  view,
  stationId,
  unitCode,
  onClose,
}: {
  view: StationView | null;
  stationId: string;
  unitCode: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  if (!view) {
    return (
      <section aria-labelledby="sensors-detail-title">
        <h2 id="sensors-detail-title">{t('sensors.detail.notFound', { id: stationId })}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('sensors.detail.close')}
        </button>
      </section>
    );
  }
  const { station, primary } = view;
  return (
    <section aria-labelledby="sensors-detail-title" data-testid="station-detail">
      <div className={styles.detailHeader}>
        <h2 id="sensors-detail-title">{t('sensors.detail.title', { name: station.name })}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('sensors.detail.close')}
        </button>
      </div>
      <p className={styles.facts}>
        <span>{t(`sensors.kinds.${station.kind}`)}</span>
        {station.river && (
          <span>
            {t('sensors.detail.river')}: {station.river}
          </span>
        )}
        {station.communeName && (
          <span>
            {t('sensors.detail.commune')}: {station.communeName}
          </span>
        )}
        {station.synthetic && <span>{t('sensors.detail.synthetic')}</span>}
      </p>
      {primary && (
        <div className={styles.charts}>
          <HistoryChart station={station} datastream={primary} window="day" unitCode={unitCode} />
          <HistoryChart station={station} datastream={primary} window="week" unitCode={unitCode} />
        </div>
      )}
    </section>
  );
}
