import type { ContextGeodata, UnitGeodata } from '../data/contracts/geodata';
import type { FillMap } from './feature-state';
import type { MapTheme } from './style';
import type { FlyToTarget, HoverInfo, MapPointLayer } from './types';

/**
 * The imperative map behind ProvinceMap. engine.ts implements it with MapLibre; component
 * tests use a fake, since jsdom has no WebGL. Every setter is idempotent and cheap to repeat:
 * the engine diffs against what the map already shows.
 */
export interface MapEngine {
  setUnits(units: UnitGeodata): void;
  setFills(fills: FillMap): void;
  setSelected(code: string | null): void;
  /** keyboard highlight: outlines the unit and reports a hover at its label point */
  setFocused(code: string | null): void;
  setPointLayers(layers: readonly MapPointLayer[]): void;
  flyTo(target: FlyToTarget): void;
  /** screen position (CSS px, relative to the container) of a longitude/latitude */
  project(lngLat: readonly [number, number]): { x: number; y: number } | null;
  /** the unit drawn at a screen position, with the fill colour it was drawn with */
  unitAt(x: number, y: number): { code: string; fill: string | null } | null;
  /** resolves after the next frame with nothing left to load or animate */
  whenIdle(): Promise<void>;
  destroy(): void;
}

export type EngineStatus = 'loading' | 'ready' | 'rebuilding' | 'failed';

export interface EngineCallbacks {
  onHover(info: HoverInfo | null): void;
  /** a unit was clicked: its code, or null to clear the selection */
  onSelect(code: string | null): void;
  /** a single point (not a cluster) was clicked: its layer id and point id */
  onSelectPoint(layerId: string, id: string): void;
  onStatus(status: EngineStatus, detail?: string): void;
  /** the configured basemap style did not load; the map goes on with the offline style */
  onBasemapFallback(reason: string): void;
}

export interface EngineInit {
  readonly container: HTMLElement;
  readonly context: ContextGeodata;
  readonly units: UnitGeodata;
  readonly theme: MapTheme;
  readonly noDataColor: string;
  readonly selected: string | null;
  readonly points: readonly MapPointLayer[];
  readonly basemapStyleUrl: string | null;
  /** display scale: 1 on the desk, 2 on a 4K wall (text, lines and circles are multiplied) */
  readonly scale: number;
  /** MapLibre UI strings (aria labels of the canvas and controls) */
  readonly locale: Readonly<Record<string, string>>;
  readonly callbacks: EngineCallbacks;
}

export type EngineFactory = (init: EngineInit) => MapEngine;
