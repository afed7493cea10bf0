import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { ContextGeodata, UnitGeodata } from '../data/contracts/geodata';
import { palettes, type ThemeName } from '../ui/tokens';
import type { MapLegend, MapPoint, MapPointLayer } from './types';

/**
 * The map's style as typed data: pure functions of the theme, the geodata and the scene's
 * state, tested without WebGL. engine.ts hands these objects to MapLibre unchanged.
 */

export const SOURCE = {
  land: 'land',
  units: 'units',
  labels: 'unit-labels',
  archipelagos: 'archipelagos',
} as const;

export const LAYER = {
  background: 'background',
  land: 'land-fill',
  unitsFill: 'units-fill',
  unitsLine: 'units-line',
  unitsHover: 'units-hover',
  unitsSelected: 'units-selected',
  unitLabels: 'unit-labels',
  archipelagoFill: 'archipelagos-fill',
  archipelagoLine: 'archipelagos-line',
  archipelagoLabels: 'archipelagos-labels',
} as const;

/** Layers that stand for a unit when clicked or hovered (archipelagos stand for their parent). */
export const UNIT_LAYERS = [LAYER.unitsFill, LAYER.archipelagoFill] as const;

/** Font stacks; GL JS draws them locally from the same-named FontFace (fonts.ts). */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

export interface MapTheme {
  readonly sea: string;
  readonly land: string;
  readonly unitLine: string;
  readonly selectedLine: string;
  readonly hoverLine: string;
  readonly labelText: string;
  readonly labelHalo: string;
  readonly archipelagoLine: string;
  readonly clusterText: string;
  readonly pointStroke: string;
}

export const MAP_THEMES: Record<ThemeName, MapTheme> = {
  desk: {
    sea: '#dce6ee',
    land: '#ecebe6',
    unitLine: '#ffffff',
    selectedLine: palettes.desk.text,
    hoverLine: palettes.desk.focus,
    labelText: palettes.desk.text,
    labelHalo: 'rgba(255,255,255,0.9)',
    archipelagoLine: palettes.desk.accent,
    clusterText: '#1b1f24',
    pointStroke: '#ffffff',
  },
  wall: {
    sea: '#070d15',
    land: '#1a2431',
    unitLine: '#05080d',
    selectedLine: palettes.wall.focus,
    hoverLine: palettes.wall.accent,
    labelText: palettes.wall.text,
    labelHalo: 'rgba(5,8,13,0.9)',
    archipelagoLine: palettes.wall.accent,
    clusterText: '#05080d',
    pointStroke: '#05080d',
  },
};

/** Fill opacity: every unit opaque, or only the selected one when a unit is selected. */
export function unitFillOpacity(selected: string | null): ExpressionSpecification | number {
  if (selected === null) return 1;
  return ['case', ['==', ['get', 'code'], selected], 1, 0.35];
}

/** Archipelagos follow their parent unit's selection. */
export function archipelagoFillOpacity(selected: string | null): ExpressionSpecification | number {
  if (selected === null) return 0.55;
  return ['case', ['==', ['get', 'parentCode'], selected], 0.55, 0.2];
}

/** Outline of one unit (selected or hovered); matches nothing when `code` is null. */
export function unitFilter(code: string | null): FilterSpecification {
  return ['==', ['get', 'code'], code ?? ''];
}

/** Colour from the `fill` feature-state, the no-data colour until one is set. */
function stateFill(noData: string): ExpressionSpecification {
  return ['to-color', ['feature-state', 'fill'], noData];
}

export interface StyleInput {
  readonly theme: MapTheme;
  readonly context: ContextGeodata;
  readonly units: UnitGeodata;
  readonly noDataColor: string;
  readonly selected: string | null;
  readonly hovered?: string | null;
  /** point layers present from the start, so that they load with everything else */
  readonly points?: readonly MapPointLayer[];
  /**
   * Display scale (useDisplayScale: 1 on the desk, 2 on a 4K wall). MapLibre draws text, lines
   * and circles in the CSS pixels it is given, so their sizes are multiplied by it.
   */
  readonly scale?: number;
}

/** `value` × scale, or a zoom interpolation with every output multiplied by the scale. */
function scaled(scale: number, value: number): number {
  return Math.round(value * scale * 100) / 100;
}

/** ['interpolate', ['linear'], ['zoom'], z0, v0 × scale, z1, v1 × scale] */
function zoomScaled(
  scale: number,
  stops: ReadonlyArray<readonly [number, number]>,
): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...stops.flatMap(([z, v]) => [z, scaled(scale, v)]),
  ] as ExpressionSpecification;
}

/** Sources of the overlay, with the data inline (it is already loaded and validated). */
export function overlaySources(input: StyleInput): Record<string, GeoJSONSourceSpecification> {
  return {
    [SOURCE.units]: {
      type: 'geojson',
      data: input.units.units,
      // Feature-state and hover work on the unit code, not on array positions.
      promoteId: 'code',
      attribution: input.context.attribution,
    },
    [SOURCE.labels]: { type: 'geojson', data: input.units.labels },
    [SOURCE.archipelagos]: {
      type: 'geojson',
      data: input.context.archipelagos,
      promoteId: 'parentCode',
    },
  };
}

