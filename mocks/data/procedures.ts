import { DEPARTMENTS } from '../../src/catalog/departments';

/**
 * Provincial departments and administrative procedures (TTHC) for the dossier mocks, as they
 * are after the 2025 reorganisation (Sở Tài chính took over planning and investment, Sở Nội vụ
 * labour and social affairs, Sở Xây dựng transport, Sở Nông nghiệp và Môi trường natural
 * resources; driving licences moved to the police on 1 March 2025; communes took over most
 * district procedures on 1 July 2025).
 *
 * Procedure names are real procedure titles (abridged); their codes here are NOT the national
 * procedure database codes: they are mock codes ("MP-…"), marked synthetic. Volumes, deadlines
 * and late propensities are plausible assumptions, not statistics.
 */
export interface MockDepartment {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  /** false: a department the catalogue (src/catalog/departments.ts) does not list yet */
  readonly inCatalogue: boolean;
}

/** Departments of src/catalog/departments.ts plus three the catalogue lacks (reported gap). */
const EXTRA_DEPARTMENTS: readonly MockDepartment[] = [
  { id: 'so-tu-phap', name: 'Sở Tư pháp', shortName: 'Sở Tư pháp', inCatalogue: false },
  { id: 'so-cong-thuong', name: 'Sở Công Thương', shortName: 'Sở Công Thương', inCatalogue: false },
  {
    id: 'so-vhttdl',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    shortName: 'Sở VHTTDL',
    inCatalogue: false,
  },
];

export const MOCK_DEPARTMENTS: readonly MockDepartment[] = [
  ...DEPARTMENTS.map((d) => ({
    id: d.id,
    name: d.name.vi,
    shortName: d.shortName.vi,
    inCatalogue: true,
  })),
  ...EXTRA_DEPARTMENTS,
];

export function mockDepartment(id: string): MockDepartment | undefined {
  return MOCK_DEPARTMENTS.find((d) => d.id === id);
}

export interface Procedure {
  readonly code: string;
  readonly name: string;
  /** processing department, or 'commune' for procedures handled by every commune */
  readonly handler: string;
  /** statutory processing time, working days */
  readonly days: number;
  /** relative monthly volume within its handler group */
  readonly weight: number;
  /** multiplier on the province's late share (land and construction run late most) */
  readonly late: number;
  /** multiplier on the province's online shares */
  readonly online: number;
  /** whether the procedure bears a fee or charge */
  readonly fee: boolean;
}

const P = (
  code: string,
  name: string,
  handler: string,
  days: number,
  weight: number,
  late: number,
  online: number,
  fee: boolean,
): Procedure => ({ code: `MP-${code}`, name, handler, days, weight, late, online, fee });

