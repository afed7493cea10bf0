/**
 * Canvas sizes for a display scale. ECharts draws in the pixels it is given, so on a 4K wall
 * (display scale 2, src/ui/display-scale.tsx) a panel's `grid: { left: 8 }`, a 2 px target line
 * or a 12 px provisional marker would be half the size the design means, while the text next to
 * it is scaled. Applied once to every option in EChart.tsx: panels keep writing desk pixels.
 *
 * Pure: no ECharts import.
 */

/** Option keys whose numbers are always pixels in ECharts (a number, never a ratio or a count). */
const PIXEL_KEYS = new Set([
  'fontSize',
  'lineHeight',
  'symbolSize',
  'borderWidth',
  'margin',
  'padding',
  'itemWidth',
  'itemHeight',
  'itemGap',
  'barMaxWidth',
  'barMinWidth',
  'barWidth',
  'nameGap',
  'distance',
  'shadowBlur',
  'borderRadius',
  'offset',
  'textBorderWidth',
  // `width`/`height` in lineStyle, labels (truncation width), grid; percentages are strings.
  'width',
  'height',
  // grid, legend, tooltip positions: numbers are pixels, '10%' and 'center' stay.
  'left',
  'right',
  'top',
  'bottom',
]);

/**
 * Not walked: `decal.symbolSize` is a ratio of the pattern cell and `aria` holds text; `data`
 * of a category axis is strings, but series data items may carry a per-point `symbolSize`, so
 * `data` is walked (its `value`s are not pixel keys and stay as they are).
 */
const SKIPPED_KEYS = new Set(['decal', 'aria']);

function scaleNumber(value: number, scale: number): number {
  return Math.round(value * scale * 100) / 100;
}

/** Only plain objects are copied: a gradient or a Date keeps its class. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function scaleValue(key: string | null, value: unknown, scale: number): unknown {
  if (key !== null && PIXEL_KEYS.has(key)) {
    if (typeof value === 'number') return scaleNumber(value, scale);
    if (Array.isArray(value) && value.every((v) => typeof v === 'number')) {
      return value.map((v: number) => scaleNumber(v, scale));
    }
    if (typeof value === 'function' && key === 'symbolSize') {
      // A per-point size function (value → px): its result is scaled.
      const size = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => scaleValue(key, size(...args), scale);
    }
  }
  if (Array.isArray(value)) return value.map((item) => scaleValue(null, item, scale));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = SKIPPED_KEYS.has(k) ? v : scaleValue(k, v, scale);
    }
    return out;
  }
  return value;
}

/**
 * The option with every pixel size multiplied by `scale` (rounded to 0.01 px). Scale 1 returns
 * the very same object, so the desk draws exactly what the panel built.
 */
export function scaleOption<T extends object>(option: T, scale: number): T {
  if (!Number.isFinite(scale) || scale <= 0 || scale === 1) return option;
  return scaleValue(null, option, scale) as T;
}
