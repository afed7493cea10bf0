import type { TFunction } from 'i18next';
import { AQI_BANDS } from '../../domain/alerts/aqi';
import { FLOOD_ALARM_NAMES } from '../../domain/alerts/flood';
import type { FreshnessState } from '../../domain/freshness/freshness';
import type { StationKind } from '../../data/sensorthings/model';
import type { Language } from '../../i18n/locale';
import { formatNumber } from '../../i18n/format';
import { aqiLegend, sequentialColors, type MapLegend } from '../../map';
import type { StatusTone } from '../../ui/StatusBadge';
import type { ThemeName } from '../../ui/tokens';
import type { StationView } from './model';

/** Class names in words, per station kind: the map legend, the list and the tooltips share them. */
export function classLabel(kind: StationKind, index: number, t: TFunction, lang: Language): string {
  switch (kind) {
    case 'air-quality':
      return AQI_BANDS[index]?.name[lang] ?? '';
    case 'water-level':
      return index === 0 || index === 1 || index === 2 || index === 3
        ? FLOOD_ALARM_NAMES[index][lang]
        : '';
    case 'urban-flood':
      return t(`sensors.floodClasses.${index}` as never);
    case 'traffic':
      return t(`sensors.trafficClasses.${index}` as never);
    case 'other':
      return '';
  }
}

export function kindLegend(
  kind: StationKind,
  theme: ThemeName,
  t: TFunction,
  lang: Language,
): MapLegend {
  if (kind === 'air-quality') return { ...aqiLegend(lang), title: t('sensors.legend.air') };
  const colors = sequentialColors(theme, 4);
  const title =
    kind === 'water-level'
      ? t('sensors.legend.water')
      : kind === 'urban-flood'
        ? t('sensors.legend.flood')
        : t('sensors.legend.traffic');
  return {
    title,
    classes: [0, 1, 2, 3].map((i) => ({
      key: String(i),
      label: classLabel(kind, i, t, lang),
      color: colors[i] ?? '#888',
    })),
    noData: { label: t('sensors.noValue'), color: '#b8bec6' },
  };
}

export const FRESHNESS_TONE: Record<FreshnessState, StatusTone> = {
  fresh: 'good',
  late: 'warning',
  stale: 'bad',
  'no-data': 'neutral',
};

/** "42 AQI", "9,8 m", the text of a non-numeric result, or "no data". */
export function valueText(view: StationView, t: TFunction, lang: Language): string {
  const o = view.latest;
  if (!o) return t('sensors.noValue');
  if (o.outOfRange) return t('sensors.outOfRange', { value: o.text ?? '' });
  if (o.value === null) return o.text ?? t('sensors.noValue');
  const unit = view.primary?.unit.symbol ?? '';
  return `${formatNumber(o.value, lang, Number.isInteger(o.value) ? 0 : o.value < 10 ? 2 : 1)}${unit ? ` ${unit}` : ''}`;
}
