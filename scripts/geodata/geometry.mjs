// Small, dependency-free geometry helpers for the geodata pipeline and its tests.
// Coordinates are [longitude, latitude] in degrees (GeoJSON, RFC 7946).

/** @typedef {[number, number]} Position */
/** @typedef {Position[]} Ring */
/** @typedef {Ring[]} PolygonCoords */
/** @typedef {PolygonCoords[]} MultiPolygonCoords */
/** @typedef {{ type: 'Polygon', coordinates: PolygonCoords } | { type: 'MultiPolygon', coordinates: MultiPolygonCoords }} AreaGeometry */

/** Mean Earth radius (IUGG), the radius turf and d3-geo use for areas. */
export const EARTH_RADIUS_M = 6371008.8;

const RAD = Math.PI / 180;

/**
 * Signed spherical area of a closed ring in m² (positive when counter-clockwise), after
 * Chamberlain & Duquette, "Some algorithms for polygons on a sphere" (the formula turf uses).
 * @param {Ring} ring
 */
export function ringAreaM2(ring) {
  const n = ring.length;
  if (n < 4) return 0;
  let total = 0;
  for (let i = 0; i < n - 1; i++) {
    const lower = /** @type {Position} */ (ring[i]);
    const middle = /** @type {Position} */ (ring[(i + 1) % (n - 1)]);
    const upper = /** @type {Position} */ (ring[(i + 2) % (n - 1)]);
    total += (upper[0] - lower[0]) * RAD * Math.sin(middle[1] * RAD);
  }
  return (-total * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2;
}

/** @param {PolygonCoords} polygon area in m², holes subtracted */
export function polygonAreaM2(polygon) {
  let area = 0;
  polygon.forEach((ring, i) => {
    const a = Math.abs(ringAreaM2(ring));
    area += i === 0 ? a : -a;
  });
  return area;
}

/** @param {AreaGeometry} geometry area in km² */
export function geometryAreaKm2(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((sum, p) => sum + polygonAreaM2(p), 0) / 1e6;
}

/** @param {AreaGeometry} geometry @returns {MultiPolygonCoords} */
export function polygonsOf(geometry) {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Orients rings per RFC 7946 §3.1.6: exterior counter-clockwise, holes clockwise.
 * @param {PolygonCoords} polygon
 * @returns {PolygonCoords}
 */
export function rewindPolygon(polygon) {
  return polygon.map((ring, i) => {
    const ccw = ringAreaM2(ring) > 0;
    const wantCcw = i === 0;
    return ccw === wantCcw ? ring : [...ring].reverse();
  });
}

/**
 * Rounds coordinates to `decimals`, drops repeated points and rings that collapse.
 * @param {PolygonCoords} polygon
 * @param {number} decimals
 * @returns {PolygonCoords | null} null when the exterior ring collapses
 */
export function roundPolygon(polygon, decimals) {
  const f = 10 ** decimals;
  /** @type {PolygonCoords} */
  const out = [];
  for (const [i, ring] of polygon.entries()) {
    /** @type {Ring} */
    const r = [];
    for (const [x, y] of ring) {
      const p = /** @type {Position} */ ([Math.round(x * f) / f, Math.round(y * f) / f]);
      const last = r[r.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) r.push(p);
    }
    if (r.length < 4) {
      if (i === 0) return null;
      continue;
    }
    out.push(r);
  }
  return out;
}

/**
 * Even-odd point-in-ring test in planar lon/lat (fine at province scale).
 * @param {Position} point
 * @param {Ring} ring
 */
export function pointInRing(point, ring) {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = /** @type {Position} */ (ring[i]);
    const [xj, yj] = /** @type {Position} */ (ring[j]);
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** @param {Position} point @param {PolygonCoords} polygon */
export function pointInPolygon(point, polygon) {
  const [outer, ...holes] = polygon;
  if (!outer || !pointInRing(point, outer)) return false;
  return !holes.some((h) => pointInRing(point, h));
}

/** @param {Position} point @param {AreaGeometry} geometry */
export function pointInGeometry(point, geometry) {
  return polygonsOf(geometry).some((p) => pointInPolygon(point, p));
}

/**
 * [minLon, minLat, maxLon, maxLat] of any nested coordinate array.
 * @param {AreaGeometry} geometry
 * @returns {[number, number, number, number]}
 */
export function bboxOf(geometry) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (const [x, y] of ring) {
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
    }
  }
  return [minX, minY, maxX, maxY];
}

/**
 * Clips a ring to an axis-aligned rectangle (Sutherland–Hodgman). Good enough for a context
 * land fill: it may leave zero-width edges along the rectangle, which a fill does not show.
 * @param {Ring} ring
 * @param {[number, number, number, number]} bbox
 * @returns {Ring | null}
 */
export function clipRing(ring, bbox) {
  const [minX, minY, maxX, maxY] = bbox;
  /** @type {Array<{ inside: (p: Position) => boolean, cut: (a: Position, b: Position) => Position }>} */
  const edges = [
    { inside: (p) => p[0] >= minX, cut: (a, b) => atX(a, b, minX) },
    { inside: (p) => p[0] <= maxX, cut: (a, b) => atX(a, b, maxX) },
    { inside: (p) => p[1] >= minY, cut: (a, b) => atY(a, b, minY) },
    { inside: (p) => p[1] <= maxY, cut: (a, b) => atY(a, b, maxY) },
  ];
  let points = ring.slice(0, -1);
  for (const edge of edges) {
    if (points.length === 0) break;
    /** @type {Position[]} */
    const next = [];
    for (let i = 0; i < points.length; i++) {
      const current = /** @type {Position} */ (points[i]);
      const previous = /** @type {Position} */ (points[(i + points.length - 1) % points.length]);
      const curIn = edge.inside(current);
      const prevIn = edge.inside(previous);
      if (curIn) {
        if (!prevIn) next.push(edge.cut(previous, current));
        next.push(current);
      } else if (prevIn) {
        next.push(edge.cut(previous, current));
      }
    }
    points = next;
  }
  if (points.length < 3) return null;
  return [...points, /** @type {Position} */ (points[0])];
}

/** @param {Position} a @param {Position} b @param {number} x @returns {Position} */
function atX(a, b, x) {
  return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
}

/** @param {Position} a @param {Position} b @param {number} y @returns {Position} */
function atY(a, b, y) {
  return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}

/**
 * Problems that make a polygon invalid for rendering and area sums: unclosed or short rings,
 * non-finite coordinates, repeated consecutive points, and proper crossings between any two
 * edges of the polygon (rings may touch at a vertex, as OGC allows; they may not cross).
 * @param {PolygonCoords} polygon
 * @returns {string[]}
 */
export function polygonProblems(polygon) {
  /** @type {string[]} */
  const problems = [];
  /** @type {Array<[Position, Position]>} */
  const segments = [];
  polygon.forEach((ring, r) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (ring.length < 4) problems.push(`ring ${r} has ${ring.length} positions`);
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
      problems.push(`ring ${r} is not closed`);
    }
    for (let i = 0; i < ring.length; i++) {
      const p = /** @type {Position} */ (ring[i]);
      if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) problems.push(`ring ${r} has NaN`);
      if (i > 0) {
        const q = /** @type {Position} */ (ring[i - 1]);
        if (q[0] === p[0] && q[1] === p[1]) problems.push(`ring ${r} repeats a point at ${i}`);
        else segments.push([q, p]);
      }
    }
  });
  const crossing = findCrossing(segments);
  if (crossing) {
    const at = /** @type {[Position, Position]} */ (segments[crossing[0]])[0];
    problems.push(`edges cross near ${at.map((n) => n.toFixed(4)).join(',')}`);
  }
  return problems;
}

