import type { Department } from '../domain/kpi/department';

/**
 * Provincial departments as organised after the 2025 restructuring (e.g. digital transformation
 * moved from the former Sở Thông tin và Truyền thông to Sở Khoa học và Công nghệ; environment and
 * agriculture merged into Sở Nông nghiệp và Môi trường; transport into Sở Xây dựng).
 */
export const DEPARTMENTS: readonly Department[] = [
  {
    id: 'vp-ubnd',
    name: {
      vi: 'Văn phòng Ủy ban nhân dân tỉnh',
      en: 'Office of the Provincial People’s Committee',
    },
    shortName: { vi: 'VP UBND', en: 'PPC Office' },
  },
  {
    id: 'ttphcc',
    name: {
      vi: 'Trung tâm Phục vụ hành chính công tỉnh',
      en: 'Provincial Public Administration Service Centre',
    },
    shortName: { vi: 'TT PVHCC', en: 'Service Centre' },
  },
  {
    id: 'so-khcn',
    name: { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' },
    shortName: { vi: 'Sở KH&CN', en: 'DOST' },
  },
  {
    id: 'so-noi-vu',
    name: { vi: 'Sở Nội vụ', en: 'Department of Home Affairs' },
    shortName: { vi: 'Sở Nội vụ', en: 'DOHA' },
  },
  {
    id: 'so-tai-chinh',
    name: { vi: 'Sở Tài chính', en: 'Department of Finance' },
    shortName: { vi: 'Sở Tài chính', en: 'DOF' },
  },
  {
    id: 'so-nnmt',
    name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' },
    shortName: { vi: 'Sở NN&MT', en: 'DAE' },
  },
  {
    id: 'so-xay-dung',
    name: { vi: 'Sở Xây dựng', en: 'Department of Construction' },
    shortName: { vi: 'Sở Xây dựng', en: 'DOC' },
  },
  {
    id: 'so-y-te',
    name: { vi: 'Sở Y tế', en: 'Department of Health' },
    shortName: { vi: 'Sở Y tế', en: 'DOH' },
  },
  {
    id: 'so-gddt',
    name: { vi: 'Sở Giáo dục và Đào tạo', en: 'Department of Education and Training' },
    shortName: { vi: 'Sở GD&ĐT', en: 'DOET' },
  },
  {
    id: 'cong-an-tinh',
    name: { vi: 'Công an tỉnh', en: 'Provincial Police' },
    shortName: { vi: 'Công an tỉnh', en: 'Police' },
  },
  {
    id: 'thanh-tra-tinh',
    name: { vi: 'Thanh tra tỉnh', en: 'Provincial Inspectorate' },
    shortName: { vi: 'Thanh tra', en: 'Inspectorate' },
  },
  {
    id: 'thong-ke-tinh',
    name: { vi: 'Thống kê tỉnh', en: 'Provincial Statistics Office' },
    shortName: { vi: 'Thống kê', en: 'Statistics' },
  },
];

export function getDepartment(id: string): Department | undefined {
  return DEPARTMENTS.find((d) => d.id === id);
}
