import type { Widen } from '../widen';

/** Messages of the publicServices feature. Vietnamese is the reference; English must have the same keys. */
export const publicServicesVi = {
  title: 'Dịch vụ công trực tuyến',
  intro:
    'DVC trực tuyến toàn trình và một phần (Nghị định 42/2022/NĐ-CP), hồ sơ trực tuyến, thanh toán trực tuyến, số hóa hồ sơ và kết quả điện tử của tỉnh: giá trị mới nhất, diễn biến so với mục tiêu, và so sánh giữa các sở, ngành, xã, phường.',
  sections: {
    services: 'Cung cấp DVC trực tuyến',
    dossiers: 'Hồ sơ, thanh toán trực tuyến',
    digitisation: 'Số hóa hồ sơ, kết quả điện tử',
    breakdown: 'Theo sở, ngành và theo xã, phường',
  },
  breakdown: {
    reference: '{{unit}} (toàn tỉnh): {{value}}',
    departments: 'theo sở, ngành',
    communes: 'theo xã, phường, đặc khu',
    noUnits: 'Nguồn dữ liệu chưa liệt kê đơn vị nào của tỉnh.',
  },
} as const;

export const publicServicesEn: Widen<typeof publicServicesVi> = {
  title: 'Online public services',
  intro:
    'Fully and partially online services (Decree 42/2022/NĐ-CP), online dossiers, online payment, digitised dossiers and electronic results of the province: latest values, the trend against the targets, and how departments and communes compare.',
  sections: {
    services: 'Online services offered',
    dossiers: 'Online dossiers and payment',
    digitisation: 'Digitisation and electronic results',
    breakdown: 'By department and by commune',
  },
  breakdown: {
    reference: '{{unit}} (whole province): {{value}}',
    departments: 'by department',
    communes: 'by commune, ward and special zone',
    noUnits: 'The source lists no unit of the province yet.',
  },
};
