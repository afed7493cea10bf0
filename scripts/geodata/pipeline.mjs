// The geodata pipeline as a function of its parsed inputs (no file system), so tests can run it.
import * as topojson from 'topojson-client';
import polylabel from 'polylabel';
import { archipelagoFeatures } from './archipelagos.mjs';
import {
  bboxOf,
  clipRing,
  geometryAreaKm2,
  polygonAreaM2,
  polygonsOf,
  rewindPolygon,
  roundPolygon,
} from './geometry.mjs';
import { FIX_TOLERANCE_DEG, buildNameIndex, correctedName, foldForMatch } from './names.mjs';
import { repairSelfCrossings } from './repair.mjs';

/** @typedef {import('./geometry.mjs').Position} Position */
/** @typedef {import('./geometry.mjs').PolygonCoords} PolygonCoords */
/** @typedef {import('./geometry.mjs').AreaGeometry} AreaGeometry */
/** @typedef {import('topojson-specification').Topology} Topology */
/** @typedef {import('topojson-specification').Polygon | import('topojson-specification').MultiPolygon} TopoArea */

/**
 * @typedef {{ code: string, name: string, fullName: string, nameAscii: string, type: 'province' | 'city',
 *   formedFrom: string[], centre: string, areaKm2: number | null, population: number | null, aliases: string[] }} CurrentUnit
 * @typedef {{ code: string, name: string, fullName: string, nameAscii: string, type: 'province' | 'city',
 *   successor: string, aliases: string[] }} FormerUnit
 * @typedef {{ reformDate: string, legalBasis: string, current: CurrentUnit[], former: FormerUnit[] }} Catalogue
 */

/** Decimal places kept: 1e-5° ≈ 1 m, far finer than the source's quantisation (≈ 80–160 m). */
export const UNIT_DECIMALS = 5;
/** Land is context only; 1e-3° ≈ 110 m is below what a 1:50m outline resolves. */
export const LAND_DECIMALS = 3;
/**
 * Land is clipped to this window: Vietnam, its seas and neighbours, wide enough that no clip
 * edge shows in a wide (21:9) wall view; the map's maxBounds keep the camera inside it.
 */
export const LAND_BBOX = /** @type {[number, number, number, number]} */ ([78, -8, 142, 38]);
/** Camera limits: inside LAND_BBOX with a margin. */
export const MAX_BOUNDS = /** @type {[number, number, number, number]} */ ([84, -3, 136, 33]);
/** Initial view: mainland plus Hoàng Sa and Trường Sa. */
export const VIEW_BBOX = /** @type {[number, number, number, number]} */ ([
  102.1, 8.2, 114.8, 23.4,
]);

/**
 * @typedef {{ type: 'Feature', properties: Record<string, unknown>, geometry: unknown }} OutFeature
 * @typedef {{ type: 'FeatureCollection', features: OutFeature[] }} OutCollection
 */

/**
 * @param {{ provinces: Topology, land: Topology, catalogue: Catalogue }} input
 */
