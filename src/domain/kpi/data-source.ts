import type { FreshnessContract } from '../freshness/contract';
import type { LocalizedText } from '../i18n-text';

/**
 * Protocol a source speaks: the project's KPI REST contract (docs/openapi), OGC SensorThings
 * v1.1, or a file a department uploads in the KPI contract's table layout.
 */
export type SourceProtocol = 'kpi-rest' | 'sensorthings' | 'file-import';

/** A data source as declared in the catalogue, with the freshness it promises. */
export interface DataSource {
  readonly id: string;
  readonly name: LocalizedText;
  readonly protocol: SourceProtocol;
  /** id in src/catalog/departments.ts: who is told when it is late */
  readonly ownerDepartmentId: string;
  readonly freshness: FreshnessContract;
}
