import { AQI_BANDS, aqiBand } from '../domain/alerts/aqi';
import type { Severity } from '../domain/alerts/types';
import type { KpiStatus } from '../domain/targets/status';
import { palettes, type ThemeName } from '../ui/tokens';
import type { LegendClass, MapLegend, UnitValue } from './types';

/**
 * Index of the band a value falls in, for ascending thresholds [t0, t1, …]:
 * v < t0 → 0, t0 ≤ v < t1 → 1, …, v ≥ t_last → thresholds.length.
 */
export function classifyByThresholds(value: number, thresholds: readonly number[]): number {
  let i = 0;
  while (i < thresholds.length && value >= (thresholds[i] ?? Infinity)) i++;
  return i;
}

export interface ThresholdLegendOptions {
  readonly title: string;
  /** ascending band limits in the KPI's unit */
  readonly thresholds: readonly number[];
  /** thresholds.length + 1 colours, from the lowest band to the highest */
  readonly colors: readonly string[];
  /** formats a limit for the band labels ("50 %") */
  readonly format: (value: number) => string;
  readonly noData?: MapLegend['noData'];
}

/** A legend of threshold bands: "< 50 %", "50 % – < 70 %", "≥ 70 %". */
export function thresholdLegend(options: ThresholdLegendOptions): MapLegend {
  const { thresholds, colors, format } = options;
  for (let i = 1; i < thresholds.length; i++) {
    if ((thresholds[i] ?? NaN) <= (thresholds[i - 1] ?? NaN)) {
      throw new Error('thresholdLegend: thresholds must be strictly ascending');
    }
  }
  if (colors.length !== thresholds.length + 1) {
    throw new Error(`thresholdLegend: need ${thresholds.length + 1} colours, got ${colors.length}`);
  }
  const classes = colors.map((color, i): LegendClass => {
    const lower = thresholds[i - 1];
    const upper = thresholds[i];
    let label: string;
    if (lower === undefined && upper !== undefined) label = `< ${format(upper)}`;
    else if (lower !== undefined && upper === undefined) label = `≥ ${format(lower)}`;
    else if (lower !== undefined && upper !== undefined)
      label = `${format(lower)} – < ${format(upper)}`;
    else label = '';
    return { key: String(i), label, color };
  });
  return { title: options.title, classes, noData: options.noData ?? DEFAULT_NO_DATA };
}

/** A legend of statuses (on track / at risk / off track, alarm levels…), in display order. */
export function statusLegend(
  title: string,
  classes: readonly LegendClass[],
  noData: MapLegend['noData'] = DEFAULT_NO_DATA,
): MapLegend {
  return { title, classes, noData };
}

export const DEFAULT_NO_DATA = { label: 'Không có dữ liệu', color: '#b8bec6' } as const;

/** The class a unit's value belongs to, or null for no data (unknown class = no data). */
export function classOf(value: UnitValue | undefined, legend: MapLegend): LegendClass | null {
  if (!value) return null;
  if (value.classIndex !== undefined) return legend.classes[value.classIndex] ?? null;
  if (value.status !== undefined) return legend.classes.find((c) => c.key === value.status) ?? null;
  return null;
}

export function colorOf(value: UnitValue | undefined, legend: MapLegend): string {
  return classOf(value, legend)?.color ?? legend.noData.color;
}

/**
 * Sequential palettes for KPI bands, light to dark, readable by colour-blind viewers
 * (ColorBrewer "Blues" for the desk, a brighter teal ramp for the dark wall).
 */
export const SEQUENTIAL: Record<ThemeName, readonly string[]> = {
  desk: ['#deebf7', '#9ecae1', '#4292c6', '#2171b5', '#08306b'],
  wall: ['#0b3a53', '#0f5e7d', '#1b87a6', '#3fb4cf', '#9be3f2'],
};

/** `n` colours (2–5) of the theme's sequential palette, spread over its range. */
export function sequentialColors(theme: ThemeName, n: number): string[] {
  const ramp = SEQUENTIAL[theme];
  if (n < 2 || n > ramp.length) throw new Error(`sequentialColors: 2–${ramp.length} classes`);
  return Array.from({ length: n }, (_, i) => {
    const at = Math.round((i * (ramp.length - 1)) / (n - 1));
    return ramp[at] ?? ramp[0] ?? '#000';
  });
}

