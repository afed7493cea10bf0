import type { LocalizedText } from '../i18n-text';

/**
 * VN_AQI bands and colours, Decision 1459/QĐ-TCMT (12/11/2019). VN_AQI is published as an
 * integer, so a computed value is rounded half up before banding (50.4 → 50 Tốt, 50.5 → 51
 * Trung bình). Values above 500 stay "Nguy hại". Colour alone is not enough on screen: show the
 * band name too.
 */
export type AqiBandId = 'good' | 'moderate' | 'poor' | 'bad' | 'very-bad' | 'hazardous';

export interface AqiBand {
  readonly id: AqiBandId;
  readonly name: LocalizedText;
  /** inclusive integer bounds; the last band has no upper bound */
  readonly min: number;
  readonly max: number | null;
  readonly rgb: readonly [number, number, number];
  readonly hex: string;
}

export const AQI_BANDS: readonly AqiBand[] = [
  {
    id: 'good',
    name: { vi: 'Tốt', en: 'Good' },
    min: 0,
    max: 50,
    rgb: [0, 228, 0],
    hex: '#00E400',
  },
  {
    id: 'moderate',
    name: { vi: 'Trung bình', en: 'Moderate' },
    min: 51,
    max: 100,
    rgb: [255, 255, 0],
    hex: '#FFFF00',
  },
  {
    id: 'poor',
    name: { vi: 'Kém', en: 'Poor' },
    min: 101,
    max: 150,
    rgb: [255, 126, 0],
    hex: '#FF7E00',
  },
  {
    id: 'bad',
    name: { vi: 'Xấu', en: 'Bad' },
    min: 151,
    max: 200,
    rgb: [255, 0, 0],
    hex: '#FF0000',
  },
  {
    id: 'very-bad',
    name: { vi: 'Rất xấu', en: 'Very bad' },
    min: 201,
    max: 300,
    rgb: [143, 63, 151],
    hex: '#8F3F97',
  },
  {
    id: 'hazardous',
    name: { vi: 'Nguy hại', en: 'Hazardous' },
    min: 301,
    max: null,
    rgb: [126, 0, 35],
    hex: '#7E0023',
  },
];

/** The band of an AQI value; null for a negative or non-finite value (a sensor fault). */
export function aqiBand(aqi: number): AqiBand | null {
  if (!Number.isFinite(aqi) || aqi < 0) return null;
  const rounded = Math.floor(aqi + 0.5);
  return AQI_BANDS.find((b) => rounded >= b.min && (b.max === null || rounded <= b.max)) ?? null;
}
