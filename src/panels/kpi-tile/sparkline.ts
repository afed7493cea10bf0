/**
 * Pure geometry of the tile's sparkline: values → an SVG polyline in a fixed box. The box is
 * fixed so that the tile's height never changes when data arrives (no layout shift).
 */
export interface SparklineGeometry {
  /** "x,y x,y …" for <polyline points> */
  points: string;
  /** the last point, drawn as a dot (the value the tile shows) */
  last: { x: number; y: number };
}

export const SPARK_WIDTH = 120;
export const SPARK_HEIGHT = 32;
const PAD = 3;

const round = (n: number) => Math.round(n * 10) / 10;

/** null for fewer than two values: one point is not a trend. */
export function sparklineGeometry(
  values: readonly number[],
  width = SPARK_WIDTH,
  height = SPARK_HEIGHT,
): SparklineGeometry | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length < 2) return null;
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  // A flat series is drawn across the middle rather than divided by zero.
  const span = max - min;
  const step = (width - 2 * PAD) / (finite.length - 1);
  const coords = finite.map((v, i) => ({
    x: round(PAD + i * step),
    y: round(span === 0 ? height / 2 : PAD + (1 - (v - min) / span) * (height - 2 * PAD)),
  }));
  const last = coords[coords.length - 1] ?? { x: 0, y: 0 };
  return { points: coords.map((c) => `${String(c.x)},${String(c.y)}`).join(' '), last };
}
