import { useCallback, useMemo, useState } from 'react';
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

/**
 * Short text drawn beside each station on the map, by class index (colour is never the only
 * signal): alarm levels in Roman numerals ("<I" below level I), depth and congestion classes
 * by number (the traffic legend says "(0)"…"(3)" too). Air stations use the VN_AQI band
 * number that aqiLegend already carries.
 */
const KIND_SYMBOLS: Partial<Record<StationKind, readonly string[]>> = {
  'water-level': ['<I', 'I', 'II', 'III'],
  'urban-flood': ['0', '1', '2', '3'],
  traffic: ['0', '1', '2', '3'],
};

function withSymbols(kind: StationKind, legend: MapLegend): MapLegend {
  const symbols = KIND_SYMBOLS[kind];
  if (!symbols) return legend;
  return {
    ...legend,
    classes: legend.classes.map((c, i) => ({ ...c, symbol: c.symbol ?? symbols[i] })),
  };
}

/** Stations as clustered point layers, one per kind, each with its own legend in words. */
export function StationMap({
  views,
  theme,
  unitCode,
  selected,
  onSelect,
}: {
  views: readonly StationView[];
  theme: ThemeName;
  unitCode: string;
  selected: StationView | null;
  /** a station clicked on the map: the same as choosing it in the list (`?station=`) */
  onSelect: (stationId: string) => void;
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
    () => new Map(KINDS.map((kind) => [kind, withSymbols(kind, kindLegend(kind, theme, t, lang))])),
    [theme, t, lang],
  );
  const [cache] = useState(createMapItemsCache);
  // The tooltip's value line, made only for the station under the pointer (issue #8).
  const pointLabel = useCallback(
    (id: string) => {
      const v = cache.viewOf(id);
      if (!v) return '';
      const value = valueText(v, t, lang);
      if (v.classIndex === null) return value;
      return `${value} · ${classLabel(v.station.kind, v.classIndex, t, lang)}`;
    },
    [cache, t, lang],
  );
  const layers: MapPointLayer[] = useMemo(
    () =>
      KINDS.map((kind) => ({
        id: kind,
        kind: 'sensor' as const,
        cluster: true,
        legend: legends.get(kind) as MapLegend,
        items: cache.items(kind, views),
        pointLabel,
      })).filter((l) => l.items.length > 0),
    [views, legends, cache, pointLabel],
  );
  return (
    <ProvinceMap
      className={styles.map}
      unitSet="current"
      values={{}}
      legend={unitsLegend}
      points={layers}
      onSelectPoint={(_layer, id) => {
        onSelect(id);
      }}
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
