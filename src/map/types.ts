import type { UnitSet } from '../domain/admin-units/types';

export type { UnitSet };

/** One class of a legend: a KPI threshold band or a status. */
export interface LegendClass {
  /** stable key: "0", "1"… for threshold bands, the status id for statuses */
  readonly key: string;
  readonly label: string;
  readonly color: string;
  /**
   * A short text drawn next to points of this class ("II", "3"), so that colour is never the
   * only signal on the canvas. Optional: classes without one show no text.
   */
  readonly symbol?: string;
}

/**
 * What the colours mean. Built from a KPI's thresholds (thresholdLegend) or statuses
 * (statusLegend); the map and the table fallback both read it.
 */
export interface MapLegend {
  readonly title: string;
  readonly classes: readonly LegendClass[];
  readonly noData: { readonly label: string; readonly color: string };
}

/**
 * The value shown for one unit. `classIndex` (index into legend.classes) or `status` (a class
 * key) chooses the colour; neither means "no data". `label` is the value already formatted
 * for people ("72,4 %"), shown in the tooltip and the table.
 */
export interface UnitValue {
  readonly value: number | null;
  readonly classIndex?: number;
  readonly status?: string;
  readonly label: string;
}

/** Values by unit code of the unit set shown. */
export type UnitValues = Readonly<Record<string, UnitValue>>;

/**
 * A point: a sensor or an incident. `classIndex` indexes the layer's legend (VN_AQI band, alarm
 * level). `label` (the value in words) is optional: a layer with `pointLabel` computes it only
 * for the point under the pointer, so a refresh of thousands of points builds no strings.
 */
export interface MapPoint {
  readonly id: string;
  readonly lng: number;
  readonly lat: number;
  readonly classIndex: number | null;
  readonly name: string;
  readonly label?: string;
}

/**
 * A point layer as data. Sensors are usually clustered (a cluster takes the colour of its
 * worst member); incidents are not. Pass a new `items` array to update the values: the map
 * compares layers by identity and re-sends only the layers whose items changed.
 */
export interface MapPointLayer {
  readonly id: string;
  readonly kind: 'sensor' | 'incident';
  readonly cluster: boolean;
  readonly legend: MapLegend;
  readonly items: readonly MapPoint[];
  /** the tooltip's value line of a point, computed on hover (wins over the point's `label`) */
  readonly pointLabel?: (id: string) => string;
}

/** A camera move requested by alerts and scenes; a new `key` triggers the move. */
export type FlyToTarget =
  | { readonly key: string | number; readonly unitCode: string; readonly maxZoom?: number }
  | {
      readonly key: string | number;
      readonly center: readonly [number, number];
      readonly zoom?: number;
    };

/** What is under the pointer (or the keyboard focus). */
export type HoverInfo =
  | { readonly kind: 'unit'; readonly code: string; readonly x: number; readonly y: number }
  | {
      readonly kind: 'point';
      readonly layerId: string;
      readonly id: string;
      readonly name: string;
      readonly label: string;
      readonly x: number;
      readonly y: number;
    }
  | {
      readonly kind: 'cluster';
      readonly layerId: string;
      readonly count: number;
      readonly worstClass: number;
      readonly x: number;
      readonly y: number;
    };
