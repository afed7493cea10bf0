// Hoàng Sa and Trường Sa are Vietnamese territory (Hoàng Sa under Đà Nẵng, Trường Sa under
// Khánh Hòa). Natural Earth's admin-1 file has neither, so the project adds its own features:
// an approximate outline of each archipelago (drawn dashed, filled like its parent unit) and a
// label point. The outlines are display envelopes around the island groups, not legal
// boundaries; their extents follow docs/map.md.

/**
 * @typedef {{ id: string, name: string, nameEn: string, parentCode: string, parentName: string,
 *   centre: [number, number], radii: [number, number] }} Archipelago
 */

/** Parent codes are the same in the former (63) and current (34) sets: 48 Đà Nẵng, 56 Khánh Hòa. */
/** @type {ReadonlyArray<Archipelago>} */
export const ARCHIPELAGOS = [
  {
    id: 'hoang-sa',
    name: 'Quần đảo Hoàng Sa',
    nameEn: 'Hoang Sa archipelago',
    parentCode: '48',
    parentName: 'Đà Nẵng',
    centre: [112.0, 16.45],
    radii: [0.95, 0.8],
  },
  {
    id: 'truong-sa',
    name: 'Quần đảo Trường Sa',
    nameEn: 'Truong Sa archipelago',
    parentCode: '56',
    parentName: 'Khánh Hòa',
    centre: [113.0, 10.05],
    radii: [1.5, 1.45],
  },
];

/**
 * @param {[number, number]} centre
 * @param {[number, number]} radii
 * @param {number} steps
 * @returns {Array<[number, number]>} closed counter-clockwise ring
 */
function ellipse(centre, radii, steps = 48) {
  /** @type {Array<[number, number]>} */
  const ring = [];
  for (let i = 0; i < steps; i++) {
    const t = (2 * Math.PI * i) / steps;
    const x = Math.round((centre[0] + radii[0] * Math.cos(t)) * 1e4) / 1e4;
    const y = Math.round((centre[1] + radii[1] * Math.sin(t)) * 1e4) / 1e4;
    ring.push([x, y]);
  }
  ring.push(/** @type {[number, number]} */ ([.../** @type {[number, number]} */ (ring[0])]));
  return ring;
}

/** GeoJSON features: one `area` polygon and one `label` point per archipelago. */
export function archipelagoFeatures() {
  return ARCHIPELAGOS.flatMap((a) => {
    const properties = {
      id: a.id,
      name: a.name,
      nameEn: a.nameEn,
      parentCode: a.parentCode,
      parentName: a.parentName,
      label: `${a.name}\n(${a.parentName})`,
    };
    return [
      {
        type: /** @type {const} */ ('Feature'),
        properties: { ...properties, kind: 'area' },
        geometry: {
          type: /** @type {const} */ ('Polygon'),
          coordinates: [ellipse(a.centre, a.radii)],
        },
      },
      {
        type: /** @type {const} */ ('Feature'),
        properties: { ...properties, kind: 'label' },
        geometry: { type: /** @type {const} */ ('Point'), coordinates: a.centre },
      },
    ];
  });
}
