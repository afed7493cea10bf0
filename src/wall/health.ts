import type { SourceHealth } from '../domain/freshness/source-health';

/**
 * The data-health strip, pure: each source's state as the wall shows it and the oldest as-of
 * on screen. Taken from the source-health endpoint: one row per catalogue source, with the
 * domain's freshness rule already applied server-side (docs/wall.md says why not the cache).
 */
export type WallSourceState = 'fresh' | 'late' | 'stale' | 'down';

export interface WallSourceRow {
  readonly sourceId: string;
  readonly state: WallSourceState;
  readonly lastDeliveryAtMs: number | null;
}

export interface HealthSummary {
  readonly rows: readonly WallSourceRow[];
  readonly counts: Readonly<Record<WallSourceState, number>>;
  /** the oldest last delivery among sources that delivered, ms; null if none did */
  readonly oldestAsOfMs: number | null;
  readonly oldestSourceId: string | null;
}

/** A source that does not answer is down whatever its data's age; no data at all is stale. */
export function wallStateOf(source: Pick<SourceHealth, 'status' | 'freshness'>): WallSourceState {
  if (source.status === 'down') return 'down';
  switch (source.freshness) {
    case 'fresh':
      return 'fresh';
    case 'late':
      return 'late';
    case 'stale':
    case 'no-data':
      return 'stale';
  }
}

const ORDER: Record<WallSourceState, number> = { down: 0, stale: 1, late: 2, fresh: 3 };

/** Worst first, so the sources that need attention lead the strip. */
export function summariseHealth(sources: readonly SourceHealth[]): HealthSummary {
  const rows = sources
    .map((s) => ({
      sourceId: s.sourceId,
      state: wallStateOf(s),
      lastDeliveryAtMs: s.lastDeliveryAtMs,
    }))
    .sort((a, b) => ORDER[a.state] - ORDER[b.state] || a.sourceId.localeCompare(b.sourceId));
  const counts = { fresh: 0, late: 0, stale: 0, down: 0 };
  let oldest: WallSourceRow | null = null;
  for (const row of rows) {
    counts[row.state]++;
    if (
      row.lastDeliveryAtMs !== null &&
      (oldest === null || row.lastDeliveryAtMs < (oldest.lastDeliveryAtMs ?? 0))
    ) {
      oldest = row;
    }
  }
  return {
    rows,
    counts,
    oldestAsOfMs: oldest?.lastDeliveryAtMs ?? null,
    oldestSourceId: oldest?.sourceId ?? null,
  };
}
