import type { Widen } from '../widen';

/** Messages of the sources feature. Vietnamese is the reference; English must have the same keys. */
export const sourcesVi = {
  title: 'Tình trạng nguồn dữ liệu',
  intro:
    'Mỗi nguồn cam kết tần suất cập nhật; bảng cho biết lần nhận dữ liệu gần nhất, nguồn có trả lời máy này không và tỷ lệ hoạt động trong 24 giờ qua.',
  summary: 'Tóm tắt',
  state: {
    fresh: 'Kịp thời',
    late: 'Chậm cập nhật',
    stale: 'Dữ liệu cũ',
    'no-data': 'Chưa có dữ liệu',
    down: 'Mất kết nối',
  },
  protocol: {
    'kpi-rest': 'API chỉ tiêu (REST)',
    sensorthings: 'OGC SensorThings',
    'file-import': 'Tệp do đơn vị nộp',
  },
  contract: {
    every: 'Mỗi {{minutes}} phút',
    daily: 'Hằng ngày trước {{time}}',
    monthly: 'Hằng tháng, trước ngày {{day}}',
    yearly: 'Hằng năm, trước ngày {{day}}/{{month}}',
    none: 'Không khai báo',
  },
  columns: {
    source: 'Nguồn dữ liệu',
    state: 'Tình trạng',
    contract: 'Cam kết cập nhật',
    lastDelivery: 'Dữ liệu gần nhất',
    lastSuccess: 'Kết nối thành công gần nhất',
    latency: 'Độ trễ',
    lastError: 'Lỗi gần nhất',
    uptime: 'Hoạt động 24 giờ',
    owner: 'Đơn vị chịu trách nhiệm',
  },
  latency: '{{ms}} ms',
  latencySeconds: '{{s}} giây',
  uptime: '{{share}} ({{count}} lần kiểm tra)',
  noProbe: 'Không kiểm tra được (tệp nộp thủ công)',
  never: 'Chưa có',
  lateAt: 'chậm từ {{time}}',
  staleAt: 'cũ từ {{time}}',
  silent: '{{silent}}/{{total}} luồng cảm biến không gửi số liệu',
  reportFailed:
    'Không đọc được báo cáo tình trạng nguồn: {{error}}. Tình trạng kết nối vẫn được kiểm tra trực tiếp.',
  checkedAt: 'Kiểm tra lúc',
  healthSource: 'Báo cáo tình trạng nguồn (API chỉ tiêu) và kiểm tra kết nối từ máy này',
} as const;

export const sourcesEn: Widen<typeof sourcesVi> = {
  title: 'Data source health',
  intro:
    'Each source promises an update cadence; the table shows its last delivery, whether it answers this computer, and its uptime over the last 24 hours.',
  summary: 'Summary',
  state: {
    fresh: 'On time',
    late: 'Late',
    stale: 'Stale',
    'no-data': 'No data yet',
    down: 'Down',
  },
  protocol: {
    'kpi-rest': 'KPI API (REST)',
    sensorthings: 'OGC SensorThings',
    'file-import': 'File uploaded by the department',
  },
  contract: {
    every: 'Every {{minutes}} min',
    daily: 'Daily before {{time}}',
    monthly: 'Monthly, by day {{day}}',
    yearly: 'Yearly, by {{day}}/{{month}}',
    none: 'Not declared',
  },
  columns: {
    source: 'Data source',
    state: 'State',
    contract: 'Update promise',
    lastDelivery: 'Latest data',
    lastSuccess: 'Last successful connection',
    latency: 'Latency',
    lastError: 'Last error',
    uptime: 'Uptime 24 h',
    owner: 'Responsible unit',
  },
  latency: '{{ms}} ms',
  latencySeconds: '{{s}} s',
  uptime: '{{share}} ({{count}} checks)',
  noProbe: 'Not checked (files uploaded by hand)',
  never: 'Never',
  lateAt: 'late from {{time}}',
  staleAt: 'stale from {{time}}',
  silent: '{{silent}}/{{total}} sensor streams silent',
  reportFailed:
    'The source-health report could not be read: {{error}}. Connections are still checked directly.',
  checkedAt: 'Checked at',
  healthSource: 'Source-health report (KPI API) and connection checks from this computer',
};
