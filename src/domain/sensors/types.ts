/**
 * SensorThings entities as the app uses them (OGC SensorThings API v1.1), after the contract
 * check. Times are epoch ms plus the original text; ids are strings (servers use numbers or
 * strings for @iot.id, the app does not care which).
 */
export interface UnitOfMeasurement {
  readonly name: string;
  readonly symbol: string;
  readonly definition: string;
}

export interface GeoPoint {
  readonly longitude: number;
  readonly latitude: number;
}

export interface SensorThing {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly location: GeoPoint | null;
}

export interface SensorDatastream {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly unitOfMeasurement: UnitOfMeasurement;
  readonly observedPropertyName: string | null;
  readonly thingId: string | null;
  /** phenomenonTime range of the stream, epoch ms (null when the server omits it) */
  readonly phenomenonStartMs: number | null;
  readonly phenomenonEndMs: number | null;
  /** the latest observation when fetched with $expand=Observations($top=1) */
  readonly latest: SensorObservation | null;
}

export interface SensorObservation {
  readonly id: string;
  /** start of the phenomenon time (an instant, or the start of an interval) */
  readonly phenomenonTimeMs: number;
  readonly phenomenonTimeText: string;
  readonly resultTimeMs: number | null;
  /** numeric results only: the app charts numbers; other results are refused at the boundary */
  readonly result: number | null;
  readonly datastreamId: string | null;
}

/** One page of a collection, with the server's link to the next page. */
export interface SensorPage<T> {
  readonly items: readonly T[];
  readonly nextLink: string | null;
  readonly count: number | null;
}

/**
 * Observations from a reconnect back-fill and a live stream overlap: keep one per id (the last
 * seen) and order by phenomenon time.
 */
export function mergeObservations(
  ...batches: readonly (readonly SensorObservation[])[]
): SensorObservation[] {
  const byId = new Map<string, SensorObservation>();
  for (const batch of batches) for (const o of batch) byId.set(o.id, o);
  return [...byId.values()].sort(
    (a, b) => a.phenomenonTimeMs - b.phenomenonTimeMs || a.id.localeCompare(b.id),
  );
}
