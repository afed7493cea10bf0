/**
 * Plausible ranges per observed property: the contract accepts any finite number, so a sensor
 * reporting −999 (a common "no reading" code) or 99,999 must be caught here, downstream of the
 * schema (data-sources.md §4, "values out of range"). Wide on purpose: a real flood or a real
 * pollution episode must never be refused.
 */
const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  pm25: [0, 1000],
  pm10: [0, 2000],
  aqi: [0, 500],
  'water-level': [-20, 200],
  'flood-depth': [0, 500],
  'traffic-flow': [0, 20_000],
  'traffic-speed': [0, 200],
  congestion: [0, 3],
};

/** Used when the property is unknown: only the sentinel values are refused. */
const GENERIC: readonly [number, number] = [-998, 99_998];

export function isPlausible(propertyKey: string | null, value: number): boolean {
  const [lo, hi] = (propertyKey !== null ? RANGES[propertyKey] : undefined) ?? GENERIC;
  return value >= lo && value <= hi;
}
