import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import {
  clipRing,
  geometryAreaKm2,
  pointInPolygon,
  polygonProblems,
  rewindPolygon,
  ringAreaM2,
  roundPolygon,
} from './geometry.mjs';
import type { Position } from './geometry.mjs';
import { buildNameIndex, correctedName, foldForMatch } from './names.mjs';
import { parseFontsourceRanges, labelPoint } from './pipeline.mjs';
import { repairSelfCrossings } from './repair.mjs';

const square = (x: number, y: number, s: number): Position[] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

describe('geometry', () => {
  it('computes spherical areas (1°×1° at the equator ≈ 12,364 km²) with orientation sign', () => {
    const ring = square(0, 0, 1);
    expect(ringAreaM2(ring) / 1e6).toBeCloseTo(12364, -1);
    expect(ringAreaM2([...ring].reverse())).toBeCloseTo(-ringAreaM2(ring));
    expect(
      geometryAreaKm2({ type: 'Polygon', coordinates: [ring, square(0.25, 0.25, 0.5).reverse()] }),
    ).toBeCloseTo(12364 * 0.75, -1);
  });

  it('rewinds to RFC 7946 and rounds without repeated points', () => {
    const cw = [...square(0, 0, 1)].reverse();
    const [outer] = rewindPolygon([cw]);
    expect(ringAreaM2(outer!)).toBeGreaterThan(0);
    expect(
      roundPolygon(
        [
          [
            [0, 0],
            [1e-7, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
        5,
      ),
    ).toEqual([
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ]);
    expect(
      roundPolygon(
        [
          [
            [0, 0],
            [1e-7, 0],
            [0, 1e-7],
            [0, 0],
          ],
        ],
        5,
      ),
    ).toBeNull();
  });

  it('finds bow-ties, open rings and short rings', () => {
    const bowtie: Position[] = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    expect(polygonProblems([bowtie]).join()).toMatch(/cross/);
    expect(
      polygonProblems([
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
      ]).join(),
    ).toMatch(/not closed/);
    expect(
      polygonProblems([
        [
          [0, 0],
          [1, 0],
          [0, 0],
        ],
      ]).join(),
    ).toMatch(/3 positions/);
    expect(polygonProblems([square(0, 0, 1)])).toEqual([]);
  });

  it('clips rings to a rectangle', () => {
    const clipped = clipRing(square(-1, -1, 2), [0, 0, 5, 5])!;
    expect(ringAreaM2(clipped)).toBeCloseTo(ringAreaM2(square(0, 0, 1)), 0);
    expect(clipRing(square(10, 10, 1), [0, 0, 5, 5])).toBeNull();
  });

  it('puts the label of a multipolygon inside its largest part', () => {
    const geometry = {
      type: 'MultiPolygon' as const,
      coordinates: [[square(0, 0, 0.2)], [square(2, 2, 1)]],
    };
    const p = labelPoint(geometry);
    expect(pointInPolygon(p, [square(2, 2, 1)])).toBe(true);
    expect(p[0]).toBeCloseTo(2.5, 1);
  });
});

describe('names', () => {
  it.each([
    ['Thành phố Hồ Chí Minh', 'hochiminh'],
    ['Hồ Chí Minh city', 'hochiminh'],
    ['TP. Hồ Chí Minh', 'hochiminh'],
    ['Thừa Thiên - Huế', 'thuathienhue'],
    ['Hoà Bình', 'hoabinh'],
    ['Hòa Bình', 'hoabinh'],
    ['Ðồng Tháp', 'dongthap'],
    ['Tỉnh Bà Rịa–Vũng Tàu', 'bariavungtau'],
  ])('folds %s to %s', (name, folded) => {
    expect(foldForMatch(name)).toBe(folded);
  });

  it('refuses an ambiguous name index', () => {
    const u = (code: string, name: string) => ({
      code,
      name,
      fullName: name,
      nameAscii: name,
      aliases: [],
    });
    expect(() => buildNameIndex([u('01', 'Hòa Bình'), u('02', 'Hoà Bình')])).toThrow(/shared/);
  });

  it('maps the known defects and leaves other names alone', () => {
    expect(correctedName('Ð?ng Tháp').name).toBe('Đồng Tháp');
    expect(correctedName('Đông Nam Bộ').name).toBe('Đồng Nai');
    expect(correctedName('An Giang')).toEqual({ name: 'An Giang', fix: null });
    expect(correctedName(null).name).toBeNull();
  });
});

describe('repairSelfCrossings', () => {
  it('removes a one-vertex spike from the arc shared by two units', () => {
    // Unit A: square 0..10 whose top edge (arc 0, shared with B) has a spike dipping below the
    // closing edge; arcs in absolute coordinates (no transform).
    const topology: Topology = {
      type: 'Topology',
      objects: {
        u: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0, 1]], properties: { name: 'A' } },
            { type: 'Polygon', arcs: [[~0, 2]], properties: { name: 'B' } },
          ],
        },
      },
      arcs: [
        [
          [0, 10],
          [1, -1],
          [10, 10],
        ],
        [
          [10, 10],
          [10, 0],
          [0, 0],
          [0, 10],
        ],
        [
          [0, 10],
          [0, 20],
          [10, 20],
          [10, 10],
        ],
      ],
    };
    const { topology: fixed, repairs } = repairSelfCrossings(topology, 'u');
    expect(repairs).toEqual([{ unit: 'A', removed: [1, -1] }]);
    expect(fixed.arcs[0]).toEqual([
      [0, 10],
      [10, 10],
    ]);
    expect(topology.arcs[0]).toHaveLength(3); // input untouched
  });
});

describe('parseFontsourceRanges', () => {
  it('reads unicode ranges per subset', () => {
    const css = `/* noto-sans-vietnamese-400-normal */
@font-face {
  font-family: 'Noto Sans';
  src: url(./files/x.woff2) format('woff2');
  unicode-range: U+0102-0103,U+1EA0-1EF9;
}`;
    expect(parseFontsourceRanges(css).get('vietnamese')).toEqual(['U+0102-0103', 'U+1EA0-1EF9']);
  });
});
