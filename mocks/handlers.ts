import { alertHandlers } from './alerts/handlers';
import { controlHandlers } from './control/handlers';
import { kpiHandlers } from './kpi/handlers';
import { staHandlers } from './sta/handlers';

/**
 * Every mock provincial source, in one list for the browser worker, Vitest (Node) and e2e:
 * the KPI REST contract (/api/kpi/v1), OGC SensorThings v1.1 (/api/sta/v1.1), the alerts API
 * (/api/alerts/v1) and the mocks' own control endpoints (/__mocks). docs/mocks.md.
 */
export const handlers = [...kpiHandlers, ...staHandlers, ...alertHandlers, ...controlHandlers];
