import type { Index766Config } from '../domain/scoring/index-766';
import type { LocalizedText } from '../domain/i18n-text';

/**
 * Configuration of the 766 index recomputation (domain/scoring/index-766.ts). Group points are
 * official (Decision 766/QĐ-TTg); the split of a group's points over its components and the
 * component targets are NOT published, so every one of them is a documented assumption that a
 * province can replace with its own figures. Components and ratios come from kpis.md §3.
 */

const ASSUMED_EQUAL_SPLIT: LocalizedText = {
  vi: 'Giả định: chia đều điểm của nhóm; chỉ tiêu 100%.',
  en: 'Assumption: the group’s points are split equally; target 100 %.',
};

const SATISFACTION_TARGETS = [
  { fromYear: 2022, ratio: 0.9 },
  { fromYear: 2026, ratio: 0.95 },
] as const;

const SATISFACTION_BASIS: LocalizedText = {
  vi: 'Tỷ lệ theo Quyết định 766/QĐ-TTg; chỉ tiêu theo Nghị quyết 76/NQ-CP (90% đến 2025; giả định 95% từ 2026 theo mục tiêu 2030). Chia đều 6 điểm: giả định.',
  en: 'Ratio per Decision 766; targets per Resolution 76/NQ-CP (90 % to 2025; 95 % from 2026 assumed from the 2030 aim). Equal 6-point split: assumption.',
};

