import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationKind } from '../../data/sensorthings/model';
import { useLanguage } from '../../i18n/use-language';
import {
  EN_MAP_MESSAGES,
  ProvinceMap,
  VI_MAP_MESSAGES,
  type MapLegend,
  type MapPointLayer,
} from '../../map';
import type { ThemeName } from '../../ui/tokens';
import { classLabel, kindLegend, valueText } from './labels';
import { createMapItemsCache } from './map-items';
import type { StationView } from './model';
import styles from './Sensors.module.css';

const KINDS: readonly StationKind[] = ['air-quality', 'water-level', 'urban-flood', 'traffic'];

/** Stations as clustered point layers, one per kind, each with its own legend in words. */
export function StationMap({
  views,
  theme,
  unitCode,
  selected,
}: {
  views: readonly StationView[];
  theme: ThemeName;
  unitCode: string;
  selected: StationView | null;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const unitsLegend: MapLegend = useMemo(
    () => ({
      title: t('sensors.legend.provinces'),
      classes: [],
      noData: { label: t('sensors.legend.provinces'), color: '#e3e7ec' },
    }),
    [t],
  );
  // Legends and the points cache outlive a refresh: a new legend object would make the map
  // remove and re-add every layer, and a new points cache would re-label every station.
  const legends = useMemo(
    () => new Map(KINDS.map((kind) => [kind, kindLegend(kind, theme, t, lang)])),
    [theme, t, lang],
  );
  const cache = useMemo(() => {
    // Class names looked up once per kind, not once per station (i18next `t` is not free).
    const names = new Map(
      KINDS.map((k) => [k, [0, 1, 2, 3].map((i) => classLabel(k, i, t, lang))]),
    );
    return createMapItemsCache((v) => {
      const value = valueText(v, t, lang);
      if (v.classIndex === null) return value;
      const name =
        names.get(v.station.kind)?.[v.classIndex] ??
        classLabel(v.station.kind, v.classIndex, t, lang);
      return `${value} · ${name}`;
    });
  }, [t, lang]);
  const layers: MapPointLayer[] = useMemo(
    () =>
      KINDS.map((kind) => ({
        id: kind,
        kind: 'sensor' as const,
        cluster: true,
        legend: legends.get(kind) as MapLegend,
        items: cache.items(kind, views),
      })).filter((l) => l.items.length > 0),
    [views, legends, cache],
  );
  return (
    <ProvinceMap
      className={styles.map}
      unitSet="current"
      values={{}}
      legend={unitsLegend}
      points={layers}
      ariaLabel={t('sensors.map.aria', { count: views.length })}
      theme={theme}
      flyTo={
        selected?.station.location
          ? {
              key: `station-${selected.station.id}`,
              center: [selected.station.location.longitude, selected.station.location.latitude],
              zoom: 11,
            }
          : { key: `unit-${unitCode}`, unitCode }
      }
      messages={lang === 'vi' ? VI_MAP_MESSAGES : EN_MAP_MESSAGES}
    />
  );
}
