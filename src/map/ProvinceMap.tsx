import { useQuery } from '@tanstack/react-query';
import {
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type Ref,
} from 'react';
import { getRuntimeConfig } from '../data/config/current-config';
import type { UnitGeodata } from '../data/contracts/geodata';
import { geodataQueries } from '../data/queries/geodata';
import { useDisplayScale } from '../ui/display-scale';
import type { ThemeName } from '../ui/tokens';
import type { EngineFactory, EngineStatus, MapEngine } from './engine-types';
import { fillsFor } from './feature-state';
import { ensureFonts } from './fonts';
import { MapLegendView } from './MapLegendView';
import { VI_MAP_MESSAGES, maplibreLocale, type ProvinceMapMessages } from './messages';
import styles from './ProvinceMap.module.css';
import { MAP_THEMES } from './style';
import { renderTooltip, tooltipLines } from './tooltip';
import type {
  FlyToTarget,
  HoverInfo,
  MapLegend,
  MapPointLayer,
  UnitSet,
  UnitValues,
} from './types';
import { UnitKeyboardList } from './UnitKeyboardList';
import { unitList, unitName } from './units';

/** Imperative access for alerts and tests; scenes normally use the `flyTo` prop. */
export interface ProvinceMapHandle {
  flyTo(target: FlyToTarget): void;
  /** the unit drawn at a point of the map (CSS px from its top-left) and its fill colour */
  unitAt(x: number, y: number): { code: string; fill: string | null } | null;
  /** screen position of a unit's label point */
  labelPointOf(code: string): { x: number; y: number } | null;
  /** resolves once the map has drawn everything it was given */
  whenIdle(): Promise<void>;
}

export interface ProvinceMapProps {
  /** 'former' (63 units) for periods before 1 July 2025, 'current' (34) after: see unitSetForPeriod */
  readonly unitSet: UnitSet;
  /** values by unit code of `unitSet` */
  readonly values: UnitValues;
  readonly legend: MapLegend;
  readonly selectedCode?: string | null;
  /** called with a unit code when a unit is clicked or chosen by keyboard, null to clear */
  readonly onSelect?: (code: string | null) => void;
  /** called when a single point (not a cluster) is clicked, with its layer id and point id */
  readonly onSelectPoint?: (layerId: string, id: string) => void;
  readonly points?: readonly MapPointLayer[];
  /** a camera move; a new `key` moves again */
  readonly flyTo?: FlyToTarget | null;
  /** what the map shows, for assistive technology ("Tỷ lệ hồ sơ trực tuyến theo tỉnh, 2025") */
  readonly ariaLabel: string;
  readonly theme?: ThemeName;
  /** external MapLibre style; default: the runtime configuration's basemapStyleUrl, else offline */
  readonly basemapStyleUrl?: string | null;
  readonly showLegend?: boolean;
  readonly messages?: ProvinceMapMessages;
  readonly className?: string;
  readonly ref?: Ref<ProvinceMapHandle>;
  /** test seam: replaces the MapLibre engine (jsdom has no WebGL) */
  readonly engineFactory?: EngineFactory;
}

const NO_POINTS: readonly MapPointLayer[] = [];

interface Latest {
  readonly onSelect: ((code: string | null) => void) | undefined;
  readonly onSelectPoint: ((layerId: string, id: string) => void) | undefined;
  readonly values: UnitValues;
  readonly legend: MapLegend;
  readonly points: readonly MapPointLayer[];
  readonly messages: ProvinceMapMessages;
  readonly units: UnitGeodata | undefined;
  readonly selectedCode: string | null;
  readonly unitSet: UnitSet;
  readonly scale: number;
}

function showTooltip(el: HTMLDivElement | null, info: HoverInfo | null, l: Latest) {
  if (!el) return;
  const shownSet = l.units?.unitSet ?? l.unitSet;
  const lines = info
    ? tooltipLines(info, {
        unitName: (code) => unitName(shownSet, code),
        values: l.values,
        legend: l.legend,
        points: l.points,
        messages: l.messages,
      })
    : [];
  renderTooltip(el, info, lines, l.scale);
}

