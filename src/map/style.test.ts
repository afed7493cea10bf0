import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { VN_AQI_LEGEND } from './legend';
import {
  LAYER,
  MAP_THEMES,
  SOURCE,
  classColor,
  classSymbol,
  defaultStyle,
  pointCollection,
  pointLayerSpec,
  styleLayers,
  unitFillOpacity,
  type StyleInput,
} from './style';
import { loadContext, loadUnits } from './testing/geodata-fixture';
import type { MapPointLayer } from './types';

const sensors: MapPointLayer = {
  id: 'sensors',
  kind: 'sensor',
  cluster: true,
  legend: VN_AQI_LEGEND,
  items: [
    { id: 'a', lng: 105.8, lat: 21, classIndex: 2, name: 'Trạm A', label: 'VN_AQI 120' },
    { id: 'b', lng: 106.7, lat: 10.8, classIndex: null, name: 'Trạm B', label: '—' },
  ],
};

const input = (over: Partial<StyleInput> = {}): StyleInput => ({
  theme: MAP_THEMES.desk,
  context: loadContext(),
  units: loadUnits('current'),
  noDataColor: '#b8bec6',
  selected: null,
  points: [sensors],
  ...over,
});

describe('defaultStyle', () => {
  it.each(['desk', 'wall'] as const)(
    'is a valid MapLibre style (%s theme, both unit sets)',
    (theme) => {
      for (const unitSet of ['current', 'former'] as const) {
        const style = defaultStyle(
          input({ theme: MAP_THEMES[theme], units: loadUnits(unitSet), selected: '79' }),
        );
        expect(validateStyleMin(style)).toEqual([]);
        expect(validateStyleMin(defaultStyle(input()))).toEqual([]);
      }
    },
  );

  it('needs no network: inline GeoJSON only, no glyphs, sprite or tile URLs', () => {
    const style = defaultStyle(input());
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      if (source.type === 'geojson') expect(typeof source.data).toBe('object');
    }
    expect(JSON.stringify(style.layers)).not.toMatch(/https?:/);
  });

  it('names bundled Noto Sans files for every text font, Vietnamese subset included', () => {
    const style = defaultStyle(input());
    const faces = style['font-faces'] as unknown as Record<
      string,
      Array<{ url: string; 'unicode-range': string[] }>
    >;
    const fonts = new Set(
      style.layers.flatMap((l) =>
        l.type === 'symbol' ? ((l.layout?.['text-font'] as string[] | undefined) ?? []) : [],
      ),
    );
    expect([...fonts].sort()).toEqual(['Noto Sans Bold', 'Noto Sans Regular']);
    for (const font of fonts) {
      expect(faces[font]?.some((f) => f['unicode-range'].includes('U+1EA0-1EF9'))).toBe(true);
      expect(faces[font]?.every((f) => f.url.endsWith('.woff2'))).toBe(true);
    }
  });

  it('colours units from feature-state, keyed by unit code, with attribution', () => {
    const style = defaultStyle(input());
    const units = style.sources[SOURCE.units];
    expect(units).toMatchObject({ promoteId: 'code', attribution: 'Natural Earth' });
    const fill = style.layers.find((l) => l.id === LAYER.unitsFill);
    expect(JSON.stringify(fill)).toContain('"feature-state","fill"');
    // Archipelagos share the colour of their parent unit.
    expect(style.sources[SOURCE.archipelagos]).toMatchObject({ promoteId: 'parentCode' });
  });

  it('has unique layer ids and never hides the Hoàng Sa / Trường Sa labels on collision', () => {
    const layers = styleLayers(input());
    expect(new Set(layers.map((l) => l.id)).size).toBe(layers.length);
    const labels = layers.find((l) => l.id === LAYER.archipelagoLabels);
    expect(labels?.type === 'symbol' && labels.layout?.['text-allow-overlap']).toBe(true);
  });

  it('dims units other than the selected one', () => {
    expect(unitFillOpacity(null)).toBe(1);
    expect(unitFillOpacity('79')).toEqual(['case', ['==', ['get', 'code'], '79'], 1, 0.35]);
  });
});

