import type { LegalSource } from '../domain/kpi/legal-source';

/**
 * Documents cited by KPI targets, thresholds and formulas. Numbers and dates as published;
 * `issued: null` where the date is not recorded in the project's domain notes.
 */
export const LEGAL_SOURCES: readonly LegalSource[] = [
  {
    id: 'nq-52-tw-2019',
    kind: 'party-resolution',
    number: '52-NQ/TW',
    issued: '2019-09-27',
    issuer: { vi: 'Bộ Chính trị', en: 'Politburo' },
    title: {
      vi: 'Nghị quyết về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư',
      en: 'Resolution on policies for proactive participation in the Fourth Industrial Revolution',
    },
  },
  {
    id: 'qd-749-ttg-2020',
    kind: 'decision',
    number: '749/QĐ-TTg',
    issued: '2020-06-03',
    issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    title: {
      vi: 'Phê duyệt "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"',
      en: 'National Digital Transformation Programme to 2025, vision to 2030',
    },
  },
  {
    id: 'qd-942-ttg-2021',
    kind: 'decision',
    number: '942/QĐ-TTg',
    issued: '2021-06-15',
    issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    title: {
      vi: 'Phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030',
      en: 'Strategy for e-government towards digital government 2021–2025, vision to 2030',
    },
  },
  {
    id: 'qd-411-ttg-2022',
    kind: 'decision',
    number: '411/QĐ-TTg',
    issued: '2022-03-31',
    issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    title: {
      vi: 'Phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030',
      en: 'National strategy for the digital economy and digital society to 2025, vision to 2030',
    },
  },
  {
    id: 'qd-766-ttg-2022',
    kind: 'decision',
    number: '766/QĐ-TTg',
    issued: '2022-06-23',
    issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    title: {
      vi: 'Phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử',
      en: 'Real-time index for steering and assessing the quality of service to citizens and businesses in administrative procedures and public services',
    },
  },
  {
    id: 'nq-76-cp-2021',
    kind: 'government-resolution',
    number: '76/NQ-CP',
    issued: '2021-07-15',
    issuer: { vi: 'Chính phủ', en: 'Government' },
    title: {
      vi: 'Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030',
      en: 'Master programme for state administrative reform 2021–2030',
    },
  },
  {
    id: 'nd-43-2011',
    kind: 'decree',
    number: '43/2011/NĐ-CP',
    issued: '2011-06-13',
    issuer: { vi: 'Chính phủ', en: 'Government' },
    title: {
      vi: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước (mức độ 1–4)',
      en: 'Decree on online information and public services of state agencies (online service levels 1–4)',
    },
  },
  {
    id: 'nd-42-2022',
    kind: 'decree',
    number: '42/2022/NĐ-CP',
    issued: '2022-06-24',
    issuer: { vi: 'Chính phủ', en: 'Government' },
    title: {
      vi: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng (DVC trực tuyến toàn trình và một phần)',
      en: 'Decree on online information and public services of state agencies (fully and partially online services)',
    },
  },
  {
    id: 'qd-922-btttt-2022',
    kind: 'decision',
    number: '922/QĐ-BTTTT',
    issued: null,
    issuer: {
      vi: 'Bộ Thông tin và Truyền thông',
      en: 'Ministry of Information and Communications',
    },
    title: {
      vi: 'Phê duyệt Đề án Xác định Bộ chỉ số đánh giá chuyển đổi số (DTI)',
      en: 'Digital Transformation Index (DTI) methodology',
    },
  },
  {
    id: 'qd-1459-tcmt-2019',
    kind: 'decision',
    number: '1459/QĐ-TCMT',
    issued: '2019-11-12',
    issuer: { vi: 'Tổng cục Môi trường', en: 'Vietnam Environment Administration' },
    title: {
      vi: 'Ban hành Hướng dẫn kỹ thuật tính toán và công bố chỉ số chất lượng không khí Việt Nam (VN_AQI)',
      en: 'Technical guidance on computing and publishing the Vietnam Air Quality Index (VN_AQI)',
    },
  },
  {
    id: 'qd-05-2020-ttg',
    kind: 'decision',
    number: '05/2020/QĐ-TTg',
    issued: '2020-01-31',
    issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    title: {
      vi: 'Quy định mực nước tương ứng với các cấp báo động lũ trên các sông thuộc phạm vi cả nước',
      en: 'Water levels of the flood alarm levels on the rivers of Viet Nam',
    },
  },
  {
    id: 'nq-202-2025-qh15',
    kind: 'national-assembly-resolution',
    number: '202/2025/QH15',
    issued: '2025-06-12',
    issuer: { vi: 'Quốc hội', en: 'National Assembly' },
    title: {
      vi: 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh',
      en: 'Resolution on the rearrangement of provincial-level administrative units',
    },
  },
  {
    id: 'qd-19-2025-ttg',
    kind: 'decision',
    number: '19/2025/QĐ-TTg',
    issued: null,
    issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    title: {
      vi: 'Ban hành Bảng danh mục và mã số các đơn vị hành chính Việt Nam',
      en: 'List and codes of the administrative units of Viet Nam',
    },
  },
  {
    id: 'mic-dx-handbook-2020',
    kind: 'guidance',
    number: 'Cẩm nang Chuyển đổi số',
    issued: null,
    issuer: {
      vi: 'Bộ Thông tin và Truyền thông',
      en: 'Ministry of Information and Communications',
    },
    title: {
      vi: 'Cẩm nang Chuyển đổi số (2020)',
      en: 'Digital Transformation Handbook (2020)',
    },
  },
  {
    id: 'nq-20-tw-2017',
    kind: 'party-resolution',
    number: '20-NQ/TW',
    issued: '2017-10-25',
    issuer: { vi: 'Ban Chấp hành Trung ương khóa XII', en: '12th Party Central Committee' },
    title: {
      vi: 'Nghị quyết về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới',
      en: 'Resolution on protecting, caring for and improving public health in the new situation',
    },
  },
  {
    id: 'qcvn-05-2023-btnmt',
    kind: 'technical-regulation',
    number: 'QCVN 05:2023/BTNMT',
    issued: null,
    issuer: {
      vi: 'Bộ Tài nguyên và Môi trường',
      en: 'Ministry of Natural Resources and Environment',
    },
    title: {
      vi: 'Quy chuẩn kỹ thuật quốc gia về chất lượng không khí',
      en: 'National technical regulation on ambient air quality',
    },
  },
  {
    id: 'report.provincial-dx-slides',
    kind: 'report',
    number: 'Tài liệu chuyển đổi số cấp tỉnh',
    issued: null,
    issuer: { vi: 'Ủy ban nhân dân cấp tỉnh', en: 'Provincial People’s Committees' },
    title: {
      vi: 'Chỉ tiêu nêu trong tài liệu trình bày chuyển đổi số của các tỉnh (văn bản pháp lý gốc không được nêu)',
      en: 'Targets quoted in provincial digital-transformation briefings (underlying legal instrument not named)',
    },
  },
];

export function getLegalSource(id: string): LegalSource | undefined {
  return LEGAL_SOURCES.find((s) => s.id === id);
}
