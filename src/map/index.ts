// Public surface of the map module. Only src/map imports maplibre-gl (engine.ts, loaded lazily).
export { ProvinceMap, type ProvinceMapHandle, type ProvinceMapProps } from './ProvinceMap';
export { liveMapCount } from './live-count';
export { ProvinceTable, type ProvinceTableProps } from './ProvinceTable';
export { MapLegendView } from './MapLegendView';
export {
  VN_AQI_LEGEND,
  aqiClassIndex,
  aqiLegend,
  classOf,
  classifyByThresholds,
  colorOf,
  kpiStatusLegend,
  sequentialColors,
  severityLegend,
  statusColors,
  statusLegend,
  thresholdLegend,
} from './legend';
export { unitSetForPeriod } from './unit-set';
export { EN_MAP_MESSAGES, VI_MAP_MESSAGES, type ProvinceMapMessages } from './messages';
export type {
  FlyToTarget,
  LegendClass,
  MapLegend,
  MapPoint,
  MapPointLayer,
  UnitSet,
  UnitValue,
  UnitValues,
} from './types';
