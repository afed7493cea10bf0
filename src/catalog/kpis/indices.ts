import type { KpiDefinition } from '../../domain/kpi/definition';
import { DEFAULT_THRESHOLDS } from './common';

const MONTHLY_766 = { kind: 'monthly', byDay: 10 } as const;
const DTI_YEARLY = { kind: 'yearly', byMonth: 10, byDay: 31 } as const;
const EGDI_YEARLY = { kind: 'yearly', byMonth: 9, byDay: 30, staleAfterMissed: 3 } as const;

const RANK_RANGE = { min: 1, max: 250 } as const;

/** Indices leaders are ranked on (kpis.md §3): 766, DTI, EGDI and its sub-indices. */
export const INDEX_KPIS: readonly KpiDefinition[] = [
  {
    id: 'index766.total',
    name: {
      vi: 'Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)',
      en: 'Citizen and business service index score (Decision 766/QĐ-TTg)',
    },
    shortName: { vi: 'Chỉ số 766', en: '766 index' },
    category: 'service-index',
    unit: 'score',
    precision: 2,
    range: { min: 0, max: 100 },
    // Recomputed from the component numerators and denominators (scoring/index-766.ts).
    aggregation: 'none',
    polarity: 'higher-is-better',
    targets: [],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'vp-ubnd',
    sourceId: 'national-portal-766',
    freshness: MONTHLY_766,
    notes: [
      {
        vi: '5 nhóm: công khai, minh bạch 18; tiến độ, kết quả giải quyết 20; số hóa hồ sơ 22; cung cấp DVC trực tuyến 22; mức độ hài lòng 18 điểm.',
        en: 'Five groups: transparency 18, progress 20, digitisation 22, online provision 22, satisfaction 18 points.',
      },
    ],
  },
  {
    id: 'rank.index766',
    name: {
      vi: 'Xếp hạng Bộ chỉ số phục vụ người dân, doanh nghiệp',
      en: 'Rank on the citizen and business service index',
    },
    shortName: { vi: 'Hạng chỉ số 766', en: '766 rank' },
    category: 'rankings',
    unit: 'rank',
    precision: 0,
    range: RANK_RANGE,
    aggregation: 'none',
    polarity: 'lower-is-better',
    targets: [],
    thresholds: {},
    ownerDepartmentId: 'vp-ubnd',
    sourceId: 'national-portal-766',
    freshness: MONTHLY_766,
    notes: [
      {
        vi: 'Xếp trên 63 tỉnh đến 6/2025 và trên 34 tỉnh từ 7/2025: hạng hai giai đoạn không so sánh trực tiếp được.',
        en: 'Ranked among 63 provinces until 6/2025 and among 34 from 7/2025: ranks across the reform are not comparable.',
      },
    ],
  },
  {
    id: 'dti.score',
    name: {
      vi: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)',
      en: 'Provincial Digital Transformation Index (DTI)',
    },
    shortName: { vi: 'DTI', en: 'DTI' },
    category: 'rankings',
    unit: 'score',
    precision: 4,
    range: { min: 0, max: 1000 },
    aggregation: 'mean',
    polarity: 'higher-is-better',
    targets: [],
    thresholds: {},
    ownerDepartmentId: 'so-khcn',
    sourceId: 'dti-annual',
    freshness: DTI_YEARLY,
    notes: [
      {
        vi: 'Thang điểm đổi theo phiên bản: DTI 2020 theo thang 0–1; từ 2022 (Quyết định 922/QĐ-BTTTT) theo thang 1.000 điểm. Không so sánh điểm giữa các phiên bản.',
        en: 'The scale changed: DTI 2020 is on 0–1; from 2022 (Decision 922/QĐ-BTTTT) out of 1,000 points. Do not compare scores across editions.',
      },
      {
        vi: 'Với tỉnh sau sáp nhập, điểm là trung bình cộng điểm của các tỉnh cũ.',
        en: 'For a merged province the score is the mean of the former provinces’ scores.',
      },
    ],
  },
  {
    id: 'rank.dti',
    name: {
      vi: 'Xếp hạng chỉ số chuyển đổi số cấp tỉnh (DTI)',
      en: 'Provincial DTI rank',
    },
    shortName: { vi: 'Hạng DTI', en: 'DTI rank' },
    category: 'rankings',
    unit: 'rank',
    precision: 0,
    range: RANK_RANGE,
    aggregation: 'none',
    polarity: 'lower-is-better',
    targets: [],
    thresholds: {},
    ownerDepartmentId: 'so-khcn',
    sourceId: 'dti-annual',
    freshness: DTI_YEARLY,
    notes: [],
  },
  {
    id: 'rank.egdi',
    name: {
      vi: 'Xếp hạng Chỉ số phát triển Chính phủ điện tử (EGDI) của Liên Hợp Quốc',
      en: 'UN E-Government Development Index (EGDI) rank',
    },
    shortName: { vi: 'Hạng EGDI', en: 'EGDI rank' },
    category: 'rankings',
    unit: 'rank',
    precision: 0,
    range: RANK_RANGE,
    aggregation: 'none',
    polarity: 'lower-is-better',
    // The two decisions disagree: both kept, each with its source (kpis.md §2).
    targets: [
      {
        year: 2025,
        level: 'national',
        comparator: '<=',
        value: 70,
        sourceIds: ['qd-749-ttg-2020'],
      },
      {
        year: 2025,
        level: 'national',
        comparator: '<=',
        value: 50,
        sourceIds: ['qd-942-ttg-2021'],
        note: {
          vi: 'Quyết định 942 (ban hành sau) đặt mục tiêu cao hơn Quyết định 749.',
          en: 'Decision 942 (the later one) is stricter than Decision 749.',
        },
      },
      {
        year: 2030,
        level: 'national',
        comparator: '<=',
        value: 50,
        sourceIds: ['qd-749-ttg-2020'],
      },
      {
        year: 2030,
        level: 'national',
        comparator: '<=',
        value: 30,
        sourceIds: ['qd-942-ttg-2021'],
      },
    ],
    thresholds: {},
    ownerDepartmentId: 'so-khcn',
    sourceId: 'un-egdi',
    freshness: EGDI_YEARLY,
    notes: [
      {
        vi: 'Xếp hạng trên 193 quốc gia, công bố hai năm một lần. Việt Nam: 99 (2014), 89 (2016), 88 (2018), 86 (2020).',
        en: 'Rank among 193 countries, published every two years. Viet Nam: 99 (2014), 89 (2016), 88 (2018), 86 (2020).',
      },
    ],
  },
  {
    id: 'rank.epi',
    name: {
      vi: 'Xếp hạng Chỉ số tham gia điện tử (EPI) của Liên Hợp Quốc',
      en: 'UN E-Participation Index (EPI) rank',
    },
    shortName: { vi: 'Hạng EPI', en: 'EPI rank' },
    category: 'rankings',
    unit: 'rank',
    precision: 0,
    range: RANK_RANGE,
    aggregation: 'none',
    polarity: 'lower-is-better',
    targets: [
      {
        year: 2025,
        level: 'national',
        comparator: '<=',
        value: 50,
        sourceIds: ['qd-942-ttg-2021'],
      },
    ],
    thresholds: {},
    ownerDepartmentId: 'so-khcn',
    sourceId: 'un-egdi',
    freshness: EGDI_YEARLY,
    notes: [],
  },
  {
    id: 'rank.ogdi',
    name: {
      vi: 'Xếp hạng Chỉ số dữ liệu mở Chính phủ (OGDI) của Liên Hợp Quốc',
      en: 'UN Open Government Data Index (OGDI) rank',
    },
    shortName: { vi: 'Hạng OGDI', en: 'OGDI rank' },
    category: 'rankings',
    unit: 'rank',
    precision: 0,
    range: RANK_RANGE,
    aggregation: 'none',
    polarity: 'lower-is-better',
    targets: [
      {
        year: 2025,
        level: 'national',
        comparator: '<=',
        value: 50,
        sourceIds: ['qd-942-ttg-2021'],
      },
    ],
    thresholds: {},
    ownerDepartmentId: 'so-khcn',
    sourceId: 'un-egdi',
    freshness: EGDI_YEARLY,
    notes: [],
  },
];
