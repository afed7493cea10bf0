import type { FreshnessContract } from '../../domain/freshness/contract';
import type { KpiDefinition } from '../../domain/kpi/definition';
import type { LocalizedText } from '../../domain/i18n-text';
import { COUNT, DEFAULT_THRESHOLDS, PERCENT } from './common';

/**
 * Dossier (hồ sơ TTHC) and online-service KPIs a province reports from its one-stop system, and
 * the feedback ratios of the 766 index. Counts are per period; "pending" counts are a snapshot
 * at the end of the period. Provincial monthly targets (e.g. Bình Định 10/2023: online payment
 * 35 %) are not national law: they travel with the observation's own `target` field.
 */

const ONE_STOP = 'one-stop-dossiers';
const DAILY_17: FreshnessContract = { kind: 'daily', before: '17:00' };

const NOTE_DOSSIER_NOT_WORK_FILE: LocalizedText = {
  vi: 'Hồ sơ TTHC do người dân, doanh nghiệp nộp; không bao gồm hồ sơ công việc nội bộ.',
  en: 'Procedure dossiers filed by citizens and businesses; internal work files are not counted.',
};

function dossierCount(
  id: string,
  vi: string,
  en: string,
  shortVi: string,
  shortEn: string,
  polarity: KpiDefinition['polarity'],
  alert?: KpiDefinition['thresholds']['alert'],
): KpiDefinition {
  return {
    id,
    name: { vi, en },
    shortName: { vi: shortVi, en: shortEn },
    category: 'dossiers',
    ...COUNT,
    polarity,
    targets: [],
    thresholds: alert === undefined ? {} : { alert },
    ownerDepartmentId: 'ttphcc',
    sourceId: ONE_STOP,
    freshness: DAILY_17,
    notes: [NOTE_DOSSIER_NOT_WORK_FILE],
  };
}

