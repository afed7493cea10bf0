import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationKind } from '../../data/sensorthings/model';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { DataTable, type DataColumn } from '../../panels/common/DataTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { classLabel, FRESHNESS_TONE, valueText } from './labels';
import type { StationView } from './model';
import styles from './Sensors.module.css';

const KINDS: readonly (StationKind | 'all')[] = [
  'all',
  'air-quality',
  'water-level',
  'urban-flood',
  'traffic',
];

/** Every station with its latest value, level in words and reporting status; a name opens its detail. */
export function StationList({
  views,
  selectedId,
  onSelect,
}: {
  views: readonly StationView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [kind, setKind] = useState<StationKind | 'all'>('all');
  const rows = useMemo(
    () => (kind === 'all' ? views : views.filter((v) => v.station.kind === kind)),
    [views, kind],
  );
  const columns: DataColumn<StationView>[] = [
    {
      id: 'station',
      header: t('sensors.list.station'),
      text: (v) => v.station.name,
      sortValue: (v) => v.station.name,
      rowHeader: true,
    },
    {
      id: 'kind',
      header: t('sensors.list.kind'),
      text: (v) => t(`sensors.kinds.${v.station.kind}`),
    },
    {
      id: 'value',
      header: t('sensors.list.value'),
      text: (v) => valueText(v, t, lang),
      align: 'end',
    },
    {
      id: 'class',
      header: t('sensors.list.class'),
      text: (v) =>
        v.classIndex === null ? '—' : classLabel(v.station.kind, v.classIndex, t, lang),
      sortValue: (v) => v.classIndex ?? -1,
      firstDirection: 'descending',
    },
    {
      id: 'status',
      header: t('sensors.list.status'),
      text: (v) => t(`sensors.status.${v.freshness}`),
      sortValue: (v) => v.freshness,
    },
    {
      id: 'asOf',
      header: t('sensors.list.asOf'),
      text: (v) => (v.lastMs === null ? '—' : formatDateTime(v.lastMs, lang)),
      sortValue: (v) => v.lastMs ?? 0,
    },
  ];
  return (
    <section aria-labelledby="sensors-list-title">
      <h2 id="sensors-list-title">{t('sensors.list.title')}</h2>
      <div className={styles.filters}>
        <label htmlFor="sensors-kind">{t('sensors.list.filter')}</label>
        <select
          id="sensors-kind"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as StationKind | 'all');
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k === 'all' ? t('sensors.list.all') : t(`sensors.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <ul className={styles.silent} aria-label={t('sensors.list.caption')}>
        {rows.slice(0, 200).map((v) => (
          <StationRow
            key={v.station.id}
            view={v}
            selected={v.station.id === selectedId}
            onSelect={onSelect}
          />
        ))}
      </ul>
      <details>
        <summary>{t('panel.showTable')}</summary>
        <DataTable
          caption={t('sensors.list.caption')}
          columns={columns}
          rows={rows}
          rowKey={(v) => v.station.id}
          isHighlighted={(v) => v.station.id === selectedId}
          highlightLabel={t('sensors.list.selected')}
        />
      </details>
    </section>
  );
}

/**
 * One station of the list. Memoised on the view object: after a refresh only the stations whose
 * view changed re-render (views keep their identity otherwise, see view-cache.ts).
 */
const StationRow = memo(function StationRow({
  view: v,
  selected,
  onSelect,
}: {
  view: StationView;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <li>
      <button
        type="button"
        className={styles.stationButton}
        aria-current={selected ? 'true' : undefined}
        aria-label={t('sensors.list.select', { name: v.station.name })}
        onClick={() => {
          onSelect(v.station.id);
        }}
      >
        {v.station.name}
      </button>{' '}
      <StatusBadge tone={FRESHNESS_TONE[v.freshness]} label={t(`sensors.status.${v.freshness}`)} />{' '}
      <span>
        {valueText(v, t, lang)}
        {v.classIndex !== null && ` · ${classLabel(v.station.kind, v.classIndex, t, lang)}`}
      </span>
    </li>
  );
});
