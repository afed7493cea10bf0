// Repairs of the source topology that must happen before dissolving.
import { findCrossing, ringSegments } from './geometry.mjs';

/** @typedef {import('./geometry.mjs').Position} Position */
/** @typedef {import('topojson-specification').Topology} Topology */

/**
 * Natural Earth's quantised coastlines contain a few one-vertex spikes that make a ring cross
 * itself (e.g. on Đà Nẵng's coast). They are removed from the arc, not from one unit's ring, so
 * that both units sharing the arc stay edge-to-edge and the dissolve stays exact.
 * Works in the topology's own (integer, when quantised) coordinates, where orientation tests are exact.
 * @param {Topology} topology not mutated
 * @param {string} objectName
 * @param {number} [maxRepairs]
 * @returns {{ topology: Topology, repairs: Array<{ unit: string, removed: Position }> }}
 */
export function repairSelfCrossings(topology, objectName, maxRepairs = 50) {
  const object = topology.objects[objectName];
  if (!object || object.type !== 'GeometryCollection')
    throw new Error(`No collection "${objectName}"`);
  const arcs = decodeArcs(topology);
  /** @type {Array<{ unit: string, removed: Position }>} */
  const repairs = [];

  for (let attempt = 0; attempt <= maxRepairs; attempt++) {
    const found = findSelfCrossing(object.geometries, arcs);
    if (!found) {
      return { topology: { ...topology, arcs: encodeArcs(topology, arcs) }, repairs };
    }
    if (attempt === maxRepairs) break;
    const { ring, crossing, unit } = found;
    const [i, j] = crossing;
    const candidates = [i + 1, j, i, j + 1]
      .map((k) => ring.owners[k % (ring.points.length - 1)])
      .filter((o) => o !== undefined && o !== null);
    let fixed = false;
    for (const owner of candidates) {
      const arc = /** @type {number[][]} */ (arcs[owner.arc]);
      const removed = /** @type {number[]} */ (arc[owner.index]);
      arc.splice(owner.index, 1);
      const rebuilt = assembleRing(ring.arcIndexes, arcs);
      if (!findCrossing(ringSegments(rebuilt.points))) {
        repairs.push({ unit, removed: toLonLat(topology, removed) });
        fixed = true;
        break;
      }
      arc.splice(owner.index, 0, removed);
    }
    if (!fixed) break;
  }
  throw new Error('Could not repair self-crossing rings in the source topology');
}

/**
 * @param {import('topojson-specification').GeometryObject<import('geojson').GeoJsonProperties>[]} geometries
 * @param {number[][][]} arcs
 */
function findSelfCrossing(geometries, arcs) {
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    for (const polygon of polygons) {
      for (const arcIndexes of polygon) {
        const ring = assembleRing(arcIndexes, arcs);
        const crossing = findCrossing(ringSegments(ring.points));
        if (crossing) {
          const props = /** @type {{ name?: string | null } | undefined} */ (g.properties);
          return { ring, crossing, unit: props?.name ?? String(g.id) };
        }
      }
    }
  }
  return null;
}

/**
 * A ring's points with, for each, the arc vertex it comes from (null for arc ends, which are
 * junctions between units and must stay).
 * @param {number[]} arcIndexes
 * @param {number[][][]} arcs
 */
function assembleRing(arcIndexes, arcs) {
  /** @type {Position[]} */
  const points = [];
  /** @type {Array<{ arc: number, index: number } | null>} */
  const owners = [];
  arcIndexes.forEach((signed, n) => {
    const a = signed < 0 ? ~signed : signed;
    const arc = /** @type {number[][]} */ (arcs[a]);
    const order = arc.map((_, k) => k);
    if (signed < 0) order.reverse();
    order.forEach((k, m) => {
      if (n > 0 && m === 0) return;
      const p = /** @type {number[]} */ (arc[k]);
      points.push([/** @type {number} */ (p[0]), /** @type {number} */ (p[1])]);
      owners.push(k === 0 || k === arc.length - 1 ? null : { arc: a, index: k });
    });
  });
  return { arcIndexes, points, owners };
}

/** @param {Topology} topology @returns {number[][][]} absolute positions (quantised if transformed) */
function decodeArcs(topology) {
  return topology.arcs.map((arc) => {
    if (!topology.transform) return arc.map((p) => [...p]);
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)]);
  });
}

/** @param {Topology} topology @param {number[][][]} arcs */
function encodeArcs(topology, arcs) {
  return arcs.map((arc) => {
    if (!topology.transform)
      return arc.map((p) => /** @type {import('topojson-specification').Positions} */ (p));
    let x = 0;
    let y = 0;
    return arc.map(([ax = 0, ay = 0]) => {
      const delta = [ax - x, ay - y];
      x = ax;
      y = ay;
      return delta;
    });
  });
}

/** @param {Topology} topology @param {number[]} p @returns {Position} */
function toLonLat(topology, p) {
  const [x = 0, y = 0] = p;
  const t = topology.transform;
  if (!t) return [x, y];
  return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
}
