import type { Widen } from './widen';
import { publicServicesVi } from './features/publicServices';
import { dossiersVi } from './features/dossiers';
import { targetsVi } from './features/targets';
import { rankingsVi } from './features/rankings';
import { sensorsVi } from './features/sensors';
import { alertsVi } from './features/alerts';
import { sourcesVi } from './features/sources';
import { wallVi } from './features/wall';
import { trainerVi } from './features/trainer';
import { briefingVi } from './features/briefing';
/** Vietnamese messages: the reference language. English must have the same keys. */
export const vi = {
  app: {
    name: 'Trung tâm Giám sát, Điều hành thông minh',
    shortName: 'IOC tỉnh',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    language: 'Ngôn ngữ',
    unit: 'Đơn vị',
    mainNav: 'Điều hướng chính',
  },
  nav: {
    overview: 'Tổng quan',
    publicServices: 'Dịch vụ công trực tuyến',
    dossiers: 'Hồ sơ TTHC',
    targets: 'Mục tiêu 2025–2030',
    rankings: 'Xếp hạng',
    sensors: 'Cảm biến đô thị',
    alerts: 'Cảnh báo',
    sources: 'Tình trạng nguồn dữ liệu',
    wall: 'Màn hình tường',
    trainer: 'Diễn tập',
  },
  scene: {
    notFound: 'Không tìm thấy trang này.',
    backHome: 'Về trang Tổng quan',
  },
  panel: {
    loading: 'Đang tải dữ liệu…',
    empty: 'Chưa có dữ liệu cho kỳ này.',
    error: 'Không tải được dữ liệu',
    retry: 'Thử lại',
    source: 'Nguồn',
    asOf: 'Số liệu đến',
    showTable: 'Xem dạng bảng',
    showChart: 'Xem dạng biểu đồ',
    crashed: 'Bảng này gặp lỗi khi hiển thị. Các bảng khác vẫn hoạt động.',
    refreshFailed: 'Không cập nhật được, đang hiển thị số liệu lần trước.',
    freshness: {
      fresh: 'Mới cập nhật',
      late: 'Chậm cập nhật',
      stale: 'Dữ liệu cũ',
      'no-data': 'Chưa có dữ liệu',
    },
  },
  kpi: {
    target: 'Mục tiêu {{year}}',
    targetVerdict: '{{period}}: {{value}}',
    vsPrevious: 'so với kỳ trước',
    period: 'Kỳ',
    value: 'Giá trị',
    numerator: 'Tử số',
    denominator: 'Mẫu số',
    legalSource: 'Căn cứ',
    status: {
      'on-track': 'Đạt / đúng tiến độ',
      'at-risk': 'Có nguy cơ',
      'off-track': 'Chậm tiến độ',
      'no-data': 'Không có dữ liệu',
      stale: 'Dữ liệu cũ',
      'no-target': 'Chưa có mục tiêu cho kỳ này',
      achieved: 'Đã đạt',
      missed: 'Không đạt',
    },
  },
  charts: {
    loadFailed: 'Không tải được biểu đồ. Số liệu vẫn xem được ở dạng bảng.',
  },
  panels: {
    actions: {
      group: 'Xuất dữ liệu',
      csv: 'Tải CSV',
      png: 'Tải ảnh PNG',
      pngUnavailable: 'Mở dạng biểu đồ để tải ảnh PNG.',
      exportFailed: 'Không xuất được tệp.',
    },
    table: {
      ascending: 'tăng dần',
      descending: 'giảm dần',
      sortedBy: 'Đã sắp xếp theo {{column}}, {{direction}}.',
      pagination: 'Phân trang',
      page: 'Trang {{page}}/{{pages}}',
      rowsOf: 'Dòng {{from}}–{{to}} trên {{total}}',
      previous: 'Trang trước',
      next: 'Trang sau',
      noRows: 'Không có dòng nào.',
    },
    columns: {
      period: 'Kỳ',
      periodCode: 'Mã kỳ',
      value: 'Giá trị',
      numerator: 'Tử số',
      denominator: 'Mẫu số',
      status: 'Trạng thái số liệu',
      asOf: 'Số liệu đến',
      source: 'Nguồn',
      rank: 'Hạng',
      unit: 'Đơn vị',
      unitCode: 'Mã đơn vị',
      indicator: 'Mã chỉ tiêu',
      unitOfMeasure: 'Đơn vị tính',
    },
    dataStatus: {
      provisional: 'Tạm tính',
      final: 'Chính thức',
    },
    trend: {
      projection: 'Dự báo theo xu hướng',
      band: 'Khoảng dự báo (95%)',
      targetWithSource: 'Mục tiêu {{year}}: {{target}} ({{sources}})',
      provisionalMark: '(tạm tính)',
      summary: '{{kpi}}, {{unit}}: {{count}} kỳ, từ {{from}} đến {{to}}; mới nhất {{latest}}.',
      outcome: {
        alreadyMet: 'Đã đạt mục tiêu {{year}} ({{target}}).',
        projected:
          'Theo xu hướng hiện nay, dự kiến đạt {{target}} vào {{when}} (khoảng {{earliest}} – {{latest}}).',
        projectedOpen:
          'Theo xu hướng hiện nay, dự kiến đạt {{target}} vào {{when}}; có thể muộn hơn nhiều.',
        inTime: 'Kịp hạn {{year}}.',
        late: 'Không kịp hạn {{year}} nếu giữ nhịp độ hiện nay.',
        notImproving:
          'Xu hướng chưa cải thiện: không đạt {{target}} ({{year}}) nếu giữ nhịp độ hiện nay.',
        insufficient: 'Chưa đủ số liệu để dự báo (cần ít nhất {{required}} kỳ).',
      },
    },
    ranking: {
      own: 'đơn vị của bạn',
      ownRank: '{{unit}}: hạng {{rank}}/{{total}}',
      ownUnranked: '{{unit}}: chưa có số liệu kỳ này',
      notRanked: 'Không xếp hạng',
      partial:
        'Không tải được số liệu của {{count}}/{{total}} đơn vị; các đơn vị này không được xếp hạng.',
      summary: '{{kpi}}: xếp hạng {{total}} đơn vị, {{period}}. {{own}}',
      moreHidden: '… và {{count}} đơn vị khác (xem dạng bảng)',
    },
  },
  errors: {
    http: 'Nguồn dữ liệu trả lỗi HTTP {{status}}.',
    network: 'Không kết nối được tới nguồn dữ liệu.',
    timeout: 'Nguồn dữ liệu không trả lời kịp thời hạn.',
    malformedJson: 'Nguồn dữ liệu trả về nội dung không đúng định dạng JSON.',
    contract: 'Dữ liệu không đúng hợp đồng: trường “{{field}}” — {{message}}',
    unknown: 'Lỗi không xác định.',
    appCrashed: 'Ứng dụng gặp lỗi không mong muốn.',
    reload: 'Tải lại trang',
    configTitle: 'Tệp cấu hình không hợp lệ',
    configBody: 'Không thể khởi động bảng điều khiển vì tệp cấu hình “{{url}}” có lỗi.',
    configField: 'Trường',
  },
  // One file per feature (./features), so that features grow without touching each other.
  publicServices: publicServicesVi,
  dossiers: dossiersVi,
  targets: targetsVi,
  rankings: rankingsVi,
  sensors: sensorsVi,
  alerts: alertsVi,
  sources: sourcesVi,
  wall: wallVi,
  trainer: trainerVi,
  briefing: briefingVi,
} as const;

export type Messages = Widen<typeof vi>;