/** Unit, label and archipelago layers, drawn on top of the default base or an external basemap. */
export function overlayLayers(input: StyleInput): LayerSpecification[] {
  const { theme, noDataColor, selected } = input;
  const k = input.scale ?? 1;
  return [
    {
      id: LAYER.unitsFill,
      type: 'fill',
      source: SOURCE.units,
      paint: {
        'fill-color': stateFill(noDataColor),
        'fill-opacity': unitFillOpacity(selected),
        // The line layers draw the edges; a second antialiasing pass per fill is wasted work.
        'fill-antialias': false,
      },
    },
    {
      id: LAYER.archipelagoFill,
      type: 'fill',
      source: SOURCE.archipelagos,
      filter: ['==', ['get', 'kind'], 'area'],
      paint: {
        'fill-color': stateFill(noDataColor),
        'fill-opacity': archipelagoFillOpacity(selected),
        'fill-antialias': false,
      },
    },
    {
      id: LAYER.unitsLine,
      type: 'line',
      source: SOURCE.units,
      paint: {
        'line-color': theme.unitLine,
        'line-width': zoomScaled(k, [
          [4, 0.6],
          [8, 1.5],
        ]),
      },
    },
    {
      id: LAYER.archipelagoLine,
      type: 'line',
      source: SOURCE.archipelagos,
      filter: ['==', ['get', 'kind'], 'area'],
      paint: { 'line-color': theme.archipelagoLine, 'line-width': scaled(k, 1.2) },
    },
    {
      // A filter rather than a feature-state opacity: a layer that matches nothing costs no
      // draw call, which matters on software-rendered walls.
      id: LAYER.unitsHover,
      type: 'line',
      source: SOURCE.units,
      filter: unitFilter(input.hovered ?? null),
      paint: { 'line-color': theme.hoverLine, 'line-width': scaled(k, 2.5) },
    },
    {
      id: LAYER.unitsSelected,
      type: 'line',
      source: SOURCE.units,
      filter: unitFilter(selected),
      paint: { 'line-color': theme.selectedLine, 'line-width': scaled(k, 3) },
    },
    {
      id: LAYER.unitLabels,
      type: 'symbol',
      source: SOURCE.labels,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': zoomScaled(k, [
          [4, 10],
          [7, 14],
        ]),
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 1,
      },
      paint: {
        'text-color': theme.labelText,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': scaled(k, 1.4),
      },
    },
    {
      id: LAYER.archipelagoLabels,
      type: 'symbol',
      source: SOURCE.archipelagos,
      filter: ['==', ['get', 'kind'], 'label'],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [FONT_BOLD],
        'text-size': zoomScaled(k, [
          [4, 10],
          [7, 13],
        ]),
        'text-max-width': 10,
        // Sovereignty labels are never hidden by collisions.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        'text-color': theme.labelText,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': scaled(k, 1.4),
      },
    },
  ];
}

/** Sea and land: the self-contained base drawn when no external basemap is configured. */
export function baseLayers(theme: MapTheme): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': theme.sea } },
    {
      id: LAYER.land,
      type: 'fill',
      source: SOURCE.land,
      // Same paint structure as the unit fills (a feature-state colour, falling back to the land
      // colour, which it always does): one shader program for all fills instead of two.
      // Each program costs 30–100 ms to compile under software WebGL (see docs/map.md).
      paint: { 'fill-color': stateFill(theme.land), 'fill-antialias': false },
    },
  ];
}

/**
 * The default style: no tiles, sprites or glyph server; every source is inline GeoJSON, text
 * is drawn from bundled fonts. `font-faces` names the same files for renderers that read it
 * (MapLibre Native); GL JS uses the FontFace objects registered by fonts.ts.
 */
export function defaultStyle(input: StyleInput): StyleSpecification {
  const layers = styleLayers(input);
  return {
    version: 8,
    name: 'IOC offline',
    'font-faces': fontFacesSpec(input.context.fonts),
    // Paint changes (selection) apply at once: no extra animation frames on a wall.
    transition: { duration: 0, delay: 0 },
    sources: {
      [SOURCE.land]: { type: 'geojson', data: input.context.land },
      ...overlaySources(input),
      ...Object.fromEntries(
        (input.points ?? []).map((p) => {
          const spec = pointLayerSpec(p, input.theme, input.scale);
          return [spec.sourceId, spec.source];
        }),
      ),
    },
    layers,
  };
}

/** Every layer of the default style, bottom to top. */
export function styleLayers(input: StyleInput): LayerSpecification[] {
  const points = (input.points ?? []).flatMap(
    (p) => pointLayerSpec(p, input.theme, input.scale).layers,
  );
  return [...baseLayers(input.theme), ...overlayLayers(input), ...points];
}

/**
 * The style spec's docs and validator take an array of faces per font name (one per unicode
 * range), but style-spec 24.x types an entry as a single face. style.test.ts runs the
 * validator on the result, which is what makes this conversion safe.
 */
