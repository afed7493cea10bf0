import type { GeoPoint, UnitOfMeasurement } from '../../domain/sensors/types';

/**
 * What the SensorThings client hands to the app. Unlike the contract's SensorObservation (numbers
 * only), a result that is not a number is kept as text: a sensor that reports "offline" or a
 * category says something, it is shown as text and simply not plotted.
 */
export interface StaObservation {
  /** `@iot.id` as text: the key for de-duplication */
  readonly id: string;
  readonly datastreamId: string;
  /** start of the phenomenon time (an instant, or the start of an interval) */
  readonly phenomenonTimeMs: number;
  /** end of an interval phenomenon time ("start/end"); null for an instant */
  readonly phenomenonEndMs: number | null;
  readonly phenomenonTimeText: string;
  readonly resultTimeMs: number | null;
  /** the numeric result, null when the result is not a finite number */
  readonly value: number | null;
  /** a non-numeric result as text (strings, booleans, objects as JSON); null for numbers */
  readonly text: string | null;
  /** set when the value lies outside the plausible range of its property */
  readonly outOfRange: boolean;
}

export type StationKind = 'air-quality' | 'water-level' | 'urban-flood' | 'traffic' | 'other';

export interface AlarmLevels {
  readonly I: number;
  readonly II: number;
  readonly III: number;
}

export interface StaDatastream {
  readonly id: string;
  readonly name: string;
  readonly thingId: string | null;
  readonly unit: UnitOfMeasurement;
  /** observed property name ("PM2.5") when expanded */
  readonly propertyName: string | null;
  /** the mock's / deployment's `properties.observedPropertyKey` ("pm25", "aqi", "water-level") */
  readonly propertyKey: string | null;
  readonly kpiId: string | null;
  /** expected time between observations (properties.cadenceSeconds), null when undeclared */
  readonly cadenceMs: number | null;
  readonly alarmLevels: AlarmLevels | null;
}

export interface StaStation {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly kind: StationKind;
  readonly location: GeoPoint | null;
  readonly communeName: string | null;
  readonly river: string | null;
  readonly alarmLevels: AlarmLevels | null;
  readonly synthetic: boolean;
  readonly datastreams: readonly StaDatastream[];
}

/** Something the client noticed and handled without failing (shown as a note on the panel). */
export type StaIssue =
  | { readonly kind: 'truncated'; readonly pages: number }
  | { readonly kind: 'duplicates'; readonly count: number }
  | { readonly kind: 'out-of-range'; readonly count: number }
  | { readonly kind: 'non-numeric'; readonly count: number };

export interface StationsSnapshot {
  readonly stations: readonly StaStation[];
  /** latest observation per datastream id, from the nested $expand */
  readonly latest: ReadonlyMap<string, StaObservation>;
  readonly issues: readonly StaIssue[];
  /** epoch ms of the newest phenomenon time seen: the cursor for incremental polling */
  readonly cursorMs: number | null;
}
