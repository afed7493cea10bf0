import type { KpiDefinition } from '../../domain/kpi/definition';
import { DIGITAL_ECONOMY_SOCIETY_KPIS } from './digital-economy-society';
import { DIGITAL_GOVERNMENT_KPIS } from './digital-government';
import { HEALTH_EDUCATION_KPIS } from './health-education';
import { INDEX_KPIS } from './indices';
import { PUBLIC_SERVICE_KPIS } from './public-services';
import { SENSOR_KPIS } from './sensors';

/** Every KPI the product knows, in catalogue order. */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  ...DIGITAL_GOVERNMENT_KPIS,
  ...DIGITAL_ECONOMY_SOCIETY_KPIS,
  ...PUBLIC_SERVICE_KPIS,
  ...INDEX_KPIS,
  ...HEALTH_EDUCATION_KPIS,
  ...SENSOR_KPIS,
];

const BY_ID = new Map(KPI_DEFINITIONS.map((k) => [k.id, k]));

/** The definition of a KPI, or undefined for an unknown id (data from outside may name anything). */
export function getKpi(id: string): KpiDefinition | undefined {
  return BY_ID.get(id);
}
