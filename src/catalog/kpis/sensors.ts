import type { KpiDefinition } from '../../domain/kpi/definition';

/**
 * Smart-city sensor KPIs (kpis.md §5), read over OGC SensorThings. They have no legal target;
 * their alert thresholds come from the national bands (VN_AQI, QCVN) or from station-specific
 * alarm levels (water level, see src/catalog/flood-stations.ts).
 */
export const SENSOR_KPIS: readonly KpiDefinition[] = [
  {
    id: 'env.aqi',
    name: {
      vi: 'Chỉ số chất lượng không khí Việt Nam (VN_AQI)',
      en: 'Vietnam Air Quality Index (VN_AQI)',
    },
    shortName: { vi: 'VN_AQI', en: 'VN_AQI' },
    category: 'air-quality',
    unit: 'aqi',
    precision: 0,
    range: { min: 0, max: 1000 },
    aggregation: 'none',
    polarity: 'lower-is-better',
    targets: [],
    // Alerts from "Xấu" (151) upwards, critical from "Rất xấu" (201): a project choice, so that
    // the frequent "Kém" days in northern winters do not flood the wall.
    thresholds: { alert: { warning: 151, critical: 201, clearMargin: 10 } },
    ownerDepartmentId: 'so-nnmt',
    sourceId: 'air-quality-sensors',
    freshness: { kind: 'every', minutes: 60 },
    notes: [
      {
        vi: 'Tính theo Quyết định 1459/QĐ-TCMT từ SO2, CO, NO2, O3, PM10, PM2.5; luôn hiển thị tên mức kèm màu.',
        en: 'Computed per Decision 1459/QĐ-TCMT from SO2, CO, NO2, O3, PM10, PM2.5; always show the band name with the colour.',
      },
    ],
  },
  {
    id: 'env.pm25',
    name: { vi: 'Nồng độ bụi PM2.5', en: 'PM2.5 concentration' },
    shortName: { vi: 'PM2.5', en: 'PM2.5' },
    category: 'air-quality',
    unit: 'ug-per-m3',
    precision: 1,
    range: { min: 0, max: 5000 },
    aggregation: 'none',
    polarity: 'lower-is-better',
    targets: [],
    // 50 µg/m³ is the 24-hour limit of QCVN 05:2023/BTNMT.
    thresholds: { alert: { warning: 50, critical: 100, clearMargin: 5 } },
    ownerDepartmentId: 'so-nnmt',
    sourceId: 'air-quality-sensors',
    freshness: { kind: 'every', minutes: 60 },
    notes: [
      {
        vi: 'Giới hạn trung bình 24 giờ 50 µg/m³, trung bình năm 25 µg/m³ (QCVN 05:2023/BTNMT).',
        en: 'Limits: 24-hour mean 50 µg/m³, annual mean 25 µg/m³ (QCVN 05:2023/BTNMT).',
      },
    ],
  },
  {
    id: 'water.level',
    name: { vi: 'Mực nước tại trạm thủy văn', en: 'Water level at a hydrological station' },
    shortName: { vi: 'Mực nước', en: 'Water level' },
    category: 'water',
    unit: 'metre',
    precision: 2,
    range: { min: -20, max: 200 },
    aggregation: 'none',
    polarity: 'lower-is-better',
    targets: [],
    // Thresholds are per station (Báo động I/II/III), not per KPI.
    thresholds: {},
    ownerDepartmentId: 'so-nnmt',
    sourceId: 'hydrology-stations',
    freshness: { kind: 'every', minutes: 15 },
    notes: [
      {
        vi: 'Cấp báo động lũ I, II, III theo Quyết định 05/2020/QĐ-TTg, riêng cho từng trạm.',
        en: 'Flood alarm levels I, II, III per Decision 05/2020/QĐ-TTg, specific to each station.',
      },
    ],
  },
  {
    id: 'water.flood-depth',
    name: { vi: 'Độ sâu ngập tại điểm đo đô thị', en: 'Flood depth at an urban street point' },
    shortName: { vi: 'Độ sâu ngập', en: 'Flood depth' },
    category: 'water',
    unit: 'centimetre',
    precision: 0,
    range: { min: 0, max: 1000 },
    aggregation: 'none',
    polarity: 'lower-is-better',
    targets: [],
    // 10 cm hampers motorbikes, 30 cm stops them: project defaults, configurable here.
    thresholds: { alert: { warning: 10, critical: 30, clearMargin: 3 } },
    ownerDepartmentId: 'so-xay-dung',
    sourceId: 'urban-flood-sensors',
    freshness: { kind: 'every', minutes: 5 },
    notes: [],
  },
  {
    id: 'traffic.flow',
    name: { vi: 'Lưu lượng phương tiện trên đoạn đường', en: 'Traffic flow on a road segment' },
    shortName: { vi: 'Lưu lượng giao thông', en: 'Traffic flow' },
    category: 'traffic',
    unit: 'vehicles-per-hour',
    precision: 0,
    range: { min: 0, max: 100_000 },
    aggregation: 'none',
    polarity: 'neutral',
    targets: [],
    thresholds: {},
    ownerDepartmentId: 'so-xay-dung',
    sourceId: 'traffic-sensors',
    freshness: { kind: 'every', minutes: 5 },
    notes: [
      {
        vi: 'Cao điểm thường 7–9 giờ và 16–19 giờ.',
        en: 'Peaks are usually 7–9 h and 16–19 h.',
      },
    ],
  },
  {
    id: 'traffic.average-speed',
    name: { vi: 'Tốc độ trung bình trên đoạn đường', en: 'Average speed on a road segment' },
    shortName: { vi: 'Tốc độ trung bình', en: 'Average speed' },
    category: 'traffic',
    unit: 'km-per-hour',
    precision: 0,
    range: { min: 0, max: 300 },
    aggregation: 'none',
    polarity: 'higher-is-better',
    targets: [],
    // Below 15 km/h an urban segment is congested: a project default.
    thresholds: { alert: { warning: 15, critical: 8, clearMargin: 3 } },
    ownerDepartmentId: 'so-xay-dung',
    sourceId: 'traffic-sensors',
    freshness: { kind: 'every', minutes: 5 },
    notes: [],
  },
];
