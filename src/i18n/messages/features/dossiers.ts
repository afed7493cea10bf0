import type { Widen } from '../widen';

/**
 * Messages of the dossiers feature. Vietnamese is the reference; English must have the same keys.
 * Vocabulary (kpis.md §1): processed = trước hạn + đúng hạn + quá hạn; the on-time share counts
 * early AND on time; pending (đang giải quyết) = within the deadline (trong hạn) + overdue
 * (quá hạn); the backlog is the pending dossiers, not only the overdue ones.
 */
export const dossiersVi = {
  title: 'Hồ sơ TTHC',
  intro:
    'Hồ sơ thủ tục hành chính tiếp nhận, giải quyết và đang giải quyết; chọn một sở, rồi một thủ tục để xem danh sách hồ sơ quá hạn.',
  filters: {
    label: 'Bộ lọc',
    period: 'Kỳ báo cáo',
    latest: 'Tháng mới nhất',
    department: 'Sở, ngành',
    allDepartments: 'Tất cả các sở, ngành',
    procedure: 'Thủ tục',
    allProcedures: 'Tất cả thủ tục',
    unknownDepartment: 'Không có sở, ngành mã “{{id}}” trong số liệu: đang hiển thị toàn tỉnh.',
    unknownProcedure: 'Không có thủ tục mã “{{code}}” ở sở, ngành này trong kỳ đã chọn.',
    preReform:
      'Số liệu theo sở, ngành và thủ tục có từ tháng 07/2025 (chính quyền địa phương hai cấp); hãy chọn một tháng từ 07/2025.',
  },
  crumbs: {
    label: 'Vị trí xem',
  },
  measures: {
    received: 'Tiếp nhận',
    processed: 'Đã giải quyết',
    early: 'Trước hạn',
    onTime: 'Đúng hạn',
    late: 'Quá hạn',
    pending: 'Đang giải quyết',
    pendingWithin: 'Đang giải quyết trong hạn',
    pendingOverdue: 'Đang giải quyết quá hạn',
    onTimeShare: 'Tỷ lệ giải quyết trước hạn và đúng hạn',
    onTimeShareShort: 'Trước hạn, đúng hạn',
  },
  columns: {
    department: 'Sở, ngành',
    procedure: 'Thủ tục',
    procedureCode: 'Mã thủ tục',
    unitCode: 'Mã đơn vị',
    unit: 'Đơn vị giải quyết',
    period: 'Kỳ',
    dossierCode: 'Mã hồ sơ',
    receivedAt: 'Ngày tiếp nhận',
    dueAt: 'Hạn xử lý',
    processedAt: 'Ngày giải quyết',
    daysLate: 'Số ngày quá hạn',
    status: 'Tình trạng',
    statusCode: 'Mã tình trạng',
    bucket: 'Số ngày quá hạn',
    fromDay: 'Từ ngày quá hạn thứ',
    toDay: 'Đến ngày quá hạn thứ',
    count: 'Số hồ sơ',
    share: 'Tỷ lệ',
    asOf: 'Số liệu đến',
    source: 'Nguồn',
  },
  backlog: {
    titleDepartments: 'Hồ sơ đang giải quyết theo sở, ngành — {{period}}',
    titleProcedures: 'Hồ sơ đang giải quyết theo thủ tục — {{department}}, {{period}}',
    summary:
      '{{count}} đơn vị; nhiều hồ sơ quá hạn nhất: {{top}} ({{overdue}} hồ sơ quá hạn, {{pending}} đang giải quyết).',
    summaryNone: '{{count}} đơn vị; không có hồ sơ đang giải quyết quá hạn.',
    drillHint: 'Chọn tên trong bảng để xem chi tiết.',
  },
  aging: {
    title: 'Hồ sơ đang giải quyết quá hạn theo số ngày quá hạn — {{scope}}',
    bucket: '{{from}}–{{to}} ngày',
    bucketOpen: 'Trên {{from}} ngày',
    summary:
      '{{total}} hồ sơ đang giải quyết quá hạn; {{oldest}} hồ sơ quá hạn trên {{days}} ngày.',
    snapshot:
      'Tình trạng tại thời điểm số liệu mới nhất (không theo kỳ đã chọn). Hồ sơ đang giải quyết trong hạn không có trong biểu đồ này.',
    none: 'Không có hồ sơ đang giải quyết quá hạn.',
  },
  flow: {
    title: 'Tiếp nhận và giải quyết theo tháng — {{scope}}',
    summary:
      '{{months}} tháng đến {{period}}: tiếp nhận {{received}}, đã giải quyết {{processed}}, tỷ lệ trước hạn và đúng hạn {{share}}.',
    shareAxis: 'Tỷ lệ (%)',
    countAxis: 'Hồ sơ',
  },
  late: {
    title: 'Hồ sơ quá hạn — {{scope}}',
    status: {
      'pending-overdue': 'Đang giải quyết quá hạn',
      'processed-late': 'Đã giải quyết quá hạn',
    },
    snapshot:
      'Hồ sơ đang giải quyết quá hạn và hồ sơ giải quyết quá hạn trong tháng hiện tại, tại thời điểm số liệu mới nhất.',
    count: '{{n}} hồ sơ quá hạn',
    synthetic: 'Mã hồ sơ là dữ liệu mô phỏng.',
  },
  scope: {
    province: 'toàn tỉnh',
  },
} as const;