/** Status colours from the design tokens: good / warning / bad. */
export function statusColors(theme: ThemeName) {
  const p = palettes[theme];
  return { good: p.good, warning: p.warning, bad: p.bad, neutral: p.neutral } as const;
}

/**
 * VN_AQI legend (Decision 1459/QĐ-TCMT) from the domain's band table: class keys are band ids,
 * class indexes follow AQI_BANDS (0 = Tốt … 5 = Nguy hại).
 */
export function aqiLegend(language: 'vi' | 'en' = 'vi'): MapLegend {
  return {
    title: 'VN_AQI',
    classes: AQI_BANDS.map((b, i) => ({
      key: b.id,
      label: `${b.name[language]} (${b.max === null ? `≥ ${b.min}` : `${b.min}–${b.max}`})`,
      color: b.hex,
      // Band number beside each station on the map: colour is never the only signal.
      symbol: String(i + 1),
    })),
    noData:
      language === 'vi' ? DEFAULT_NO_DATA : { label: 'No data', color: DEFAULT_NO_DATA.color },
  };
}

export const VN_AQI_LEGEND: MapLegend = aqiLegend('vi');

/** Class index of an AQI value in aqiLegend, null for a faulty reading. */
export function aqiClassIndex(aqi: number): number | null {
  const band = aqiBand(aqi);
  return band ? AQI_BANDS.indexOf(band) : null;
}

const KPI_STATUS_LABELS: Record<
  'vi' | 'en',
  Record<'on-track' | 'at-risk' | 'off-track' | 'stale', string>
> = {
  vi: {
    'on-track': 'Đạt mục tiêu',
    'at-risk': 'Có nguy cơ không đạt',
    'off-track': 'Không đạt',
    stale: 'Số liệu cũ',
  },
  en: {
    'on-track': 'On track',
    'at-risk': 'At risk',
    'off-track': 'Off track',
    stale: 'Stale data',
  },
};

/**
 * Legend of target statuses (domain/targets/status.ts) in the theme's status colours. Pass
 * `status: kpiStatus(...)` as each unit's value; 'no-data' and 'no-target' fall to no data.
 */
export function kpiStatusLegend(
  theme: ThemeName,
  title: string,
  language: 'vi' | 'en' = 'vi',
): MapLegend {
  const c = statusColors(theme);
  const l = KPI_STATUS_LABELS[language];
  const statuses: ReadonlyArray<readonly [KpiStatus, string]> = [
    ['on-track', c.good],
    ['at-risk', c.warning],
    ['off-track', c.bad],
    ['stale', c.neutral],
  ];
  return {
    title,
    classes: statuses.map(([key, color]) => ({ key, label: l[key as keyof typeof l], color })),
    noData:
      language === 'vi' ? DEFAULT_NO_DATA : { label: 'No data', color: DEFAULT_NO_DATA.color },
  };
}

/** Legend of alert severities (domain/alerts/types.ts), for incident points; class index = rank. */
const SEVERITY_SYMBOLS: Record<Severity, string> = { info: 'i', warning: '!', critical: '!!' };

export function severityLegend(
  theme: ThemeName,
  title: string,
  language: 'vi' | 'en' = 'vi',
): MapLegend {
  const c = statusColors(theme);
  const labels =
    language === 'vi'
      ? { info: 'Thông tin', warning: 'Cảnh báo', critical: 'Khẩn cấp' }
      : { info: 'Information', warning: 'Warning', critical: 'Critical' };
  const severities: ReadonlyArray<readonly [Severity, string]> = [
    ['info', c.neutral],
    ['warning', c.warning],
    ['critical', c.bad],
  ];
  return {
    title,
    // Beside each incident on the map: "i", "!" and "!!" say the severity without colour.
    classes: severities.map(([key, color]) => ({
      key,
      label: labels[key],
      color,
      symbol: SEVERITY_SYMBOLS[key],
    })),
    noData: DEFAULT_NO_DATA,
  };
}