/**
 * Sweep over x to find one proper crossing between segments (shared endpoints do not count).
 * @param {Array<[Position, Position]>} segments
 * @returns {[number, number] | null} indices of two crossing segments
 */
export function findCrossing(segments) {
  const sorted = segments
    .map(([a, b], index) => ({
      a,
      b,
      index,
      minX: Math.min(a[0], b[0]),
      maxX: Math.max(a[0], b[0]),
    }))
    .sort((s, t) => s.minX - t.minX);
  for (let i = 0; i < sorted.length; i++) {
    const s = /** @type {(typeof sorted)[number]} */ (sorted[i]);
    for (let j = i + 1; j < sorted.length; j++) {
      const t = /** @type {(typeof sorted)[number]} */ (sorted[j]);
      if (t.minX > s.maxX) break;
      if (properlyCross(s.a, s.b, t.a, t.b))
        return [Math.min(s.index, t.index), Math.max(s.index, t.index)];
    }
  }
  return null;
}

/**
 * Consecutive segments of a ring.
 * @param {Ring} ring
 * @returns {Array<[Position, Position]>}
 */
export function ringSegments(ring) {
  /** @type {Array<[Position, Position]>} */
  const segments = [];
  for (let i = 1; i < ring.length; i++) {
    const p = /** @type {Position} */ (ring[i - 1]);
    const q = /** @type {Position} */ (ring[i]);
    segments.push([p, q]);
  }
  return segments;
}

/** @param {Position} a @param {Position} b @param {Position} c */
function orient(a, b, c) {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** @param {Position} p1 @param {Position} p2 @param {Position} q1 @param {Position} q2 */
function properlyCross(p1, p2, q1, q2) {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  if (d1 === 0 || d2 === 0 || d3 === 0 || d4 === 0) {
    // Collinear overlap of two edges is also a defect (a zero-width spike or a doubled edge).
    return collinearOverlap(p1, p2, q1, q2, d1, d2, d3, d4);
  }
  return d1 > 0 !== d2 > 0 && d3 > 0 !== d4 > 0;
}

/**
 * @param {Position} p1 @param {Position} p2 @param {Position} q1 @param {Position} q2
 * @param {number} d1 @param {number} d2 @param {number} d3 @param {number} d4
 */
function collinearOverlap(p1, p2, q1, q2, d1, d2, d3, d4) {
  if (!(d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0)) return false;
  const axis = p1[0] !== p2[0] ? 0 : 1;
  const [a0, a1] = [Math.min(p1[axis], p2[axis]), Math.max(p1[axis], p2[axis])];
  const [b0, b1] = [Math.min(q1[axis], q2[axis]), Math.max(q1[axis], q2[axis])];
  return Math.min(a1, b1) - Math.max(a0, b0) > 0;
}
