import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_FILES, build, isUpToDate } from './build.mjs';
import {
  geometryAreaKm2,
  pointInGeometry,
  pointInPolygon,
  polygonProblems,
  polygonsOf,
  ringAreaM2,
} from './geometry.mjs';
import type { AreaGeometry, Position } from './geometry.mjs';
import { LAND_BBOX } from './pipeline.mjs';
import { FONT_DIR, OUT_DIR, ROOT } from './sources.mjs';

interface UnitFeature {
  type: 'Feature';
  properties: {
    code: string;
    name: string;
    areaKm2: number;
    formedFrom?: string[];
    successor?: string;
  };
  geometry: AreaGeometry;
}
interface LabelFeature {
  properties: { code: string; name: string };
  geometry: { type: 'Point'; coordinates: Position };
}
interface UnitFile {
  unitSet: string;
  units: { type: 'FeatureCollection'; features: UnitFeature[] };
  labels: { type: 'FeatureCollection'; features: LabelFeature[] };
}
interface Catalogue {
  current: Array<{ code: string; name: string; formedFrom: string[]; areaKm2: number | null }>;
  former: Array<{ code: string; name: string; successor: string }>;
}
interface ArchipelagoFeature {
  properties: { id: string; parentCode: string; kind: 'area' | 'label'; name: string };
  geometry:
    { type: 'Point'; coordinates: Position } | { type: 'Polygon'; coordinates: Position[][] };
}
interface ContextFile {
  attribution: string;
  fonts: Record<string, Array<{ url: string; 'unicode-range': string[] }>>;
  land: { features: Array<{ properties: Record<string, unknown>; geometry: AreaGeometry }> };
  archipelagos: { features: ArchipelagoFeature[] };
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const catalogue = readJson(path.join(ROOT, 'src/catalog/admin-units.json')) as Catalogue;

let current: UnitFile;
let former: UnitFile;
let context: ContextFile;
let manifest: {
  attribution: string;
  sources: Array<{ licence: string; attribution: string | null }>;
  fixesApplied: Array<{ code: string; name: string }>;
};

beforeAll(async () => {
  if (!isUpToDate()) await build();
  current = readJson(path.join(OUT_DIR, OUTPUT_FILES.current)) as UnitFile;
  former = readJson(path.join(OUT_DIR, OUTPUT_FILES.former)) as UnitFile;
  context = readJson(path.join(OUT_DIR, OUTPUT_FILES.context)) as ContextFile;
  manifest = readJson(path.join(OUT_DIR, OUTPUT_FILES.manifest)) as typeof manifest;
});

const codes = (f: UnitFile) => f.units.features.map((u) => u.properties.code).sort();
const unit = (f: UnitFile, code: string) => {
  const found = f.units.features.find((u) => u.properties.code === code);
  if (!found) throw new Error(`no unit ${code}`);
  return found;
};

describe('unit sets', () => {
  it('has exactly 34 current and 63 former units with the catalogue codes and names', () => {
    expect(current.units.features).toHaveLength(34);
    expect(former.units.features).toHaveLength(63);
    expect(codes(current)).toEqual(catalogue.current.map((u) => u.code).sort());
    expect(codes(former)).toEqual(catalogue.former.map((u) => u.code).sort());
    for (const u of catalogue.current) expect(unit(current, u.code).properties.name).toBe(u.name);
    for (const u of catalogue.former) {
      expect(unit(former, u.code).properties.name).toBe(u.name);
      expect(unit(former, u.code).properties.successor).toBe(u.successor);
    }
  });

  it('fixes the known name defects of the source by location-checked mapping', () => {
    const fixed = Object.fromEntries(manifest.fixesApplied.map((f) => [f.code, f.name]));
    expect(fixed).toEqual({
      '06': 'Bắc Kạn',
      '33': 'Hưng Yên',
      '75': 'Đồng Nai',
      '87': 'Đồng Tháp',
      '49': 'Quảng Nam',
    });
  });

  it.each(['current', 'former'] as const)(
    '%s: every geometry is valid RFC 7946 in Vietnam',
    (set) => {
      const file = set === 'current' ? current : former;
      for (const f of file.units.features) {
        expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
        for (const polygon of polygonsOf(f.geometry)) {
          expect(polygonProblems(polygon), f.properties.code).toEqual([]);
          polygon.forEach((ring, i) => {
            // Exterior counter-clockwise, holes clockwise.
            expect(ringAreaM2(ring) > 0, `${f.properties.code} ring ${i}`).toBe(i === 0);
            for (const [lon, lat] of ring) {
              expect(lon).toBeGreaterThan(102);
              expect(lon).toBeLessThan(110);
              expect(lat).toBeGreaterThan(8);
              expect(lat).toBeLessThan(23.5);
            }
          });
        }
      }
    },
  );

  it('dissolves exactly: each current unit has the summed area of its former units', () => {
    for (const u of catalogue.current) {
      const parts = u.formedFrom.reduce((s, c) => s + geometryAreaKm2(unit(former, c).geometry), 0);
      const merged = geometryAreaKm2(unit(current, u.code).geometry);
      expect(Math.abs(merged / parts - 1), u.name).toBeLessThan(0.001);
    }
  });

  // Natural Earth's Lào Cai (10) is ~25% larger than the official figure (its line with Lai Châu
  // looks like the pre-2004 one), which puts the merged Lào Cai at +10.3%. That is a data defect
  // we record rather than hide; every other official area is within 10%.
  const TOLERANCE: Record<string, number> = { '15': 0.11 };
  it.each(catalogue.current.filter((u) => u.areaKm2 !== null).map((u) => [u.name, u] as const))(
    'area of %s is within tolerance of the official area',
    (_name, u) => {
      const computed = geometryAreaKm2(unit(current, u.code).geometry);
      const error = Math.abs(computed / (u.areaKm2 ?? NaN) - 1);
      expect(error).toBeLessThan(TOLERANCE[u.code] ?? 0.1);
    },
  );

  it('keeps the total land area of Vietnam within 1% of the official 331,345 km²', () => {
    const total = current.units.features.reduce((s, f) => s + geometryAreaKm2(f.geometry), 0);
    expect(Math.abs(total / 331345 - 1)).toBeLessThan(0.01);
  });
});

describe('label points', () => {
  it.each(['current', 'former'] as const)(
    '%s: one label per unit, inside its largest part',
    (set) => {
      const file = set === 'current' ? current : former;
      expect(file.labels.features.map((l) => l.properties.code).sort()).toEqual(codes(file));
      for (const label of file.labels.features) {
        const u = unit(file, label.properties.code);
        expect(pointInGeometry(label.geometry.coordinates, u.geometry), u.properties.name).toBe(
          true,
        );
        const [largest] = polygonsOf(u.geometry);
        expect(pointInPolygon(label.geometry.coordinates, largest!)).toBe(true);
      }
    },
  );

  it('puts An Giang on the mainland, not on Phú Quốc, and Hồ Chí Minh not on Côn Đảo', () => {
    const label = (code: string) =>
      current.labels.features.find((l) => l.properties.code === code)!.geometry.coordinates;
    expect(label('91')[0]).toBeGreaterThan(104.3); // Phú Quốc lies west of 104.1°E
    expect(label('79')[1]).toBeGreaterThan(10.3); // Côn Đảo lies near 8.7°N
  });
});

describe('context features', () => {
  it('adds Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa) as area and label features', () => {
    const byId = (id: string, kind: 'area' | 'label') =>
      context.archipelagos.features.find(
        (f) => f.properties.id === id && f.properties.kind === kind,
      )!;
    const hoangSa = byId('hoang-sa', 'label');
    const truongSa = byId('truong-sa', 'label');
    expect(hoangSa.properties).toMatchObject({ parentCode: '48', name: 'Quần đảo Hoàng Sa' });
    expect(truongSa.properties).toMatchObject({ parentCode: '56', name: 'Quần đảo Trường Sa' });
    const [hx, hy] = hoangSa.geometry.coordinates as Position;
    expect(Math.abs(hx - 112)).toBeLessThan(0.5);
    expect(Math.abs(hy - 16.5)).toBeLessThan(0.5);
    const [tx, ty] = truongSa.geometry.coordinates as Position;
    expect(tx).toBeGreaterThan(111.5);
    expect(tx).toBeLessThan(114.5);
    expect(ty).toBeGreaterThan(8.6);
    expect(ty).toBeLessThan(11.5);
    for (const id of ['hoang-sa', 'truong-sa']) {
      const area = byId(id, 'area').geometry as { type: 'Polygon'; coordinates: Position[][] };
      const label = byId(id, 'label').geometry.coordinates as Position;
      expect(polygonProblems(area.coordinates)).toEqual([]);
      expect(pointInPolygon(label, area.coordinates)).toBe(true);
      // Both parent units exist in both unit sets under the same code.
      expect(unit(current, byId(id, 'area').properties.parentCode)).toBeDefined();
      expect(unit(former, byId(id, 'area').properties.parentCode)).toBeDefined();
    }
  });

  it('has a land outline only (no country features), clipped to the region', () => {
    expect(context.land.features).toHaveLength(1);
    const [land] = context.land.features;
    expect(Object.keys(land!.properties)).toEqual(['kind']);
    for (const polygon of polygonsOf(land!.geometry)) {
      for (const [lon, lat] of polygon.flat()) {
        expect(lon).toBeGreaterThanOrEqual(LAND_BBOX[0]);
        expect(lon).toBeLessThanOrEqual(LAND_BBOX[2]);
        expect(lat).toBeGreaterThanOrEqual(LAND_BBOX[1]);
        expect(lat).toBeLessThanOrEqual(LAND_BBOX[3]);
      }
    }
    // Hà Nội is land.
    expect(pointInGeometry([105.85, 21.03], land!.geometry)).toBe(true);
  });

  it('records licences and the attribution, and ships the Vietnamese font subsets', () => {
    expect(context.attribution).toBe('Natural Earth');
    expect(manifest.attribution).toBe('Natural Earth');
    expect(manifest.sources.map((s) => s.licence).join(' ')).toMatch(/Public domain/);
    const regular = context.fonts['Noto Sans Regular']!;
    expect(regular.map((f) => f.url)).toEqual([
      'fonts/noto-sans-latin-400-normal.woff2',
      'fonts/noto-sans-vietnamese-400-normal.woff2',
    ]);
    expect(regular[1]!['unicode-range']).toContain('U+1EA0-1EF9');
    for (const face of Object.values(context.fonts).flat()) {
      expect(existsSync(path.join(FONT_DIR, path.basename(face.url)))).toBe(true);
    }
  });

  it('is up to date after a build, so the next run skips the work', () => {
    expect(isUpToDate()).toBe(true);
  });
});