export function buildGeodata(input) {
  const { land, catalogue } = input;
  const objectName = Object.keys(input.provinces.objects)[0];
  if (objectName === undefined) throw new Error('vnm.topo.json: no objects');
  const { topology: provinces, repairs } = repairSelfCrossings(input.provinces, objectName);
  const object = provinces.objects[objectName];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error('vnm.topo.json: expected one GeometryCollection');
  }

  // 1. Attach codes to the 63 source features by folded (and corrected) names.
  const index = buildNameIndex(catalogue.former);
  /** @type {Map<string, TopoArea>} */
  const byCode = new Map();
  /** @type {string[]} */
  const skipped = [];
  /** @type {Array<{ raw: string, name: string, code: string, why: string }>} */
  const fixesApplied = [];
  for (const g of object.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const props = /** @type {{ name?: string | null } | undefined} */ (g.properties);
    const raw = props?.name;
    const { name, fix } = correctedName(raw);
    if (name === null) {
      // The one unnamed feature holds a handful of coastal islets spread over several
      // provinces (Natural Earth's "minor islands"); it belongs to no single unit.
      skipped.push(String(g.id ?? 'unnamed'));
      continue;
    }
    const code = index.get(foldForMatch(name));
    if (code === undefined)
      throw new Error(`No catalogue unit matches source name "${String(raw)}"`);
    if (byCode.has(code))
      throw new Error(`Two source features match unit ${code} ("${String(raw)}")`);
    byCode.set(code, g);
    if (fix) {
      const label = labelPoint(toGeometry(provinces, [g]));
      const d = Math.hypot(label[0] - fix.near[0], label[1] - fix.near[1]);
      if (d > FIX_TOLERANCE_DEG) {
        throw new Error(
          `Fix "${fix.raw}" → ${fix.name}: feature lies ${d.toFixed(2)}° from where it should`,
        );
      }
      fixesApplied.push({ raw: fix.raw, name: fix.name, code, why: fix.why });
    }
  }
  const missing = catalogue.former.filter((u) => !byCode.has(u.code)).map((u) => u.code);
  if (missing.length > 0)
    throw new Error(`No source feature for former units ${missing.join(', ')}`);

  // 2. Former units as they are; current units dissolved along shared arcs.
  /** @type {OutFeature[]} */
  const formerUnits = [];
  /** @type {OutFeature[]} */
  const formerLabels = [];
  for (const unit of catalogue.former) {
    const geometry = toGeometry(provinces, [/** @type {TopoArea} */ (byCode.get(unit.code))]);
    const areaKm2 = round1(geometryAreaKm2(geometry));
    formerUnits.push({
      type: 'Feature',
      properties: {
        code: unit.code,
        name: unit.name,
        type: unit.type,
        successor: unit.successor,
        areaKm2,
      },
      geometry,
    });
    formerLabels.push(labelFeature(unit.code, unit.name, geometry, areaKm2));
  }

  /** @type {OutFeature[]} */
  const currentUnits = [];
  /** @type {OutFeature[]} */
  const currentLabels = [];
  for (const unit of catalogue.current) {
    const parts = unit.formedFrom.map((c) => {
      const g = byCode.get(c);
      if (!g) throw new Error(`Unit ${unit.code} is formed from unknown former unit ${c}`);
      return g;
    });
    const geometry = toGeometry(provinces, parts);
    const areaKm2 = round1(geometryAreaKm2(geometry));
    currentUnits.push({
      type: 'Feature',
      properties: {
        code: unit.code,
        name: unit.name,
        type: unit.type,
        formedFrom: unit.formedFrom,
        areaKm2,
      },
      geometry,
    });
    currentLabels.push(labelFeature(unit.code, unit.name, geometry, areaKm2));
  }

  // 3. Context: land outline (no country fills) clipped to the region.
  const landGeometry = clippedLand(land);

  return {
    current: {
      unitSet: 'current',
      units: collection(currentUnits),
      labels: collection(currentLabels),
    },
    former: { unitSet: 'former', units: collection(formerUnits), labels: collection(formerLabels) },
    land: collection([{ type: 'Feature', properties: { kind: 'land' }, geometry: landGeometry }]),
    archipelagos: collection(archipelagoFeatures()),
    report: { skipped, fixesApplied, repairs },
  };
}

/** @param {OutFeature[]} features @returns {OutCollection} */
function collection(features) {
  return { type: 'FeatureCollection', features };
}

/** @param {number} n */
function round1(n) {
  return Math.round(n * 10) / 10;
}

/**
 * Merges topology polygons along their shared arcs (exact, no slivers), then rewinds to
 * RFC 7946 and rounds. A single part comes out as a Polygon.
 * @param {Topology} topology
 * @param {TopoArea[]} parts
 * @returns {AreaGeometry}
 */