function fontFacesSpec(fonts: ContextGeodata['fonts']): StyleSpecification['font-faces'] {
  return fonts as unknown as StyleSpecification['font-faces'];
}

/** ['match', getter, 0, c0, 1, c1, …, noData]: a legend class index to its colour. */
export function classColor(
  getter: ExpressionSpecification,
  legend: MapLegend,
): ExpressionSpecification | string {
  const [first, ...rest] = legend.classes;
  if (!first) return legend.noData.color;
  const tail = rest.flatMap((c, i) => [i + 1, c.color]);
  return ['match', ['to-number', getter, -1], 0, first.color, ...tail, legend.noData.color];
}

/**
 * ['match', class, 0, "I", 1, "II", …, ""]: a legend class index to its short text, or null
 * when no class of the legend has one.
 */
export function classSymbol(
  getter: ExpressionSpecification,
  legend: MapLegend,
): ExpressionSpecification | null {
  const pairs = legend.classes.flatMap((c, i) => (c.symbol ? [[i, c.symbol] as const] : []));
  const [first, ...rest] = pairs;
  if (!first) return null;
  return ['match', ['to-number', getter, -1], first[0], first[1], ...rest.flat(), ''];
}

export const pointSourceId = (layerId: string) => `points-${layerId}`;

/** Layer ids of a point layer, bottom to top. */
export function pointLayerIds(layerId: string) {
  const base = pointSourceId(layerId);
  return { points: `${base}-points`, count: `${base}-count`, symbols: `${base}-symbols` };
}

/**
 * Properties carried by each point feature: short names keep 5,000 points cheap to send. The
 * value text is not among them when the layer computes it on hover (`pointLabel`).
 */
export interface PointProperties {
  readonly id: string;
  /** class index, -1 when unknown */
  readonly c: number;
  readonly name: string;
  readonly label?: string;
}

export function pointCollection(items: readonly MapPoint[]) {
  return {
    type: 'FeatureCollection' as const,
    features: items.map((p) => {
      const properties: PointProperties =
        p.label === undefined
          ? { id: p.id, c: p.classIndex ?? -1, name: p.name }
          : { id: p.id, c: p.classIndex ?? -1, name: p.name, label: p.label };
      return {
        type: 'Feature' as const,
        properties,
        geometry: { type: 'Point' as const, coordinates: [p.lng, p.lat] },
      };
    }),
  };
}

/** Source and layers of one point layer. Clusters take the colour of their worst member. */
export function pointLayerSpec(layer: MapPointLayer, theme: MapTheme, scale = 1) {
  const ids = pointLayerIds(layer.id);
  const k = scale;
  const source: GeoJSONSourceSpecification = {
    type: 'geojson',
    data: pointCollection(layer.items),
    ...(layer.cluster
      ? {
          cluster: true,
          clusterRadius: 40,
          clusterMaxZoom: 9,
          clusterProperties: { worst: ['max', ['get', 'c']] },
        }
      : {}),
  };
  const incident = layer.kind === 'incident';
  const sourceId = pointSourceId(layer.id);
  // One circle layer draws clusters and single points alike (one shader program, one draw
  // call per tile); a cluster takes the colour of its worst member.
  const layers: LayerSpecification[] = [
    {
      id: ids.points,
      type: 'circle',
      source: sourceId,
      paint: {
        'circle-color': [
          'case',
          ['has', 'point_count'],
          classColor(['get', 'worst'], layer.legend),
          classColor(['get', 'c'], layer.legend),
        ],
        'circle-radius': [
          'case',
          ['has', 'point_count'],
          ['step', ['get', 'point_count'], scaled(k, 12), 50, scaled(k, 16), 500, scaled(k, 22)],
          scaled(k, incident ? 7 : 5),
        ],
        'circle-stroke-color': theme.pointStroke,
        'circle-stroke-width': scaled(k, incident ? 2.5 : 1.5),
      },
    },
  ];
  if (layer.cluster) {
    layers.push({
      id: ids.count,
      type: 'symbol',
      source: sourceId,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': [FONT_BOLD],
        'text-size': scaled(k, 11),
        'text-allow-overlap': true,
      },
      // A halo keeps the count readable on the darkest class colours.
      paint: {
        'text-color': theme.clusterText,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': scaled(k, 1.2),
      },
    });
  }
  // The class in words beside each single point ("II", "3"), so that colour is not the only
  // signal. Collisions drop some where points crowd; the tooltip, legend and table still say it.
  const symbol = classSymbol(['get', 'c'], layer.legend);
  if (symbol) {
    layers.push({
      id: ids.symbols,
      type: 'symbol',
      source: sourceId,
      filter: ['!', ['has', 'point_count']],
      layout: {
        'text-field': symbol,
        'text-font': [FONT_BOLD],
        'text-size': scaled(k, 11),
        'text-anchor': 'left',
        'text-offset': [incident ? 0.9 : 0.7, 0],
        'text-padding': 1,
      },
      paint: {
        'text-color': theme.labelText,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': scaled(k, 1.4),
      },
    });
  }
  return { sourceId, source, layers };
}
