import type { DataSource } from '../domain/kpi/data-source';

/**
 * Data sources and the freshness each promises (data-sources.md §3). A deployment points each
 * id at a real endpoint in its runtime configuration; mocks imitate the same protocol.
 */
export const DATA_SOURCES: readonly DataSource[] = [
  {
    id: 'one-stop-dossiers',
    name: {
      vi: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh (một cửa điện tử)',
      en: 'Provincial administrative-procedure (one-stop) information system',
    },
    protocol: 'kpi-rest',
    ownerDepartmentId: 'ttphcc',
    // The Sơn La IOC rule: departments update before 17:00 every day.
    freshness: { kind: 'daily', before: '17:00' },
  },
  {
    id: 'national-portal-766',
    name: {
      vi: 'Cổng Dịch vụ công quốc gia — Bộ chỉ số 766',
      en: 'National Public Service Portal — 766 index',
    },
    protocol: 'kpi-rest',
    ownerDepartmentId: 'vp-ubnd',
    freshness: { kind: 'monthly', byDay: 10 },
  },
  {
    id: 'citizen-feedback',
    name: { vi: 'Hệ thống tiếp nhận phản ánh, kiến nghị', en: 'Citizen feedback system' },
    protocol: 'kpi-rest',
    ownerDepartmentId: 'vp-ubnd',
    freshness: { kind: 'daily', before: '17:00' },
  },
  {
    id: 'dx-monthly-report',
    name: {
      vi: 'Báo cáo chuyển đổi số định kỳ hằng tháng',
      en: 'Monthly digital-transformation report',
    },
    protocol: 'file-import',
    ownerDepartmentId: 'so-khcn',
    freshness: { kind: 'monthly', byDay: 5 },
  },
  {
    id: 'dx-annual-report',
    name: { vi: 'Báo cáo chuyển đổi số hằng năm', en: 'Annual digital-transformation report' },
    protocol: 'file-import',
    ownerDepartmentId: 'so-khcn',
    freshness: { kind: 'yearly', byMonth: 1, byDay: 31 },
  },
  {
    id: 'statistics-annual',
    name: { vi: 'Số liệu thống kê hằng năm', en: 'Annual statistics' },
    protocol: 'file-import',
    ownerDepartmentId: 'thong-ke-tinh',
    freshness: { kind: 'yearly', byMonth: 3, byDay: 31 },
  },
  {
    id: 'dti-annual',
    name: { vi: 'Bộ chỉ số chuyển đổi số DTI', en: 'Digital Transformation Index (DTI)' },
    protocol: 'file-import',
    ownerDepartmentId: 'so-khcn',
    // DTI of a year is published in the autumn of the next year (DTI 2024 in 10/2025).
    freshness: { kind: 'yearly', byMonth: 10, byDay: 31 },
  },
  {
    id: 'un-egdi',
    name: { vi: 'Khảo sát Chính phủ điện tử của Liên Hợp Quốc', en: 'UN E-Government Survey' },
    protocol: 'file-import',
    ownerDepartmentId: 'so-khcn',
    // Published every two years: one missed year is normal, so stale only after three.
    freshness: { kind: 'yearly', byMonth: 9, byDay: 30, staleAfterMissed: 3 },
  },
  {
    id: 'air-quality-sensors',
    name: {
      vi: 'Mạng quan trắc chất lượng không khí tự động',
      en: 'Automatic air-quality stations',
    },
    protocol: 'sensorthings',
    ownerDepartmentId: 'so-nnmt',
    freshness: { kind: 'every', minutes: 60 },
  },
  {
    id: 'hydrology-stations',
    name: { vi: 'Trạm quan trắc mực nước', en: 'Water-level stations' },
    protocol: 'sensorthings',
    ownerDepartmentId: 'so-nnmt',
    freshness: { kind: 'every', minutes: 15 },
  },
  {
    id: 'urban-flood-sensors',
    name: { vi: 'Cảm biến ngập đô thị', en: 'Urban flood sensors' },
    protocol: 'sensorthings',
    ownerDepartmentId: 'so-xay-dung',
    freshness: { kind: 'every', minutes: 5 },
  },
  {
    id: 'traffic-sensors',
    name: { vi: 'Hệ thống giám sát giao thông', en: 'Traffic monitoring system' },
    protocol: 'sensorthings',
    ownerDepartmentId: 'so-xay-dung',
    freshness: { kind: 'every', minutes: 5 },
  },
];

export function getDataSource(id: string): DataSource | undefined {
  return DATA_SOURCES.find((s) => s.id === id);
}
