import { KPI_DEFINITIONS } from '../../catalog/kpis/registry';
import { getDataSource } from '../../catalog/sources';
import type { KpiDefinition } from '../../domain/kpi/definition';

/**
 * KPIs a leader may colour the province map by: every catalogued KPI reported per province.
 * Sensor readings (served by SensorThings, per station) and the UN survey (Viet Nam only) have
 * no value per province, so a map of them would be all "no data".
 */
export const MAP_KPIS: readonly KpiDefinition[] = KPI_DEFINITIONS.filter(
  (kpi) => getDataSource(kpi.sourceId)?.protocol !== 'sensorthings' && kpi.sourceId !== 'un-egdi',
);