/** The MapLibre engine is loaded on first use: maplibre-gl stays out of scenes without a map. */
let defaultEngine: Promise<EngineFactory> | null = null;
function loadDefaultEngine(): Promise<EngineFactory> {
  defaultEngine ??= import('./engine').then((m) => m.createMaplibreEngine);
  return defaultEngine;
}

/**
 * Starts downloading the engine as soon as this module is evaluated (a scene with a map is
 * being loaded), in parallel with the geodata. Skipped where there is no WebGL (jsdom, old
 * browsers): those never create the default engine.
 */
export function prefetchMapEngine(): void {
  if (typeof window !== 'undefined' && 'WebGL2RenderingContext' in window) void loadDefaultEngine();
}
prefetchMapEngine();

/** Marks for bench/map.mjs and the browser's performance panel. */
function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(`province-map:${name}`);
  }
}

function configuredBasemap(): string | null {
  try {
    return getRuntimeConfig().basemapStyleUrl;
  } catch {
    return null;
  }
}

/**
 * A province choropleth (34 or 63 units) with optional sensor/incident point layers.
 * Declarative: each prop change reaches the map as the smallest imperative update
 * (feature-state for values, setData only for changed point layers); the map itself is
 * created once and disposed on unmount.
 */
export function ProvinceMap(props: ProvinceMapProps) {
  const {
    unitSet,
    values,
    legend,
    selectedCode = null,
    onSelect,
    onSelectPoint,
    points = NO_POINTS,
    flyTo,
    ariaLabel,
    theme = 'desk',
    showLegend = true,
    messages = VI_MAP_MESSAGES,
    className,
    ref,
    engineFactory,
  } = props;
  const basemap = props.basemapStyleUrl === undefined ? configuredBasemap() : props.basemapStyleUrl;
  // Canvas text, lines and circles are drawn in pixels: 2× on a 4K wall (display-scale.tsx).
  const scale = useDisplayScale();

  const context = useQuery(geodataQueries.context());
  const unitsQuery = useQuery(geodataQueries.units(unitSet));
  // Keep drawing the previous set while the other one loads.
  const [units, setUnits] = useState(unitsQuery.data);
  if (unitsQuery.data && unitsQuery.data !== units) setUnits(unitsQuery.data);

  const containerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const [engine, setEngine] = useState<MapEngine | null>(null);
  const [status, setStatus] = useState<EngineStatus>('loading');
  const [failure, setFailure] = useState<string | null>(null);
  const [rebuilds, setRebuilds] = useState(0);
  const [basemapFallback, setBasemapFallback] = useState<string | null>(null);

  // Latest props for the callbacks the engine holds on to, and for creating it.
  const latest = useRef<Latest>({
    onSelect,
    onSelectPoint,
    values,
    legend,
    points,
    messages,
    units,
    selectedCode,
    unitSet,
    scale,
  });
  useEffect(() => {
    latest.current = {
      onSelect,
      onSelectPoint,
      values,
      legend,
      points,
      messages,
      units,
      selectedCode,
      unitSet,
      scale,
    };
  });

  const contextData = context.data;
  const hasUnits = units !== undefined;

  useEffect(() => {
    mark('mount');
  }, []);

  // Fonts are named by the context file: fetch them while the units file is still loading.
  useEffect(() => {
    if (contextData) void ensureFonts(contextData.fonts);
  }, [contextData]);

  // Create the map once the geodata and fonts are in; dispose it on unmount.
  useEffect(() => {
    const container = containerRef.current;
    const first = latest.current.units;
    if (!contextData || !hasUnits || !container || !first) return;
    let cancelled = false;
    let created: MapEngine | null = null;
    mark('geodata');
    const mapTheme = MAP_THEMES[theme];
    const m = latest.current.messages;
    void Promise.all([ensureFonts(contextData.fonts), engineFactory ?? loadDefaultEngine()]).then(
      ([, factory]) => {
        if (cancelled) return;
        created = factory({
          container,
          context: contextData,
          units: first,
          theme: mapTheme,
          noDataColor: latest.current.legend.noData.color,
          selected: latest.current.selectedCode,
          points: latest.current.points,
          basemapStyleUrl: basemap,
          scale,
          locale: maplibreLocale(m, ariaLabel),
          callbacks: {
            onHover: (info) => {
              showTooltip(tooltipRef.current, info, latest.current);
            },
            onSelect: (code) => latest.current.onSelect?.(code),
            onSelectPoint: (layerId, id) => latest.current.onSelectPoint?.(layerId, id),
            onStatus: (s, detail) => {
              if (s === 'ready') mark('ready');
              setStatus(s);
              if (s === 'rebuilding') setRebuilds((n) => n + 1);
              if (s === 'failed') setFailure(detail ?? 'failed');
            },
            onBasemapFallback: (reason) => {
              setBasemapFallback(reason);
            },
          },
        });
        mark('engine');
        setEngine(created);
      },
      (error: unknown) => {
        if (cancelled) return;
        setStatus('failed');
        setFailure(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
      created?.destroy();
      setEngine(null);
    };
    // ariaLabel and basemap are read once: the canvas label is set when the map is created.
    // A new scale rebuilds the map (its sizes are in the style); it changes only between screens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [contextData, hasUnits, theme, scale, engineFactory]);

  const codes = useMemo(() => units?.units.features.map((f) => f.properties.code) ?? [], [units]);
  const fills = useMemo(() => fillsFor(codes, values, legend), [codes, values, legend]);

  useEffect(() => {
    if (engine && units) engine.setUnits(units);
  }, [engine, units]);
  useEffect(() => {
    engine?.setFills(fills);
  }, [engine, fills]);
  useEffect(() => {
    engine?.setSelected(selectedCode);
  }, [engine, selectedCode]);
  useEffect(() => {
    engine?.setPointLayers(points);
  }, [engine, points]);
  const flyKey = flyTo?.key;
  useEffect(() => {
    if (engine && flyTo) engine.flyTo(flyTo);
    // Only a new key moves the camera; a re-render with the same target does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, flyKey]);

  useImperativeHandle(
    ref,
    () => ({
      flyTo: (target) => engine?.flyTo(target),
      unitAt: (x, y) => engine?.unitAt(x, y) ?? null,
      whenIdle: () => engine?.whenIdle() ?? Promise.resolve(),
      labelPointOf: (code) => {
        const label = units?.labels.features.find((f) => f.properties.code === code);
        return label && engine ? engine.project(label.geometry.coordinates) : null;
      },
    }),
    [engine, units],
  );

  const list = unitList(units?.unitSet ?? unitSet);
  const geodataFailed = context.isError || (unitsQuery.isError && !units);
  const state = geodataFailed ? 'failed' : status;

  const fallbackNote = basemapFallback !== null && (
    <p className={styles.note} role="status" title={basemapFallback}>
      {messages.basemapFallback}
    </p>
  );

  return (
    <figure
      className={`${styles.root} ${className ?? ''}`}
      data-testid="province-map"
      data-state={state}
      data-unit-set={units?.unitSet ?? ''}
      data-rebuilds={rebuilds}
      style={{ '--map-scale': scale } as CSSProperties}
    >
      <div className={styles.stage}>
        <div ref={containerRef} className={styles.canvas} />
        <div
          ref={tooltipRef}
          className={styles.tooltip}
          data-testid="map-tooltip"
          hidden
          aria-hidden="true"
        />
        {state === 'loading' && (
          <p className={styles.notice} role="status">
            {messages.loading}
          </p>
        )}
        {state === 'failed' && (
          <p className={styles.notice} role="alert" title={failure ?? undefined}>
            {geodataFailed ? messages.geodataFailed : messages.webglFailed}
          </p>
        )}
        {units && state !== 'failed' && (
          <UnitKeyboardList
            units={list}
            values={values}
            legend={legend}
            selectedCode={selectedCode}
            messages={messages}
            onActive={(code) => engine?.setFocused(code)}
            onSelect={(code) => onSelect?.(code)}
          />
        )}
      </div>
      {showLegend && (
        <figcaption>
          <MapLegendView legend={legend} />
          {points.map((p) => (
            <MapLegendView key={p.id} legend={p.legend} showNoData={false} />
          ))}
          {fallbackNote}
        </figcaption>
      )}
      {!showLegend && (
        <figcaption className="visually-hidden">
          {ariaLabel}
          {fallbackNote}
        </figcaption>
      )}
    </figure>
  );
}