export const INDEX_766_CONFIG: Index766Config = {
  groups: [
    {
      id: 'transparency',
      name: { vi: 'Công khai, minh bạch', en: 'Publicity and transparency' },
      maxPoints: 18,
      components: [
        {
          id: 'transparency.procedures-published',
          name: {
            vi: 'Tỷ lệ TTHC được công bố, công khai đầy đủ, đúng hạn',
            en: 'Procedures published completely and on time',
          },
          points: 6,
          targets: [{ fromYear: 2022, ratio: 1 }],
          basis: ASSUMED_EQUAL_SPLIT,
        },
        {
          id: 'transparency.dossiers-synchronised',
          name: {
            vi: 'Tỷ lệ hồ sơ được đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia',
            en: 'Dossiers whose status is synchronised to the National Public Service Portal',
          },
          points: 6,
          targets: [{ fromYear: 2022, ratio: 1 }],
          basis: ASSUMED_EQUAL_SPLIT,
        },
        {
          id: 'transparency.progress-published',
          name: {
            vi: 'Tỷ lệ hồ sơ được công khai tiến độ giải quyết',
            en: 'Dossiers whose progress is published',
          },
          points: 6,
          targets: [{ fromYear: 2022, ratio: 1 }],
          basis: ASSUMED_EQUAL_SPLIT,
        },
      ],
    },
    {
      id: 'progress',
      name: { vi: 'Tiến độ, kết quả giải quyết', en: 'Processing progress and results' },
      maxPoints: 20,
      components: [
        {
          id: 'progress.processed-on-time',
          name: {
            vi: 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn',
            en: 'Dossiers processed early or on time',
          },
          points: 10,
          kpiId: 'dossiers.on-time-share',
          targets: [{ fromYear: 2022, ratio: 1 }],
          basis: ASSUMED_EQUAL_SPLIT,
        },
        {
          id: 'progress.pending-within-deadline',
          name: {
            vi: 'Tỷ lệ hồ sơ đang giải quyết còn trong hạn',
            en: 'Pending dossiers still within their deadline',
          },
          points: 10,
          targets: [{ fromYear: 2022, ratio: 1 }],
          basis: ASSUMED_EQUAL_SPLIT,
        },
      ],
    },
    {
      id: 'digitisation',
      name: { vi: 'Số hóa hồ sơ', en: 'Digitisation of dossiers and results' },
      maxPoints: 22,
      components: [
        {
          id: 'digitisation.electronic-results',
          name: {
            vi: 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử',
            en: 'Results issued electronically',
          },
          points: 8,
          kpiId: 'dossiers.electronic-results-share',
          targets: [{ fromYear: 2022, ratio: 1 }],
          basis: {
            vi: 'Giả định: 8/8/6 điểm; chỉ tiêu 100% (như chỉ tiêu tháng của tỉnh Bình Định 10/2023).',
            en: 'Assumption: 8/8/6 points; target 100 % (as in Bình Định’s monthly target, 10/2023).',
          },
        },
        {
          id: 'digitisation.components-digitised',
          name: {
            vi: 'Tỷ lệ số hóa thành phần hồ sơ',
            en: 'Dossier components digitised',
          },
          points: 8,
          kpiId: 'dossiers.digitised-components-share',
          targets: [{ fromYear: 2022, ratio: 0.7 }],
          basis: {
            vi: 'Giả định: chỉ tiêu 70% (mức cấp tỉnh trong báo cáo Bình Định 10/2023: 70/60/55%).',
            en: 'Assumption: target 70 % (province-level figure of Bình Định’s 10/2023 report: 70/60/55 %).',
          },
        },
        {
          id: 'digitisation.data-reused',
          name: {
            vi: 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa',
            en: 'Digitised data re-used',
          },
          points: 6,
          kpiId: 'dossiers.digitised-data-reuse-share',
          targets: [{ fromYear: 2022, ratio: 0.5 }],
          basis: { vi: 'Giả định: chỉ tiêu 50%.', en: 'Assumption: target 50 %.' },
        },
      ],
    },
    {
      id: 'online',
      name: { vi: 'Cung cấp dịch vụ trực tuyến', en: 'Online service provision' },
      maxPoints: 22,
      components: [
        {
          id: 'online.services-fully-online',
          name: {
            vi: 'Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình',
            en: 'Procedures offered fully online',
          },
          points: 6,
          kpiId: 'dvc.full-online-services',
          targets: [{ fromYear: 2022, ratio: 0.8 }],
          basis: {
            vi: 'Chỉ tiêu 80% theo Quyết định 749/QĐ-TTg (mức độ 4 → toàn trình); chia điểm 6/4/6/6: giả định.',
            en: 'Target 80 % per Decision 749 (level 4 → fully online); 6/4/6/6 split: assumption.',
          },
        },
        {
          id: 'online.services-online',
          name: {
            vi: 'Tỷ lệ TTHC cung cấp DVC trực tuyến (toàn trình và một phần)',
            en: 'Procedures offered online (fully or partially)',
          },
          points: 4,
          targets: [{ fromYear: 2022, ratio: 1 }],
          basis: { vi: 'Giả định: chỉ tiêu 100%.', en: 'Assumption: target 100 %.' },
        },
        {
          id: 'online.dossiers-online',
          name: { vi: 'Tỷ lệ hồ sơ nộp trực tuyến', en: 'Dossiers filed online' },
          points: 6,
          kpiId: 'dossiers.online-filing-share',
          targets: [
            { fromYear: 2022, ratio: 0.5 },
            { fromYear: 2025, ratio: 0.8 },
          ],
          basis: {
            vi: 'Giả định: 50% (mức chỉ tiêu tháng phổ biến 2023) và 80% từ 2025 (Quyết định 942/QĐ-TTg).',
            en: 'Assumption: 50 % (a common 2023 monthly target) and 80 % from 2025 (Decision 942).',
          },
        },
        {
          id: 'online.payments-online',
          name: { vi: 'Tỷ lệ thanh toán trực tuyến', en: 'Fees paid online' },
          points: 6,
          kpiId: 'dossiers.online-payment-share',
          targets: [{ fromYear: 2022, ratio: 0.35 }],
          basis: {
            vi: 'Giả định: 35% (chỉ tiêu tháng của tỉnh Bình Định 10/2023).',
            en: 'Assumption: 35 % (Bình Định’s monthly target, 10/2023).',
          },
        },
      ],
    },
    {
      id: 'satisfaction',
      name: { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
      maxPoints: 18,
      components: [
        {
          id: 'satisfaction.feedback-on-time',
          name: {
            vi: 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn',
            en: 'Feedback handled on time',
          },
          points: 6,
          kpiId: 'feedback.handled-on-time-share',
          targets: SATISFACTION_TARGETS,
          basis: SATISFACTION_BASIS,
        },
        {
          id: 'satisfaction.feedback-satisfied',
          name: {
            vi: 'Tỷ lệ hài lòng về xử lý phản ánh, kiến nghị',
            en: 'Satisfaction with feedback handling',
          },
          points: 6,
          kpiId: 'feedback.satisfaction-share',
          targets: SATISFACTION_TARGETS,
          basis: SATISFACTION_BASIS,
        },
        {
          id: 'satisfaction.procedures-satisfied',
          name: {
            vi: 'Tỷ lệ hài lòng về giải quyết TTHC',
            en: 'Satisfaction with procedure handling',
          },
          points: 6,
          kpiId: 'dvc.satisfaction',
          targets: SATISFACTION_TARGETS,
          basis: SATISFACTION_BASIS,
        },
      ],
    },
  ],
};
