import maplibregl from 'maplibre-gl';
import type {
  GeoJSONSource,
  MapGeoJSONFeature,
  Map as MaplibreMap,
  MapMouseEvent,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { UnitGeodata } from '../data/contracts/geodata';
import { diffFills, type FillMap } from './feature-state';
import type { EngineInit, MapEngine } from './engine-types';
import { unitBbox } from './geo';
import {
  LAYER,
  SOURCE,
  UNIT_LAYERS,
  archipelagoFillOpacity,
  defaultStyle,
  overlayLayers,
  overlaySources,
  pointCollection,
  pointLayerIds,
  pointLayerSpec,
  pointSourceId,
  unitFilter,
  unitFillOpacity,
} from './style';
import type { FlyToTarget, MapPointLayer } from './types';
import { mapCreated, mapRemoved } from './live-count';

// Start MapLibre's workers as soon as the engine module loads, before the first map exists.
maplibregl.prewarm();

/**
 * While the sources load (default style only), the map draws into a canvas at 1/16 of its size
 * that is all but transparent. Under software WebGL a full-size frame costs 60–100 ms and a load
 * draws ten of them; small, they cost almost nothing, and each layer's shader pipeline is still
 * compiled as its data arrives. Opacity 0.001, not 0 or `visibility: hidden`: Chromium stops
 * compositing a hidden canvas, and all of its queued GPU work then lands on the first visible
 * frame. At the first idle one task restores both, so the next frame is the whole map at full
 * size (docs/map.md, "Performance").
 */
const LOADING_PIXEL_RATIO = 1 / 16;
const LOADING_CANVAS_OPACITY = '0.001';

/**
 * An external basemap style that has not loaded by then is given up for the offline style, so
 * that an unreachable host (a wall on a closed network) leaves a working map, not a spinner.
 */
const BASEMAP_TIMEOUT_MS = 10_000;

/** More context losses than this within the window means the GPU is not coming back. */
const MAX_REBUILDS = 3;
const REBUILD_WINDOW_MS = 60_000;

/**
 * The only code that talks to MapLibre. It keeps the scene it was asked to show ("desired")
 * and pushes it to whichever map instance is alive, so that a map rebuilt after a lost WebGL
 * context shows the same scene, and so that setters can arrive before the style has loaded.
 */
class MaplibreEngine implements MapEngine {
  private map: MaplibreMap | null = null;
  private ready = false;
  private destroyed = false;
  private rebuildTimes: number[] = [];
  private pendingFly: FlyToTarget | null = null;
  /** the configured basemap failed once: every (re)build uses the offline style */
  private basemapFailed = false;
  /** gives up an external style that has not loaded; cleared on load and with the map */
  private basemapTimer: ReturnType<typeof setTimeout> | undefined;

  private units: UnitGeodata;
  private fills: FillMap = new Map();
  private selected: string | null;
  private focused: string | null = null;
  private pointer: string | null = null;
  private points: readonly MapPointLayer[] = [];

  // What the live map shows; reset on every (re)build.
  private shownUnits: UnitGeodata;
  private shownFills: FillMap = new Map();
  private shownHover: string | null = null;
  private shownSelected: string | null = null;
  private shownPoints = new Map<string, MapPointLayer>();

  private readonly archipelagoParents: ReadonlySet<string>;

  constructor(private readonly init: EngineInit) {
    this.units = init.units;
    this.shownUnits = init.units;
    this.selected = init.selected;
    this.points = init.points;
    this.archipelagoParents = new Set(
      init.context.archipelagos.features.map((f) => f.properties.parentCode),
    );
    this.create();
  }

  private create(): void {
    const { init } = this;
    const basemap = this.basemapFailed ? null : init.basemapStyleUrl;
    const styleInput = {
      theme: init.theme,
      context: init.context,
      units: this.units,
      noDataColor: init.noDataColor,
      selected: this.selected,
      points: basemap ? [] : this.points,
      scale: init.scale,
    };
    let map: MaplibreMap;
    try {
      map = new maplibregl.Map({
        container: init.container,
        style: basemap ?? defaultStyle(styleInput),
        bounds: init.context.viewBbox,
        maxBounds: basemap ? undefined : init.context.maxBounds,
        fitBoundsOptions: { padding: 8 },
        minZoom: 3,
        maxZoom: 12,
        renderWorldCopies: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxPitch: 0,
        attributionControl: { compact: true },
        locale: init.locale,
        fadeDuration: 0,
        cancelPendingTileRequestsWhileZooming: false,
        pixelRatio: basemap ? undefined : LOADING_PIXEL_RATIO,
      });
    } catch (error) {
      // No WebGL (old GPU, disabled acceleration): the table fallback takes over.
      init.callbacks.onStatus('failed', error instanceof Error ? error.message : String(error));
      return;
    }
    this.map = map;
    if (!basemap) map.getCanvas().style.opacity = LOADING_CANVAS_OPACITY;
    mapCreated();
    this.ready = false;
    this.shownUnits = this.units;
    this.shownFills = new Map();
    this.shownHover = null;
    this.shownSelected = this.selected;
    this.shownPoints = new Map(styleInput.points.map((p) => [p.id, p]));
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');

    if (basemap) {
      this.basemapTimer = setTimeout(() => {
        this.giveUpBasemap(map, `no style after ${BASEMAP_TIMEOUT_MS / 1000} s`);
      }, BASEMAP_TIMEOUT_MS);
    }
    // Sources exist once the style is parsed: states set now are drawn in the first frame
    // instead of costing extra frames after 'load'.
    void map.once('style.load', () => {
      if (this.map !== map) return;
      clearTimeout(this.basemapTimer);
      if (basemap) {
        for (const [id, source] of Object.entries(overlaySources(styleInput)))
          map.addSource(id, source);
        for (const layer of overlayLayers(styleInput)) map.addLayer(layer);
      }
      this.ready = true;
      this.pushAll();
    });
    // First idle = every source loaded and drawn, small and transparent. Show it at full size,
    // then report ready at the next idle.
    void map.once('idle', () => {
      if (this.map !== map) return;
      if (!basemap) {
        map.getCanvas().style.opacity = '';
        // null = follow the display's devicePixelRatio again (MapLibre's documented reset; its
        // type says number).
        map.setPixelRatio(null as unknown as number);
      }
      void map.once('idle', () => {
        if (this.map === map) init.callbacks.onStatus('ready');
      });
      map.triggerRepaint();
    });
    map.on('error', (e: { error?: unknown }) => {
      const reason = e.error instanceof Error ? e.error.message : String(e.error);
      // Before the style has loaded, an error is the external style itself failing (a 404, an
      // unreachable host, invalid JSON). Later ones (a basemap tile) leave the map usable and
      // are logged as MapLibre would log them without this listener.
      if (basemap && !this.ready) {
        this.giveUpBasemap(map, reason);
      } else {
        console.error('[map]', reason);
      }
    });
    map.on('webglcontextlost', () => {
      // Rebuild outside MapLibre's own event dispatch.
      setTimeout(() => {
        this.rebuild();
      }, 0);
    });
    map.on('mousemove', (e) => {
      this.onPointerMove(e);
    });
    map.on('mouseout', () => {
      this.pointer = null;
      this.pushHover();
      init.callbacks.onHover(null);
    });
    map.on('click', (e) => {
      this.onClick(e);
    });
  }

  /** Replaces a map whose external basemap failed with one on the offline style. */
  private giveUpBasemap(map: MaplibreMap, reason: string): void {
    if (this.map !== map || this.ready || this.destroyed) return;
    console.warn('[map] basemap style not loaded, using the offline style:', reason);
    this.basemapFailed = true;
    this.removeMap();
    this.init.callbacks.onBasemapFallback(reason);
    this.create();
  }

  private rebuild(): void {
    if (this.destroyed) return;
    const now = Date.now();
    this.rebuildTimes = [...this.rebuildTimes.filter((t) => now - t < REBUILD_WINDOW_MS), now];
    this.removeMap();
    if (this.rebuildTimes.length > MAX_REBUILDS) {
      this.init.callbacks.onStatus('failed', 'WebGL context lost repeatedly');
      return;
    }
    this.init.callbacks.onStatus('rebuilding');
    this.create();
  }

  private removeMap(): void {
    const map = this.map;
    this.map = null;
    this.ready = false;
    clearTimeout(this.basemapTimer);
    if (!map) return;
    mapRemoved();
    try {
      map.remove();
    } catch {
      // A map whose context is already lost may fail half-way through remove(); its canvas
      // is detached either way.
    }
  }

  private interactiveLayers(): string[] {
    const ids: string[] = [];
    for (const layer of this.points) {
      ids.push(pointLayerIds(layer.id).points);
    }
    return [...ids, ...UNIT_LAYERS];
  }

  private featureAt(e: MapMouseEvent): MapGeoJSONFeature | undefined {
    const map = this.map;
    if (!map || !this.ready) return undefined;
    const layers = this.interactiveLayers().filter((id) => map.getLayer(id));
    return map.queryRenderedFeatures(e.point, { layers })[0];
  }

  private onPointerMove(e: MapMouseEvent): void {
    const feature = this.featureAt(e);
    const { x, y } = e.point;
    const canvas = this.map?.getCanvas();
    if (canvas) canvas.style.cursor = feature ? 'pointer' : '';
    const unit = feature ? unitCodeOf(feature) : null;
    this.pointer = unit;
    this.pushHover();
    if (!feature) {
      this.init.callbacks.onHover(null);
      return;
    }
    if (unit !== null) {
      this.init.callbacks.onHover({ kind: 'unit', code: unit, x, y });
      return;
    }
    const layerId = layerIdOfPoint(feature.layer.id);
    const props = feature.properties as Record<string, unknown>;
    if (typeof props['point_count'] === 'number') {
      this.init.callbacks.onHover({
        kind: 'cluster',
        layerId,
        count: props['point_count'],
        worstClass: typeof props['worst'] === 'number' ? props['worst'] : -1,
        x,
        y,
      });
    } else {
      this.init.callbacks.onHover({
        kind: 'point',
        layerId,
        id: pointIdOf(props['id']),
        name: typeof props['name'] === 'string' ? props['name'] : '',
        label: typeof props['label'] === 'string' ? props['label'] : '',
        x,
        y,
      });
    }
  }

  private onClick(e: MapMouseEvent): void {
    const map = this.map;
    const feature = this.featureAt(e);
    if (!map || !feature) return;
    const props = feature.properties as Record<string, unknown>;
    const clusterId = props['cluster_id'];
    if (typeof clusterId === 'number') {
      const source = map.getSource<GeoJSONSource>(feature.source);
      const center = e.lngLat;
      void source?.getClusterExpansionZoom(clusterId).then((zoom) => {
        if (this.map === map) map.easeTo({ center, zoom });
      });
      return;
    }
    const code = unitCodeOf(feature);
    if (code !== null) {
      this.init.callbacks.onSelect(code === this.selected ? null : code);
      return;
    }
    // A single point (a station, an incident): the scene decides what choosing it means.
    const id = pointIdOf(props['id']);
    if (id !== '') this.init.callbacks.onSelectPoint(layerIdOfPoint(feature.layer.id), id);
  }

  // ---- desired state → live map ----

  private pushAll(): void {
    this.pushUnits();
    this.pushFills();
    this.pushSelected();
    this.pushHover();
    this.pushPoints();
    if (this.pendingFly) {
      const target = this.pendingFly;
      this.pendingFly = null;
      this.flyTo(target);
    }
  }

  private pushUnits(): void {
    const map = this.map;
    if (!map || !this.ready || this.shownUnits === this.units) return;
    map.getSource<GeoJSONSource>(SOURCE.units)?.setData(this.units.units);
    map.getSource<GeoJSONSource>(SOURCE.labels)?.setData(this.units.labels);
    // Codes mean other units in the other set: start the states from scratch.
    map.removeFeatureState({ source: SOURCE.units });
    map.removeFeatureState({ source: SOURCE.archipelagos });
    map.setFilter(LAYER.unitsHover, unitFilter(null));
    this.shownFills = new Map();
    this.shownHover = null;
    this.shownUnits = this.units;
  }

  private pushFills(): void {
    const map = this.map;
    if (!map || !this.ready) return;
    const diff = diffFills(this.shownFills, this.fills);
    for (const [code, fill] of diff.set) {
      map.setFeatureState({ source: SOURCE.units, id: code }, { fill });
      if (this.archipelagoParents.has(code)) {
        map.setFeatureState({ source: SOURCE.archipelagos, id: code }, { fill });
      }
    }
    for (const code of diff.remove) {
      map.removeFeatureState({ source: SOURCE.units, id: code }, 'fill');
      if (this.archipelagoParents.has(code)) {
        map.removeFeatureState({ source: SOURCE.archipelagos, id: code }, 'fill');
      }
    }
    this.shownFills = this.fills;
  }

  private pushSelected(): void {
    const map = this.map;
    if (!map || !this.ready || this.shownSelected === this.selected) return;
    map.setPaintProperty(LAYER.unitsFill, 'fill-opacity', unitFillOpacity(this.selected));
    map.setPaintProperty(
      LAYER.archipelagoFill,
      'fill-opacity',
      archipelagoFillOpacity(this.selected),
    );
    map.setFilter(LAYER.unitsSelected, unitFilter(this.selected));
    this.shownSelected = this.selected;
  }

  private pushHover(): void {
    const map = this.map;
    if (!map || !this.ready) return;
    const hover = this.focused ?? this.pointer;
    if (hover === this.shownHover) return;
    map.setFilter(LAYER.unitsHover, unitFilter(hover));
    this.shownHover = hover;
  }

  private pushPoints(): void {
    const map = this.map;
    if (!map || !this.ready) return;
    const wanted = new Map(this.points.map((l) => [l.id, l]));
    for (const [id, shown] of this.shownPoints) {
      const next = wanted.get(id);
      if (
        !next ||
        next.cluster !== shown.cluster ||
        next.legend !== shown.legend ||
        next.kind !== shown.kind
      ) {
        this.removePointLayer(shown);
      }
    }
    for (const layer of this.points) {
      const shown = this.shownPoints.get(layer.id);
      if (!shown) {
        const spec = pointLayerSpec(layer, this.init.theme, this.init.scale);
        map.addSource(spec.sourceId, spec.source);
        for (const l of spec.layers) map.addLayer(l);
      } else if (shown.items !== layer.items) {
        map
          .getSource<GeoJSONSource>(pointSourceId(layer.id))
          ?.setData(pointCollection(layer.items));
      }
      this.shownPoints.set(layer.id, layer);
    }
  }

  private removePointLayer(layer: MapPointLayer): void {
    const map = this.map;
    if (!map) return;
    const ids = pointLayerIds(layer.id);
    for (const id of [ids.symbols, ids.count, ids.points])
      if (map.getLayer(id)) map.removeLayer(id);
    const sourceId = pointSourceId(layer.id);
    if (map.getSource(sourceId)) map.removeSource(sourceId);
    this.shownPoints.delete(layer.id);
  }

  // ---- MapEngine ----

  setUnits(units: UnitGeodata): void {
    this.units = units;
    this.pushUnits();
    this.pushFills();
    this.pushHover();
  }

  setFills(fills: FillMap): void {
    this.fills = fills;
    this.pushFills();
  }

  setSelected(code: string | null): void {
    this.selected = code;
    this.pushSelected();
  }

  setFocused(code: string | null): void {
    this.focused = code;
    this.pushHover();
    if (code === null) {
      this.init.callbacks.onHover(null);
      return;
    }
    const label = this.units.labels.features.find((f) => f.properties.code === code);
    const at = label ? this.project(label.geometry.coordinates) : null;
    if (at) this.init.callbacks.onHover({ kind: 'unit', code, x: at.x, y: at.y });
  }

  setPointLayers(layers: readonly MapPointLayer[]): void {
    this.points = layers;
    this.pushPoints();
  }

  flyTo(target: FlyToTarget): void {
    const map = this.map;
    if (!map || !this.ready) {
      this.pendingFly = target;
      return;
    }
    if ('unitCode' in target) {
      const feature = this.units.units.features.find((f) => f.properties.code === target.unitCode);
      if (!feature) return;
      map.fitBounds(unitBbox(feature.geometry), { padding: 32, maxZoom: target.maxZoom ?? 9 });
    } else {
      map.flyTo({
        center: [target.center[0], target.center[1]],
        zoom: target.zoom ?? map.getZoom(),
      });
    }
  }

  project(lngLat: readonly [number, number]): { x: number; y: number } | null {
    if (!this.map) return null;
    const p = this.map.project([lngLat[0], lngLat[1]]);
    return { x: p.x, y: p.y };
  }

  unitAt(x: number, y: number): { code: string; fill: string | null } | null {
    const map = this.map;
    if (!map || !this.ready) return null;
    const feature = map.queryRenderedFeatures([x, y], { layers: [LAYER.unitsFill] })[0];
    if (!feature) return null;
    const fill = (feature.state as { fill?: unknown }).fill;
    return { code: String(feature.id), fill: typeof fill === 'string' ? fill : null };
  }

  whenIdle(): Promise<void> {
    const map = this.map;
    if (!map) return Promise.resolve();
    return new Promise((resolve) => {
      void map.once('idle', () => {
        resolve();
      });
      map.triggerRepaint();
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.removeMap();
  }
}

function unitCodeOf(feature: MapGeoJSONFeature): string | null {
  if (feature.layer.id === LAYER.unitsFill) return String(feature.id);
  if (feature.layer.id === LAYER.archipelagoFill) {
    const parent = (feature.properties as Record<string, unknown>)['parentCode'];
    return typeof parent === 'string' ? parent : null;
  }
  return null;
}

/** A point's id property; MapLibre may hand back a numeric-looking id as a number. */
function pointIdOf(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : '';
}

/** "points-sensors-clusters" → "sensors" */
function layerIdOfPoint(styleLayerId: string): string {
  return styleLayerId.replace(/^points-/, '').replace(/-(count|points|symbols)$/, '');
}

export function createMaplibreEngine(init: EngineInit): MapEngine {
  return new MaplibreEngine(init);
}
