import type { KpiDefinition } from '../../domain/kpi/definition';
import { DEFAULT_THRESHOLDS, PERCENT, YEARLY_BY_JAN_31 } from './common';

const STATISTICS_YEARLY = { kind: 'yearly', byMonth: 3, byDay: 31 } as const;

/** Digital economy and digital society (kinh tế số, xã hội số) and DX budget, kpis.md §2. */
export const DIGITAL_ECONOMY_SOCIETY_KPIS: readonly KpiDefinition[] = [
  {
    id: 'economy.digital-share-gdp',
    name: {
      vi: 'Tỷ trọng kinh tế số trong GDP (GRDP)',
      en: 'Digital economy share of GDP (provincial GRDP)',
    },
    shortName: { vi: 'Kinh tế số / GRDP', en: 'Digital economy / GRDP' },
    category: 'digital-economy',
    ...PERCENT,
    // Shares of GRDP need the value added of each unit to re-aggregate; a mean would be wrong.
    aggregation: 'ratio',
    polarity: 'higher-is-better',
    ratio: {
      numerator: {
        vi: 'Giá trị tăng thêm của kinh tế số',
        en: 'Value added of the digital economy',
      },
      denominator: {
        vi: 'Tổng sản phẩm trên địa bàn (GRDP)',
        en: 'Gross regional domestic product',
      },
    },
    targets: [
      {
        year: 2025,
        level: 'any',
        comparator: '>=',
        value: 20,
        sourceIds: ['nq-52-tw-2019', 'qd-749-ttg-2020', 'qd-411-ttg-2022'],
      },
      {
        year: 2030,
        level: 'any',
        comparator: '>=',
        value: 30,
        sourceIds: ['nq-52-tw-2019', 'qd-749-ttg-2020', 'qd-411-ttg-2022'],
      },
    ],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'thong-ke-tinh',
    sourceId: 'statistics-annual',
    freshness: STATISTICS_YEARLY,
    notes: [
      {
        vi: 'Tử số và mẫu số là giá trị (tỷ đồng); khi gộp đơn vị, cộng tử số và mẫu số, không lấy trung bình tỷ lệ.',
        en: 'Numerator and denominator are values in billion VND; when units merge, add them up, never average the shares.',
      },
    ],
  },
  {
    id: 'economy.digital-share-sector',
    name: {
      vi: 'Tỷ trọng kinh tế số trong từng ngành, lĩnh vực',
      en: 'Digital economy share in each industry and sector',
    },
    shortName: { vi: 'Kinh tế số trong ngành', en: 'Digital share per sector' },
    category: 'digital-economy',
    ...PERCENT,
    polarity: 'higher-is-better',
    targets: [
      { year: 2025, level: 'any', comparator: '>=', value: 10, sourceIds: ['qd-749-ttg-2020'] },
    ],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'thong-ke-tinh',
    sourceId: 'statistics-annual',
    freshness: STATISTICS_YEARLY,
    notes: [],
  },
  {
    id: 'economy.labour-productivity',
    name: {
      vi: 'Tốc độ tăng năng suất lao động hằng năm',
      en: 'Annual growth of labour productivity',
    },
    shortName: { vi: 'Tăng năng suất lao động', en: 'Labour productivity growth' },
    category: 'digital-economy',
    unit: 'percent-per-year',
    precision: 1,
    range: { min: -100, max: 100 },
    aggregation: 'none',
    polarity: 'higher-is-better',
    targets: [
      { year: 2025, level: 'any', comparator: '>=', value: 7, sourceIds: ['qd-749-ttg-2020'] },
      { year: 2030, level: 'any', comparator: '>=', value: 8, sourceIds: ['qd-749-ttg-2020'] },
    ],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'thong-ke-tinh',
    sourceId: 'statistics-annual',
    freshness: STATISTICS_YEARLY,
    notes: [],
  },
  {
    id: 'society.fibre-households',
    name: {
      vi: 'Tỷ lệ hộ gia đình được phủ mạng cáp quang băng rộng',
      en: 'Share of households covered by fibre broadband',
    },
    shortName: { vi: 'Hộ gia đình có cáp quang', en: 'Households with fibre' },
    category: 'digital-society',
    ...PERCENT,
    polarity: 'higher-is-better',
    ratio: {
      numerator: { vi: 'Số hộ gia đình có cáp quang băng rộng', en: 'Households with fibre' },
      denominator: { vi: 'Tổng số hộ gia đình', en: 'All households' },
    },
    targets: [
      { year: 2025, level: 'any', comparator: '>', value: 80, sourceIds: ['qd-749-ttg-2020'] },
      {
        year: 2025,
        level: 'province',
        comparator: '>=',
        value: 90,
        sourceIds: ['report.provincial-dx-slides'],
        note: {
          vi: 'Chỉ tiêu 90% nêu trong tài liệu của tỉnh, cao hơn mức 80% của Quyết định 749.',
          en: 'The 90 % figure is a provincial target, stricter than the 80 % of Decision 749.',
        },
      },
      { year: 2030, level: 'any', comparator: '>=', value: 100, sourceIds: ['qd-749-ttg-2020'] },
    ],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'so-khcn',
    sourceId: 'dx-annual-report',
    freshness: YEARLY_BY_JAN_31,
    notes: [],
  },
  {
    id: 'society.fibre-communes',
    name: {
      vi: 'Tỷ lệ xã được phủ mạng cáp quang băng rộng',
      en: 'Share of communes covered by fibre broadband',
    },
    shortName: { vi: 'Xã có cáp quang', en: 'Communes with fibre' },
    category: 'digital-society',
    ...PERCENT,
    polarity: 'higher-is-better',
    targets: [
      { year: 2025, level: 'any', comparator: '>=', value: 100, sourceIds: ['qd-749-ttg-2020'] },
    ],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'so-khcn',
    sourceId: 'dx-annual-report',
    freshness: YEARLY_BY_JAN_31,
    notes: [],
  },
  {
    id: 'society.smartphone',
    name: {
      vi: 'Tỷ lệ phổ cập dịch vụ mạng di động 4G/5G và điện thoại di động thông minh',
      en: 'Universal access to 4G/5G mobile service and smartphones',
    },
    shortName: { vi: 'Phổ cập điện thoại thông minh', en: 'Smartphone take-up' },
    category: 'digital-society',
    ...PERCENT,
    polarity: 'higher-is-better',
    targets: [
      { year: 2025, level: 'any', comparator: '>=', value: 100, sourceIds: ['qd-749-ttg-2020'] },
    ],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'so-khcn',
    sourceId: 'dx-annual-report',
    freshness: YEARLY_BY_JAN_31,
    notes: [
      {
        vi: 'Định hướng 2030 là "phổ cập dịch vụ mạng di động 5G", không có con số.',
        en: 'The 2030 aim is "universal 5G service", without a figure.',
      },
    ],
  },
  {
    id: 'society.e-payment-accounts',
    name: {
      vi: 'Tỷ lệ dân số có tài khoản thanh toán điện tử',
      en: 'Share of the population with an electronic payment account',
    },
    shortName: { vi: 'Dân số có tài khoản TTĐT', en: 'E-payment accounts' },
    category: 'digital-society',
    ...PERCENT,
    polarity: 'higher-is-better',
    ratio: {
      numerator: {
        vi: 'Số người có tài khoản thanh toán điện tử',
        en: 'People with an e-payment account',
      },
      denominator: { vi: 'Dân số', en: 'Population' },
    },
    targets: [
      { year: 2025, level: 'any', comparator: '>', value: 50, sourceIds: ['qd-749-ttg-2020'] },
      { year: 2030, level: 'any', comparator: '>', value: 80, sourceIds: ['qd-749-ttg-2020'] },
    ],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'so-tai-chinh',
    sourceId: 'dx-annual-report',
    freshness: YEARLY_BY_JAN_31,
    notes: [],
  },
  {
    id: 'society.digital-address',
    name: {
      vi: 'Tỷ lệ hộ gia đình có địa chỉ số',
      en: 'Share of households with a digital address',
    },
    shortName: { vi: 'Hộ có địa chỉ số', en: 'Digital addresses' },
    category: 'digital-society',
    ...PERCENT,
    polarity: 'higher-is-better',
    targets: [
      {
        year: 2025,
        level: 'any',
        comparator: '>=',
        value: 100,
        sourceIds: ['qd-942-ttg-2021'],
        note: {
          vi: 'Nhóm chỉ tiêu 04 của Quyết định 942.',
          en: 'Target group 04 of Decision 942.',
        },
      },
    ],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'so-khcn',
    sourceId: 'dx-annual-report',
    freshness: YEARLY_BY_JAN_31,
    notes: [],
  },
  {
    id: 'budget.dx-share',
    name: {
      vi: 'Tỷ lệ chi cho chuyển đổi số trên tổng chi ngân sách địa phương',
      en: 'Digital-transformation spending as a share of the local budget',
    },
    shortName: { vi: 'Chi chuyển đổi số / ngân sách', en: 'DX share of budget' },
    category: 'budget',
    ...PERCENT,
    precision: 2,
    polarity: 'higher-is-better',
    ratio: {
      numerator: { vi: 'Chi cho chuyển đổi số (triệu đồng)', en: 'DX spending (million VND)' },
      denominator: {
        vi: 'Tổng chi ngân sách địa phương (triệu đồng)',
        en: 'Total local budget spending (million VND)',
      },
    },
    targets: [
      {
        year: 2025,
        level: 'province',
        comparator: '>=',
        value: 1,
        sourceIds: ['mic-dx-handbook-2020'],
        note: {
          vi: 'Khuyến nghị tối thiểu 1%, 2% nếu muốn tăng tốc; nhiều tỉnh đưa vào nghị quyết của HĐND. Thực tế cấp tỉnh khoảng 0,3%.',
          en: 'Recommended minimum 1 %, 2 % to accelerate; many provinces adopt it by resolution. Typical actual ≈ 0.3 %.',
        },
      },
    ],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'so-tai-chinh',
    sourceId: 'dx-annual-report',
    freshness: YEARLY_BY_JAN_31,
    notes: [],
  },
  {
    id: 'budget.security-share',
    name: {
      vi: 'Tỷ lệ chi cho an toàn thông tin mạng trên tổng chi cho chuyển đổi số',
      en: 'Cyber-security spending as a share of digital-transformation spending',
    },
    shortName: { vi: 'Chi ATTT / chi CĐS', en: 'Security share of DX spend' },
    category: 'budget',
    ...PERCENT,
    polarity: 'higher-is-better',
    ratio: {
      numerator: { vi: 'Chi cho an toàn thông tin mạng', en: 'Cyber-security spending' },
      denominator: { vi: 'Chi cho chuyển đổi số', en: 'DX spending' },
    },
    targets: [
      {
        year: 2025,
        level: 'any',
        comparator: '>=',
        value: 10,
        sourceIds: ['mic-dx-handbook-2020'],
      },
    ],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'so-tai-chinh',
    sourceId: 'dx-annual-report',
    freshness: YEARLY_BY_JAN_31,
    notes: [],
  },
];