export const PUBLIC_SERVICE_KPIS: readonly KpiDefinition[] = [
  dossierCount(
    'dossiers.received',
    'Số hồ sơ TTHC tiếp nhận',
    'Dossiers received',
    'Hồ sơ tiếp nhận',
    'Received',
    'neutral',
  ),
  dossierCount(
    'dossiers.received-online',
    'Số hồ sơ TTHC tiếp nhận trực tuyến',
    'Dossiers received online',
    'Tiếp nhận trực tuyến',
    'Received online',
    'higher-is-better',
  ),
  dossierCount(
    'dossiers.processed-early',
    'Số hồ sơ TTHC giải quyết trước hạn',
    'Dossiers processed before the deadline',
    'Giải quyết trước hạn',
    'Processed early',
    'higher-is-better',
  ),
  dossierCount(
    'dossiers.processed-on-time',
    'Số hồ sơ TTHC giải quyết đúng hạn',
    'Dossiers processed on time',
    'Giải quyết đúng hạn',
    'Processed on time',
    'higher-is-better',
  ),
  dossierCount(
    'dossiers.processed-late',
    'Số hồ sơ TTHC giải quyết quá hạn',
    'Dossiers processed late',
    'Giải quyết quá hạn',
    'Processed late',
    'lower-is-better',
  ),
  dossierCount(
    'dossiers.pending-within-deadline',
    'Số hồ sơ TTHC đang giải quyết trong hạn',
    'Dossiers pending within the deadline',
    'Đang giải quyết trong hạn',
    'Pending, within deadline',
    'neutral',
  ),
  // Any overdue dossier is an SLA breach: alert from the first one (alerts/sla.ts).
  dossierCount(
    'dossiers.pending-overdue',
    'Số hồ sơ TTHC đang giải quyết quá hạn',
    'Dossiers pending past the deadline',
    'Đang giải quyết quá hạn',
    'Pending, overdue',
    'lower-is-better',
    { warning: 1, critical: 50, clearMargin: 0 },
  ),
  dossierCount(
    'dossiers.returned-withdrawn',
    'Số hồ sơ TTHC trả lại, rút hồ sơ',
    'Dossiers returned or withdrawn',
    'Trả lại, rút hồ sơ',
    'Returned or withdrawn',
    'neutral',
  ),
  {
    id: 'dossiers.on-time-share',
    name: {
      vi: 'Tỷ lệ hồ sơ TTHC giải quyết trước hạn và đúng hạn',
      en: 'Share of dossiers processed early or on time',
    },
    shortName: { vi: 'Giải quyết đúng hạn', en: 'Processed on time' },
    category: 'dossiers',
    ...PERCENT,
    polarity: 'higher-is-better',
    ratio: {
      numerator: {
        vi: 'Số hồ sơ giải quyết trước hạn và đúng hạn',
        en: 'Dossiers processed early or on time',
      },
      denominator: { vi: 'Tổng số hồ sơ đã giải quyết', en: 'All dossiers processed' },
    },
    targets: [],
    thresholds: {
      atRisk: { relative: 0.05 },
      alert: { warning: 95, critical: 90, clearMargin: 1 },
    },
    ownerDepartmentId: 'ttphcc',
    sourceId: ONE_STOP,
    freshness: DAILY_17,
    notes: [NOTE_DOSSIER_NOT_WORK_FILE],
  },
  {
    id: 'dossiers.online-filing-share',
    name: {
      vi: 'Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến',
      en: 'Share of dossiers filed online',
    },
    shortName: { vi: 'Hồ sơ nộp trực tuyến', en: 'Dossiers filed online' },
    category: 'online-services',
    ...PERCENT,
    polarity: 'higher-is-better',
    ratio: {
      numerator: { vi: 'Số hồ sơ tiếp nhận trực tuyến', en: 'Dossiers received online' },
      denominator: {
        vi: 'Tổng số hồ sơ tiếp nhận của các TTHC có cung cấp DVC trực tuyến',
        en: 'Dossiers received for procedures offered online',
      },
    },
    targets: [],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'ttphcc',
    sourceId: ONE_STOP,
    freshness: DAILY_17,
    notes: [
      {
        vi: 'Khác với dvc.online-dossier-share (xử lý hoàn toàn trực tuyến): ở đây tính mọi hồ sơ nộp trực tuyến, kể cả DVC một phần. Cả nước 8/2025: 66,47%.',
        en: 'Not the same as dvc.online-dossier-share (processed fully online): this counts every dossier filed online, partially online services included. Nationally 66.47 % in 8/2025.',
      },
    ],
  },
  {
    id: 'dossiers.online-payment-share',
    name: {
      vi: 'Tỷ lệ hồ sơ TTHC có phát sinh phí, lệ phí được thanh toán trực tuyến',
      en: 'Share of fee-bearing dossiers paid online',
    },
    shortName: { vi: 'Thanh toán trực tuyến', en: 'Paid online' },
    category: 'online-services',
    ...PERCENT,
    polarity: 'higher-is-better',
    ratio: {
      numerator: { vi: 'Số hồ sơ thanh toán trực tuyến', en: 'Dossiers paid online' },
      denominator: {
        vi: 'Số hồ sơ có phát sinh phí, lệ phí',
        en: 'Dossiers with a fee or charge',
      },
    },
    targets: [],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'ttphcc',
    sourceId: ONE_STOP,
    freshness: DAILY_17,
    notes: [],
  },
  {
    id: 'dossiers.digitised-components-share',
    name: {
      vi: 'Tỷ lệ số hóa thành phần hồ sơ TTHC',
      en: 'Share of dossier components digitised',
    },
    shortName: { vi: 'Số hóa thành phần hồ sơ', en: 'Components digitised' },
    category: 'dossiers',
    ...PERCENT,
    polarity: 'higher-is-better',
    ratio: {
      numerator: {
        vi: 'Số hồ sơ được số hóa thành phần',
        en: 'Dossiers with digitised components',
      },
      denominator: { vi: 'Tổng số hồ sơ tiếp nhận', en: 'All dossiers received' },
    },
    targets: [],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'ttphcc',
    sourceId: ONE_STOP,
    freshness: DAILY_17,
    notes: [],
  },
  {
    id: 'dossiers.electronic-results-share',
    name: {
      vi: 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử',
      en: 'Share of procedure results issued electronically',
    },
    shortName: { vi: 'Kết quả điện tử', en: 'Electronic results' },
    category: 'dossiers',
    ...PERCENT,
    polarity: 'higher-is-better',
    ratio: {
      numerator: {
        vi: 'Số kết quả giải quyết được cấp điện tử',
        en: 'Results issued electronically',
      },
      denominator: { vi: 'Tổng số hồ sơ đã giải quyết', en: 'All dossiers processed' },
    },
    targets: [],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'ttphcc',
    sourceId: ONE_STOP,
    freshness: DAILY_17,
    notes: [],
  },
  {
    id: 'dossiers.digitised-data-reuse-share',
    name: {
      vi: 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa',
      en: 'Share of dossiers re-using digitised data',
    },
    shortName: { vi: 'Tái sử dụng dữ liệu số hóa', en: 'Digitised data re-used' },
    category: 'dossiers',
    ...PERCENT,
    polarity: 'higher-is-better',
    ratio: {
      numerator: {
        vi: 'Số hồ sơ sử dụng lại dữ liệu đã số hóa',
        en: 'Dossiers re-using digitised data',
      },
      denominator: { vi: 'Tổng số hồ sơ tiếp nhận', en: 'All dossiers received' },
    },
    targets: [],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'ttphcc',
    sourceId: ONE_STOP,
    freshness: DAILY_17,
    notes: [],
  },
  {
    id: 'dossiers.population-db-use-share',
    name: {
      vi: 'Tỷ lệ hồ sơ khai thác, sử dụng Cơ sở dữ liệu quốc gia về dân cư',
      en: 'Share of dossiers using the National Population Database',
    },
    shortName: { vi: 'Khai thác CSDL dân cư', en: 'Population DB use' },
    category: 'dossiers',
    ...PERCENT,
    polarity: 'higher-is-better',
    targets: [],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'cong-an-tinh',
    sourceId: ONE_STOP,
    freshness: DAILY_17,
    notes: [],
  },
  {
    id: 'feedback.handled-on-time-share',
    name: {
      vi: 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn',
      en: 'Share of citizen feedback handled on time',
    },
    shortName: { vi: 'Xử lý phản ánh đúng hạn', en: 'Feedback on time' },
    category: 'service-index',
    ...PERCENT,
    polarity: 'higher-is-better',
    ratio: {
      numerator: {
        vi: 'Số phản ánh, kiến nghị xử lý trước hạn và đúng hạn',
        en: 'Feedback handled early or on time',
      },
      denominator: {
        vi: 'Số phản ánh, kiến nghị thuộc thẩm quyền',
        en: 'Feedback within the unit’s remit',
      },
    },
    targets: [],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'vp-ubnd',
    sourceId: 'citizen-feedback',
    freshness: DAILY_17,
    notes: [],
  },
  {
    id: 'feedback.satisfaction-share',
    name: {
      vi: 'Tỷ lệ hài lòng về việc tiếp nhận, xử lý phản ánh, kiến nghị',
      en: 'Satisfaction with the handling of citizen feedback',
    },
    shortName: { vi: 'Hài lòng xử lý phản ánh', en: 'Feedback satisfaction' },
    category: 'service-index',
    ...PERCENT,
    polarity: 'higher-is-better',
    ratio: {
      numerator: {
        vi: 'Tổng số phản ánh trừ số không hài lòng và số quá hạn',
        en: 'All feedback minus unsatisfied and overdue',
      },
      denominator: { vi: 'Tổng số phản ánh, kiến nghị', en: 'All feedback' },
    },
    targets: [],
    thresholds: DEFAULT_THRESHOLDS,
    ownerDepartmentId: 'vp-ubnd',
    sourceId: 'citizen-feedback',
    freshness: DAILY_17,
    notes: [],
  },
  {
    id: 'feedback.overdue',
    name: {
      vi: 'Số phản ánh, kiến nghị quá hạn xử lý',
      en: 'Citizen feedback past its handling deadline',
    },
    shortName: { vi: 'Phản ánh quá hạn', en: 'Feedback overdue' },
    category: 'service-index',
    ...COUNT,
    polarity: 'lower-is-better',
    targets: [],
    thresholds: { alert: { warning: 1, critical: 20, clearMargin: 0 } },
    ownerDepartmentId: 'vp-ubnd',
    sourceId: 'citizen-feedback',
    freshness: DAILY_17,
    notes: [],
  },
];
