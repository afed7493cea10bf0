import type { StaObservation } from './model';

/**
 * Observations arrive twice: a poll overlapping the previous one, MQTT and its REST back-fill,
 * a server repeating rows (data-sources.md §4). The `@iot.id` decides; this remembers the ids
 * seen recently (bounded, oldest forgotten first) and keeps the latest observation per
 * datastream, ignoring older ones that arrive out of order.
 */
export class ObservationLedger {
  private readonly seen = new Set<string>();
  private readonly latestByStream = new Map<string, StaObservation>();
  private cursor: number | null = null;

  constructor(private readonly maxRemembered = 200_000) {}

  /** Adds a batch; returns only the observations not seen before, oldest first. */
  accept(batch: readonly StaObservation[]): StaObservation[] {
    const fresh: StaObservation[] = [];
    for (const o of batch) {
      if (this.seen.has(o.id)) continue;
      this.remember(o.id);
      fresh.push(o);
    }
    fresh.sort((a, b) => a.phenomenonTimeMs - b.phenomenonTimeMs || (a.id < b.id ? -1 : 1));
    for (const o of fresh) {
      const prev = this.latestByStream.get(o.datastreamId);
      if (prev === undefined || o.phenomenonTimeMs >= prev.phenomenonTimeMs) {
        this.latestByStream.set(o.datastreamId, o);
      }
      if (this.cursor === null || o.phenomenonTimeMs > this.cursor)
        this.cursor = o.phenomenonTimeMs;
    }
    return fresh;
  }

  has(id: string): boolean {
    return this.seen.has(id);
  }

  /** newest phenomenon time seen (the incremental polling and back-fill cursor) */
  get cursorMs(): number | null {
    return this.cursor;
  }

  latest(datastreamId: string): StaObservation | undefined {
    return this.latestByStream.get(datastreamId);
  }

  latestAll(): ReadonlyMap<string, StaObservation> {
    return this.latestByStream;
  }

  private remember(id: string): void {
    this.seen.add(id);
    if (this.seen.size > this.maxRemembered) {
      // A Set iterates in insertion order: the first entry is the oldest.
      const oldest = this.seen.values().next();
      if (!oldest.done) this.seen.delete(oldest.value);
    }
  }
}

/** One observation per id, ordered by phenomenon time (a stable merge for chart series). */
export function dedupeById(observations: readonly StaObservation[]): {
  observations: StaObservation[];
  duplicates: number;
} {
  const byId = new Map<string, StaObservation>();
  for (const o of observations) byId.set(o.id, o);
  const out = [...byId.values()].sort(
    (a, b) => a.phenomenonTimeMs - b.phenomenonTimeMs || (a.id < b.id ? -1 : 1),
  );
  return { observations: out, duplicates: observations.length - out.length };
}