export const PROCEDURES: readonly Procedure[] = [
  // Sở Tư pháp
  P(
    'TP01',
    'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    'so-tu-phap',
    10,
    5,
    0.6,
    1.3,
    true,
  ),
  P('TP02', 'Đăng ký khai sinh có yếu tố nước ngoài', 'so-tu-phap', 15, 0.3, 0.8, 0.7, true),
  P('TP03', 'Cấp bản sao trích lục hộ tịch', 'so-tu-phap', 1, 0.8, 0.4, 1.1, true),
  // Sở Xây dựng
  P(
    'XD01',
    'Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II',
    'so-xay-dung',
    20,
    0.4,
    2.0,
    0.9,
    true,
  ),
  P('XD02', 'Cấp phù hiệu xe ô tô kinh doanh vận tải', 'so-xay-dung', 2, 2.0, 0.5, 1.5, true),
  P('XD03', 'Cấp giấy phép kinh doanh vận tải bằng xe ô tô', 'so-xay-dung', 5, 0.4, 0.8, 1.3, true),
  P('XD04', 'Cấp chứng chỉ hành nghề hoạt động xây dựng', 'so-xay-dung', 20, 0.3, 1.4, 1.1, true),
  // Sở Nông nghiệp và Môi trường
  P(
    'NM01',
    'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    'so-nnmt',
    10,
    8,
    2.6,
    0.7,
    true,
  ),
  P(
    'NM02',
    'Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu',
    'so-nnmt',
    20,
    2,
    3.0,
    0.6,
    true,
  ),
  P('NM03', 'Cấp giấy phép môi trường', 'so-nnmt', 30, 0.1, 1.6, 0.8, true),
  P('NM04', 'Cấp giấy phép khai thác, sử dụng nước mặt', 'so-nnmt', 30, 0.05, 1.4, 0.8, true),
  // Sở Tài chính (incl. the former Sở Kế hoạch và Đầu tư)
  P('TC01', 'Đăng ký thành lập doanh nghiệp', 'so-tai-chinh', 3, 2, 0.3, 1.9, true),
  P('TC02', 'Đăng ký thay đổi nội dung đăng ký doanh nghiệp', 'so-tai-chinh', 3, 4, 0.3, 1.9, true),
  P('TC03', 'Chấp thuận chủ trương đầu tư', 'so-tai-chinh', 35, 0.05, 3.0, 0.5, false),
  // Sở Y tế
  P('YT01', 'Cấp giấy phép hành nghề khám bệnh, chữa bệnh', 'so-y-te', 20, 0.5, 1.2, 1.0, true),
  P('YT02', 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược', 'so-y-te', 20, 0.3, 1.3, 1.0, true),
  // Sở Giáo dục và Đào tạo
  P('GD01', 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 'so-gddt', 1, 0.6, 0.3, 1.2, true),
  P(
    'GD02',
    'Chuyển trường đối với học sinh trung học phổ thông',
    'so-gddt',
    3,
    0.3,
    0.4,
    1.0,
    false,
  ),
  // Sở Nội vụ (incl. the former Sở Lao động – Thương binh và Xã hội)
  P(
    'NV01',
    'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
    'so-noi-vu',
    5,
    0.4,
    0.8,
    1.4,
    true,
  ),
  P('NV02', 'Giải quyết hưởng trợ cấp thất nghiệp', 'so-noi-vu', 20, 2, 0.7, 0.9, false),
  // Sở Khoa học và Công nghệ (incl. the former Sở Thông tin và Truyền thông)
  P('KH01', 'Cấp giấy phép xuất bản bản tin', 'so-khcn', 10, 0.05, 0.8, 1.2, false),
  P(
    'KH02',
    'Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ',
    'so-khcn',
    15,
    0.05,
    0.8,
    1.3,
    false,
  ),
  P('KH03', 'Cấp giấy phép bưu chính', 'so-khcn', 10, 0.02, 0.6, 1.4, true),
  // Sở Công Thương
  P('CT01', 'Cấp Giấy phép bán lẻ sản phẩm rượu', 'so-cong-thuong', 10, 0.3, 0.7, 1.2, true),
  P(
    'CT02',
    'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    'so-cong-thuong',
    15,
    0.3,
    1.0,
    1.0,
    true,
  ),
  // Sở Văn hóa, Thể thao và Du lịch
  P(
    'VH01',
    'Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa',
    'so-vhttdl',
    10,
    0.05,
    0.7,
    1.3,
    true,
  ),
  P(
    'VH02',
    'Cấp giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
    'so-vhttdl',
    5,
    0.1,
    0.8,
    1.0,
    true,
  ),
  // Công an tỉnh
  P('CA01', 'Cấp đổi giấy phép lái xe', 'cong-an-tinh', 5, 5, 0.4, 1.5, true),
  P('CA02', 'Cấp hộ chiếu phổ thông', 'cong-an-tinh', 8, 3, 0.3, 1.6, true),
  P('CA03', 'Đăng ký xe', 'cong-an-tinh', 2, 2, 0.3, 1.2, true),
  // Văn phòng UBND tỉnh (foreign affairs in provinces without a Sở Ngoại vụ)
  P('VP01', 'Cho phép sử dụng thẻ đi lại của doanh nhân APEC', 'vp-ubnd', 15, 0.05, 0.9, 1.1, true),
  // Thanh tra tỉnh
  P('TT01', 'Giải quyết khiếu nại lần hai', 'thanh-tra-tinh', 45, 0.02, 2.0, 0.3, false),
  // Every commune, ward and special zone
  P('XA01', 'Đăng ký khai sinh', 'commune', 1, 10, 0.5, 1.2, false),
  P('XA02', 'Đăng ký kết hôn', 'commune', 1, 2, 0.4, 0.9, false),
  P('XA03', 'Đăng ký khai tử', 'commune', 1, 2, 0.4, 1.0, false),
  P('XA04', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'commune', 1, 12, 0.3, 0.4, true),
  P(
    'XA05',
    'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận lần đầu',
    'commune',
    20,
    2.5,
    3.0,
    0.6,
    true,
  ),
  P('XA06', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'commune', 15, 1.5, 1.8, 0.9, true),
  P('XA07', 'Xác nhận tình trạng hôn nhân', 'commune', 3, 3, 0.4, 1.1, false),
  P('XA08', 'Đăng ký thành lập hộ kinh doanh', 'commune', 3, 1.2, 0.5, 1.4, true),
];

export const DEPARTMENT_PROCEDURES = PROCEDURES.filter((p) => p.handler !== 'commune');
export const COMMUNE_PROCEDURES = PROCEDURES.filter((p) => p.handler === 'commune');

/** Departments that process dossiers (those with at least one procedure), in list order. */
export const PROCESSING_DEPARTMENTS: readonly MockDepartment[] = MOCK_DEPARTMENTS.filter((d) =>
  DEPARTMENT_PROCEDURES.some((p) => p.handler === d.id),
);

export function procedureByCode(code: string): Procedure | undefined {
  return PROCEDURES.find((p) => p.code === code);
}

/** Department unit code in the KPI contract: "<province>.<department id>", e.g. "92.so-tu-phap". */
export function departmentUnitCode(provinceCode: string, departmentId: string): string {
  return `${provinceCode}.${departmentId}`;
}

export function parseDepartmentUnitCode(
  code: string,
): { provinceCode: string; departmentId: string } | null {
  const m = /^(\d{2})\.([a-z0-9-]+)$/.exec(code);
  if (!m) return null;
  const departmentId = m[2] as string;
  return PROCESSING_DEPARTMENTS.some((d) => d.id === departmentId)
    ? { provinceCode: m[1] as string, departmentId }
    : null;
}
