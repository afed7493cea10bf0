import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseContextGeodata, parseUnitGeodata } from './geodata';

const root = path.resolve(import.meta.dirname, '../../..');
const read = (file: string): unknown =>
  JSON.parse(readFileSync(path.join(root, 'public/geo', file), 'utf8'));

beforeAll(() => {
  // Makes sure the generated files exist (a no-op when they are up to date).
  execFileSync(process.execPath, [path.join(root, 'scripts/geodata/build.mjs'), '--quiet']);
});

describe('geodata contract', () => {
  it.each([
    ['current', 34],
    ['former', 63],
  ] as const)('accepts the generated %s unit file', (unitSet, n) => {
    const r = parseUnitGeodata(read(`units-${unitSet}.json`), unitSet);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.units.features).toHaveLength(n);
      expect(r.value.labels.features).toHaveLength(n);
    }
  });

  it('refuses a file of the other unit set', () => {
    const r = parseUnitGeodata(read('units-former.json'), 'current');
    expect(r).toMatchObject({ ok: false, error: { field: 'unitSet' } });
  });

  it('accepts the context file and resolves font URLs against it', () => {
    const r = parseContextGeodata(read('context.json'), 'http://127.0.0.1:4173/geo/context.json');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.attribution).toBe('Natural Earth');
      expect(r.value.fonts['Noto Sans Regular']?.[0]?.url).toBe(
        'http://127.0.0.1:4173/geo/fonts/noto-sans-latin-400-normal.woff2',
      );
      expect(r.value.archipelagos.features.map((f) => f.properties.id)).toEqual([
        'hoang-sa',
        'hoang-sa',
        'truong-sa',
        'truong-sa',
      ]);
    }
  });

  it.each([
    ['a bad code', { code: '1' }, 'units.features[0].properties.code'],
    [
      'a NaN position',
      {
        coordinates: [
          [
            [0, 0],
            [1, 0],
            ['x', 1],
            [0, 0],
          ],
        ],
      },
      'units.features[0].geometry.coordinates',
    ],
    [
      'a short ring',
      {
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      },
      'units.features[0].geometry.coordinates',
    ],
  ])('names the field of %s', (_name, patch, field) => {
    const base = {
      type: 'Feature',
      properties: { code: '01', name: 'Hà Nội', type: 'city', areaKm2: 1 },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
    };
    const feature =
      'code' in patch
        ? { ...base, properties: { ...base.properties, ...patch } }
        : { ...base, geometry: { ...base.geometry, ...patch } };
    const json = {
      unitSet: 'current',
      units: { type: 'FeatureCollection', features: [feature] },
      labels: { type: 'FeatureCollection', features: [] },
    };
    expect(parseUnitGeodata(json, 'current')).toMatchObject({ ok: false, error: { field } });
  });
});
