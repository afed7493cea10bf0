import type { SourceProtocol } from '../kpi/data-source';
import type { FreshnessState } from './freshness';

/** Whether a source answers: up, answering partly or slowly, or not at all. */
export type SourceStatus = 'up' | 'degraded' | 'down';

/** The state of one catalogue source as a health check reports it (GET /source-health). */
export interface SourceHealth {
  readonly sourceId: string;
  readonly name: string;
  readonly protocol: SourceProtocol;
  readonly ownerDepartmentId: string;
  readonly status: SourceStatus;
  readonly freshness: FreshnessState;
  /** epoch ms; null when nothing was ever delivered */
  readonly lastDeliveryAtMs: number | null;
  /** when the data turns late / stale, epoch ms (may be ahead of now; null with no data) */
  readonly lateAtMs: number | null;
  readonly staleAtMs: number | null;
  /** sensor sources: datastreams in the network and those silent; null for other sources */
  readonly datastreams: number | null;
  readonly silentDatastreams: number | null;
  readonly message: string | null;
}

export interface SourceHealthReport {
  readonly checkedAtMs: number;
  readonly province: string;
  readonly sources: readonly SourceHealth[];
}
