import type { KpiDefinition } from '../../domain/kpi/definition';
import { DEFAULT_THRESHOLDS } from './common';

const PER_10K = {
  unit: 'per-10k-people',
  precision: 1,
  range: { min: 0, max: 10_000 },
  // a rate per population re-aggregates from its numerator (doctors…) and denominator (people)
  aggregation: 'ratio',
} as const;

const STATISTICS_YEARLY = { kind: 'yearly', byMonth: 3, byDay: 31 } as const;

/** Health and education indicators provinces track beside digital ones (kpis.md §2). */
export const HEALTH_EDUCATION_KPIS: readonly KpiDefinition[] = [
  {
    id: 'health.doctors-per-10k',
    name: { vi: 'Số bác sĩ trên 10.000 dân', en: 'Doctors per 10,000 people' },
    shortName: { vi: 'Bác sĩ / vạn dân', en: 'Doctors / 10k' },
    category: 'health-education',
    ...PER_10K,
    polarity: 'higher-is-better',
    ratio: {
      numerator: { vi: 'Số bác sĩ', en: 'Doctors' },
      denominator: {
        vi: 'Dân số (đơn vị: người; giá trị = tử số / mẫu số × 10.000)',
        en: 'Population (value = numerator / denominator × 10,000)',
      },
    },
    targets: [
      { year: 2025, level: 'any', comparator: '>=', value: 10, sourceIds: ['nq-20-tw-2017'] },
    ],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'so-y-te',
    sourceId: 'statistics-annual',
    freshness: STATISTICS_YEARLY,
    notes: [],
  },
  {
    id: 'health.beds-per-10k',
    name: { vi: 'Số giường bệnh trên 10.000 dân', en: 'Hospital beds per 10,000 people' },
    shortName: { vi: 'Giường bệnh / vạn dân', en: 'Beds / 10k' },
    category: 'health-education',
    ...PER_10K,
    polarity: 'higher-is-better',
    ratio: {
      numerator: { vi: 'Số giường bệnh', en: 'Hospital beds' },
      denominator: { vi: 'Dân số', en: 'Population' },
    },
    targets: [
      { year: 2025, level: 'any', comparator: '>=', value: 30, sourceIds: ['nq-20-tw-2017'] },
    ],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'so-y-te',
    sourceId: 'statistics-annual',
    freshness: STATISTICS_YEARLY,
    notes: [],
  },
  {
    id: 'education.students-per-10k',
    name: {
      vi: 'Số sinh viên đại học trên 10.000 dân',
      en: 'University students per 10,000 people',
    },
    shortName: { vi: 'Sinh viên / vạn dân', en: 'Students / 10k' },
    category: 'health-education',
    ...PER_10K,
    polarity: 'higher-is-better',
    ratio: {
      numerator: { vi: 'Số sinh viên', en: 'Students' },
      denominator: { vi: 'Dân số', en: 'Population' },
    },
    targets: [
      {
        year: 2025,
        level: 'national',
        comparator: '>=',
        value: 270,
        sourceIds: ['report.provincial-dx-slides'],
        note: {
          vi: 'Việt Nam 238 (2020); Trung Quốc 300, Nhật Bản 450, Hàn Quốc 600.',
          en: 'Viet Nam 238 (2020); China 300, Japan 450, Korea 600.',
        },
      },
    ],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'so-gddt',
    sourceId: 'statistics-annual',
    freshness: STATISTICS_YEARLY,
    notes: [],
  },
];