export const dossiersEn: Widen<typeof dossiersVi> = {
  title: 'Administrative dossiers',
  intro:
    'Administrative-procedure dossiers received, processed and pending; pick a department, then a procedure, to see its list of overdue dossiers.',
  filters: {
    label: 'Filters',
    period: 'Reporting period',
    latest: 'Latest month',
    department: 'Department',
    allDepartments: 'All departments',
    procedure: 'Procedure',
    allProcedures: 'All procedures',
    unknownDepartment: 'No department “{{id}}” in the data: showing the whole province.',
    unknownProcedure: 'No procedure “{{code}}” in this department for the period chosen.',
    preReform:
      'Figures by department and procedure start in July 2025 (two-tier local government); choose a month from 07/2025.',
  },
  crumbs: {
    label: 'You are here',
  },
  measures: {
    received: 'Received',
    processed: 'Processed',
    early: 'Early',
    onTime: 'On time',
    late: 'Late',
    pending: 'Pending',
    pendingWithin: 'Pending, within deadline',
    pendingOverdue: 'Pending, overdue',
    onTimeShare: 'Share processed early or on time',
    onTimeShareShort: 'Early or on time',
  },
  columns: {
    department: 'Department',
    procedure: 'Procedure',
    procedureCode: 'Procedure code',
    unitCode: 'Unit code',
    unit: 'Handling unit',
    period: 'Period',
    dossierCode: 'Dossier code',
    receivedAt: 'Received',
    dueAt: 'Deadline',
    processedAt: 'Processed',
    daysLate: 'Days overdue',
    status: 'Status',
    statusCode: 'Status code',
    bucket: 'Days overdue',
    fromDay: 'From day overdue',
    toDay: 'To day overdue',
    count: 'Dossiers',
    share: 'Share',
    asOf: 'As of',
    source: 'Source',
  },
  backlog: {
    titleDepartments: 'Pending dossiers by department — {{period}}',
    titleProcedures: 'Pending dossiers by procedure — {{department}}, {{period}}',
    summary:
      '{{count}} units; most overdue: {{top}} ({{overdue}} overdue, {{pending}} pending dossiers).',
    summaryNone: '{{count}} units; no pending dossier is overdue.',
    drillHint: 'Choose a name in the table to see its details.',
  },
  aging: {
    title: 'Overdue pending dossiers by days overdue — {{scope}}',
    bucket: '{{from}}–{{to}} days',
    bucketOpen: 'Over {{from}} days',
    summary: '{{total}} pending dossiers overdue; {{oldest}} overdue by more than {{days}} days.',
    snapshot:
      'State at the latest delivery (not the period chosen). Pending dossiers within their deadline are not in this chart.',
    none: 'No pending dossier is overdue.',
  },
  flow: {
    title: 'Received and processed by month — {{scope}}',
    summary:
      '{{months}} months to {{period}}: {{received}} received, {{processed}} processed, {{share}} early or on time.',
    shareAxis: 'Share (%)',
    countAxis: 'Dossiers',
  },
  late: {
    title: 'Overdue dossiers — {{scope}}',
    status: {
      'pending-overdue': 'Pending, overdue',
      'processed-late': 'Processed late',
    },
    snapshot:
      'Pending dossiers past their deadline and dossiers processed late in the running month, at the latest delivery.',
    count: '{{n}} overdue dossiers',
    synthetic: 'Dossier codes are simulated data.',
  },
  scope: {
    province: 'whole province',
  },
};
