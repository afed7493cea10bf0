import type { AreaGeometry } from '../data/contracts/geodata';

/** [[west, south], [east, north]] of a unit's geometry, for fitBounds. */
export function unitBbox(geometry: AreaGeometry): [[number, number], [number, number]] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  return [
    [w, s],
    [e, n],
  ];
}