function toGeometry(topology, parts) {
  const merged = topojson.merge(topology, parts);
  /** @type {PolygonCoords[]} */
  const polygons = [];
  for (const p of /** @type {PolygonCoords[]} */ (merged.coordinates)) {
    const r = roundPolygon(rewindPolygon(p), UNIT_DECIMALS);
    if (r) polygons.push(r);
  }
  // Largest part first: renderers and readers that take "the first polygon" get the mainland.
  polygons.sort((a, b) => polygonAreaM2(b) - polygonAreaM2(a));
  const [only] = polygons;
  if (polygons.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * Pole of inaccessibility of the largest part, computed in a locally equal-scaled plane
 * (longitude × cos φ) so that "most inland" means the same north–south as east–west.
 * @param {AreaGeometry} geometry
 * @returns {Position}
 */
export function labelPoint(geometry) {
  let largest = /** @type {PolygonCoords | undefined} */ (undefined);
  let largestArea = -1;
  for (const p of polygonsOf(geometry)) {
    const a = polygonAreaM2(p);
    if (a > largestArea) {
      largest = p;
      largestArea = a;
    }
  }
  if (!largest) throw new Error('labelPoint: empty geometry');
  const [, minY, , maxY] = bboxOf({ type: 'Polygon', coordinates: largest });
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const projected = largest.map((ring) => ring.map(([x, y]) => [x * k, y]));
  /** @type {number[]} */
  const best = polylabel(projected, 0.0005);
  const [x = NaN, y = NaN] = best;
  return [Math.round((x / k) * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];
}

/**
 * @param {string} code @param {string} name @param {AreaGeometry} geometry @param {number} areaKm2
 * @returns {OutFeature}
 */
function labelFeature(code, name, geometry, areaKm2) {
  return {
    type: 'Feature',
    // `rank` lets the label layer place big units first when labels collide.
    properties: { code, name, rank: Math.round(-areaKm2) },
    geometry: { type: 'Point', coordinates: labelPoint(geometry) },
  };
}

/**
 * @param {Topology} land world-atlas land-50m topology
 * @returns {AreaGeometry}
 */
function clippedLand(land) {
  const object = land.objects['land'];
  if (!object) throw new Error('land-50m.json: no "land" object');
  const merged = topojson.merge(
    land,
    /** @type {TopoArea[]} */ (object.type === 'GeometryCollection' ? object.geometries : [object]),
  );
  /** @type {PolygonCoords[]} */
  const polygons = [];
  for (const polygon of /** @type {PolygonCoords[]} */ (merged.coordinates)) {
    const [minX, minY, maxX, maxY] = bboxOf({ type: 'Polygon', coordinates: polygon });
    const [bx0, by0, bx1, by1] = LAND_BBOX;
    if (maxX < bx0 || minX > bx1 || maxY < by0 || minY > by1) continue;
    /** @type {PolygonCoords} */
    const clipped = [];
    for (const [i, ring] of polygon.entries()) {
      const c = clipRing(ring, LAND_BBOX);
      if (!c) {
        if (i === 0) break;
        continue;
      }
      clipped.push(c);
    }
    if (clipped.length === 0) continue;
    const rounded = roundPolygon(rewindPolygon(clipped), LAND_DECIMALS);
    if (rounded) polygons.push(rounded);
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * Parses the @font-face blocks of a @fontsource CSS file: subset → unicode-range list.
 * @param {string} css
 * @returns {Map<string, string[]>}
 */
export function parseFontsourceRanges(css) {
  /** @type {Map<string, string[]>} */
  const ranges = new Map();
  const block = /\/\*\s*noto-sans-([a-z-]+)-(\d+)-normal\s*\*\/\s*@font-face\s*{([^}]*)}/g;
  for (const m of css.matchAll(block)) {
    const [, subset, , body = ''] = m;
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (subset && range)
      ranges.set(
        subset,
        range.split(',').map((r) => r.trim()),
      );
  }
  return ranges;
}