describe('point layers', () => {
  it('clusters sensors by worst class in one circle layer plus counts and class texts', () => {
    const spec = pointLayerSpec(sensors, MAP_THEMES.wall);
    expect(spec.source).toMatchObject({
      cluster: true,
      clusterProperties: { worst: ['max', ['get', 'c']] },
    });
    expect(spec.layers.map((l) => [l.id, l.type])).toEqual([
      ['points-sensors-points', 'circle'],
      ['points-sensors-count', 'symbol'],
      ['points-sensors-symbols', 'symbol'],
    ]);
    // The class text is drawn for single points only; clusters show their count.
    const symbols = spec.layers[2];
    expect(symbols && 'filter' in symbols ? symbols.filter : null).toEqual([
      '!',
      ['has', 'point_count'],
    ]);
    expect(symbols?.type === 'symbol' && symbols.layout?.['text-field']).toEqual(
      classSymbol(['get', 'c'], VN_AQI_LEGEND),
    );
    const incidents = pointLayerSpec(
      { ...sensors, id: 'incidents', kind: 'incident', cluster: false },
      MAP_THEMES.desk,
    );
    expect(incidents.source).not.toHaveProperty('cluster');
    expect(incidents.layers.map((l) => l.type)).toEqual(['circle', 'symbol']);
    // A legend without symbols adds no text layer.
    const plain = {
      ...VN_AQI_LEGEND,
      classes: VN_AQI_LEGEND.classes.map(({ symbol: _s, ...c }) => c),
    };
    const noText = pointLayerSpec({ ...sensors, cluster: false, legend: plain }, MAP_THEMES.desk);
    expect(noText.layers.map((l) => l.type)).toEqual(['circle']);
  });

  it.each([
    [
      'band numbers',
      VN_AQI_LEGEND,
      [
        'match',
        ['to-number', ['get', 'c'], -1],
        0,
        '1',
        1,
        '2',
        2,
        '3',
        3,
        '4',
        4,
        '5',
        5,
        '6',
        '',
      ],
    ],
    [
      'only the classes that have one',
      {
        title: 't',
        classes: [
          { key: 'a', label: 'A', color: '#a' },
          { key: 'b', label: 'B', color: '#b', symbol: 'II' },
        ],
        noData: { label: '-', color: '#c' },
      },
      ['match', ['to-number', ['get', 'c'], -1], 1, 'II', ''],
    ],
    ['none', { title: 't', classes: [], noData: { label: '-', color: '#c' } }, null],
  ])('class symbols: %s', (_name, legend, expected) => {
    expect(classSymbol(['get', 'c'], legend)).toEqual(expected);
  });

  it('sends compact features, unknown class as -1, no label when the layer computes it', () => {
    const fc = pointCollection(sensors.items);
    expect(fc.features[1]).toEqual({
      type: 'Feature',
      properties: { id: 'b', c: -1, name: 'Trạm B', label: '—' },
      geometry: { type: 'Point', coordinates: [106.7, 10.8] },
    });
    const bare = pointCollection([{ id: 'x', lng: 1, lat: 2, classIndex: 0, name: 'X' }]);
    expect(bare.features[0]?.properties).toEqual({ id: 'x', c: 0, name: 'X' });
  });

  it('multiplies text, line and circle sizes by the display scale', () => {
    const at = (scale: number) => {
      const layers = styleLayers({ ...input({}), points: [sensors], scale });
      const byId = new Map(layers.map((l) => [l.id, l]));
      const labels = byId.get(LAYER.unitLabels);
      const count = byId.get('points-sensors-count');
      const points = byId.get('points-sensors-points');
      const selected = byId.get(LAYER.unitsSelected);
      return {
        labelSize: labels?.type === 'symbol' ? labels.layout?.['text-size'] : null,
        countSize: count?.type === 'symbol' ? count.layout?.['text-size'] : null,
        stroke: points?.type === 'circle' ? points.paint?.['circle-stroke-width'] : null,
        line: selected?.type === 'line' ? selected.paint?.['line-width'] : null,
      };
    };
    expect(at(1)).toEqual({
      labelSize: ['interpolate', ['linear'], ['zoom'], 4, 10, 7, 14],
      countSize: 11,
      stroke: 1.5,
      line: 3,
    });
    expect(at(2)).toEqual({
      labelSize: ['interpolate', ['linear'], ['zoom'], 4, 20, 7, 28],
      countSize: 22,
      stroke: 3,
      line: 6,
    });
  });

  it('maps a class index to its legend colour', () => {
    const expr = classColor(['get', 'c'], VN_AQI_LEGEND);
    expect(expr).toEqual([
      'match',
      ['to-number', ['get', 'c'], -1],
      ...VN_AQI_LEGEND.classes.flatMap((c, i) => [i, c.color]),
      VN_AQI_LEGEND.noData.color,
    ]);
    expect(classColor(['get', 'c'], { ...VN_AQI_LEGEND, classes: [] })).toBe(
      VN_AQI_LEGEND.noData.color,
    );
  });
});
