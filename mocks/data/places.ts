import { FLOOD_STATIONS } from '../../src/catalog/flood-stations';
import communesJson from './communes.json';

/**
 * Geography the generators need and the catalogue does not hold. Approximate on purpose: a mock
 * sensor network only has to sit in the right province and climate, not on the exact street.
 */

export type Region = 'north' | 'north-mountain' | 'central' | 'highlands' | 'south';

export interface ProvincePlace {
  /** approximate centre of the provincial capital, [latitude, longitude] */
  readonly centre: readonly [number, number];
  readonly region: Region;
  /** rivers with a hydrological station; tidal = the level follows the sea (Mekong delta, coast) */
  readonly rivers: readonly {
    readonly river: string;
    readonly station: string;
    readonly tidal?: boolean;
  }[];
}

/** The 34 current units (codes of Decision 19/2025/QĐ-TTg). Centres from public maps, ±5 km. */
export const PROVINCE_PLACES: Readonly<Record<string, ProvincePlace>> = {
  '01': { centre: [21.028, 105.854], region: 'north', rivers: [] }, // stations from the catalogue
  '04': {
    centre: [22.666, 106.258],
    region: 'north-mountain',
    rivers: [{ river: 'Sông Bằng Giang', station: 'Cao Bằng' }],
  },
  '08': {
    centre: [21.823, 105.214],
    region: 'north-mountain',
    rivers: [
      { river: 'Sông Lô', station: 'Tuyên Quang' },
      { river: 'Sông Lô', station: 'Hà Giang' },
      { river: 'Sông Gâm', station: 'Chiêm Hóa' },
    ],
  },
  '11': {
    centre: [21.386, 103.017],
    region: 'north-mountain',
    rivers: [{ river: 'Sông Nậm Rốm', station: 'Điện Biên' }],
  },
  '12': {
    centre: [22.396, 103.458],
    region: 'north-mountain',
    rivers: [
      { river: 'Sông Đà', station: 'Mường Tè' },
      { river: 'Sông Nậm Na', station: 'Nậm Giàng' },
    ],
  },
  '14': {
    centre: [21.327, 103.914],
    region: 'north-mountain',
    rivers: [{ river: 'Sông Đà', station: 'Tạ Bú' }],
  },
  '15': {
    centre: [21.722, 104.911],
    region: 'north-mountain',
    rivers: [
      { river: 'Sông Hồng', station: 'Yên Bái' },
      { river: 'Sông Hồng', station: 'Lào Cai' },
      { river: 'Sông Chảy', station: 'Bảo Yên' },
    ],
  },
  '19': {
    centre: [21.594, 105.848],
    region: 'north',
    rivers: [
      { river: 'Sông Cầu', station: 'Gia Bảy' },
      { river: 'Sông Cầu', station: 'Thác Riềng' },
    ],
  },
  '20': {
    centre: [21.853, 106.761],
    region: 'north-mountain',
    rivers: [{ river: 'Sông Kỳ Cùng', station: 'Lạng Sơn' }],
  },
  '22': {
    centre: [20.951, 107.08],
    region: 'north',
    rivers: [
      { river: 'Sông Ka Long', station: 'Móng Cái', tidal: true },
      { river: 'Sông Ba Chẽ', station: 'Ba Chẽ' },
    ],
  },
  '24': {
    centre: [21.273, 106.194],
    region: 'north',
    rivers: [
      { river: 'Sông Thương', station: 'Phủ Lạng Thương' },
      { river: 'Sông Cầu', station: 'Đáp Cầu' },
      { river: 'Sông Lục Nam', station: 'Lục Nam' },
    ],
  },
  '25': {
    centre: [21.322, 105.402],
    region: 'north',
    rivers: [
      { river: 'Sông Thao', station: 'Phú Thọ' },
      { river: 'Sông Lô', station: 'Vụ Quang' },
      { river: 'Sông Đà', station: 'Hòa Bình' },
    ],
  },
  '31': {
    centre: [20.845, 106.688],
    region: 'north',
    rivers: [
      { river: 'Sông Thái Bình', station: 'Phả Lại' },
      { river: 'Sông Cấm', station: 'Cửa Cấm', tidal: true },
    ],
  },
  '33': {
    centre: [20.646, 106.051],
    region: 'north',
    rivers: [
      { river: 'Sông Hồng', station: 'Hưng Yên' },
      { river: 'Sông Luộc', station: 'Triều Dương' },
      { river: 'Sông Trà Lý', station: 'Thái Bình', tidal: true },
    ],
  },
  '37': {
    centre: [20.254, 105.975],
    region: 'north',
    rivers: [
      { river: 'Sông Đáy', station: 'Ninh Bình' },
      { river: 'Sông Hoàng Long', station: 'Bến Đế' },
      { river: 'Sông Đào', station: 'Nam Định' },
      { river: 'Sông Đáy', station: 'Phủ Lý' },
    ],
  },
  '38': {
    centre: [19.807, 105.776],
    region: 'central',
    rivers: [
      { river: 'Sông Mã', station: 'Giàng' },
      { river: 'Sông Chu', station: 'Xuân Khánh' },
      { river: 'Sông Mã', station: 'Lý Nhân' },
    ],
  },
  '40': {
    centre: [18.679, 105.681],
    region: 'central',
    rivers: [
      { river: 'Sông Cả', station: 'Nam Đàn' },
      { river: 'Sông Cả', station: 'Đô Lương' },
    ],
  },
  '42': {
    centre: [18.343, 105.905],
    region: 'central',
    rivers: [
      { river: 'Sông La', station: 'Linh Cảm' },
      { river: 'Sông Ngàn Phố', station: 'Sơn Diệm' },
    ],
  },
  '44': {
    centre: [17.468, 106.622],
    region: 'central',
    rivers: [
      { river: 'Sông Gianh', station: 'Mai Hóa' },
      { river: 'Sông Kiến Giang', station: 'Lệ Thủy' },
      { river: 'Sông Thạch Hãn', station: 'Thạch Hãn' },
    ],
  },
  '46': {
    centre: [16.463, 107.59],
    region: 'central',
    rivers: [
      { river: 'Sông Hương', station: 'Kim Long' },
      { river: 'Sông Bồ', station: 'Phú Ốc' },
    ],
  },
  '48': {
    centre: [16.054, 108.202],
    region: 'central',
    rivers: [
      { river: 'Sông Vu Gia', station: 'Ái Nghĩa' },
      { river: 'Sông Thu Bồn', station: 'Câu Lâu', tidal: true },
      { river: 'Sông Hàn', station: 'Cẩm Lệ', tidal: true },
    ],
  },
  '51': {
    centre: [15.12, 108.792],
    region: 'central',
    rivers: [
      { river: 'Sông Trà Khúc', station: 'Trà Khúc' },
      { river: 'Sông Vệ', station: 'Sông Vệ' },
      { river: 'Sông Đắk Bla', station: 'Kon Tum' },
    ],
  },
  '52': {
    centre: [13.782, 109.219],
    region: 'central',
    rivers: [
      { river: 'Sông Kôn', station: 'Thạnh Hòa' },
      { river: 'Sông Ba', station: 'AyunPa' },
    ],
  },
  '56': {
    centre: [12.238, 109.197],
    region: 'central',
    rivers: [
      { river: 'Sông Cái Nha Trang', station: 'Đồng Trăng' },
      { river: 'Sông Cái Phan Rang', station: 'Tân Mỹ' },
    ],
  },
  '66': {
    centre: [12.667, 108.038],
    region: 'highlands',
    rivers: [
      { river: 'Sông Srêpốk', station: 'Bản Đôn' },
      { river: 'Sông Ba', station: 'Phú Lâm', tidal: true },
    ],
  },
  '68': {
    centre: [11.94, 108.458],
    region: 'highlands',
    rivers: [
      { river: 'Sông Đồng Nai', station: 'Tà Lài' },
      { river: 'Sông Cà Ty', station: 'Phan Thiết', tidal: true },
    ],
  },
  '75': {
    centre: [10.957, 106.843],
    region: 'south',
    rivers: [
      { river: 'Sông Đồng Nai', station: 'Biên Hòa', tidal: true },
      { river: 'Sông Bé', station: 'Phước Hòa' },
    ],
  },
  '79': {
    centre: [10.776, 106.701],
    region: 'south',
    rivers: [
      { river: 'Sông Sài Gòn', station: 'Phú An', tidal: true },
      { river: 'Sông Nhà Bè', station: 'Nhà Bè', tidal: true },
      { river: 'Sông Sài Gòn', station: 'Thủ Dầu Một', tidal: true },
    ],
  },
  '80': {
    centre: [10.535, 106.413],
    region: 'south',
    rivers: [
      { river: 'Sông Vàm Cỏ Tây', station: 'Tân An', tidal: true },
      { river: 'Sông Vàm Cỏ Đông', station: 'Gò Dầu Hạ', tidal: true },
    ],
  },
  '82': {
    centre: [10.36, 106.36],
    region: 'south',
    rivers: [
      { river: 'Sông Tiền', station: 'Mỹ Tho', tidal: true },
      { river: 'Sông Tiền', station: 'Cao Lãnh', tidal: true },
    ],
  },
  '86': {
    centre: [10.254, 105.972],
    region: 'south',
    rivers: [
      { river: 'Sông Cổ Chiên', station: 'Vĩnh Long', tidal: true },
      { river: 'Sông Hàm Luông', station: 'Mỹ Hóa', tidal: true },
    ],
  },
  '91': {
    centre: [10.012, 105.081],
    region: 'south',
    rivers: [
      { river: 'Sông Hậu', station: 'Châu Đốc', tidal: true },
      { river: 'Sông Tiền', station: 'Tân Châu', tidal: true },
      { river: 'Sông Cái Lớn', station: 'Rạch Giá', tidal: true },
    ],
  },
  '92': {
    centre: [10.034, 105.788],
    region: 'south',
    rivers: [
      { river: 'Sông Hậu', station: 'Cần Thơ', tidal: true },
      { river: 'Sông Hậu', station: 'Đại Ngãi', tidal: true },
      { river: 'Sông Cái Côn', station: 'Phụng Hiệp', tidal: true },
    ],
  },
  '96': {
    centre: [9.177, 105.15],
    region: 'south',
    rivers: [
      { river: 'Sông Gành Hào', station: 'Gành Hào', tidal: true },
      { river: 'Sông Ông Đốc', station: 'Sông Đốc', tidal: true },
    ],
  },
};

/**
 * Approximate population of the 63 former units, millions (rounded public statistics, about
 * 2023). Used only to size dossier volumes; the official figures of merged units are in
 * src/catalog/admin-units.json where known.
 */
export const FORMER_POPULATION_M: Readonly<Record<string, number>> = {
  '01': 8.5,
  '02': 0.9,
  '04': 0.55,
  '06': 0.33,
  '08': 0.8,
  '10': 0.77,
  '11': 0.64,
  '12': 0.48,
  '14': 1.3,
  '15': 0.84,
  '17': 0.87,
  '19': 1.33,
  '20': 0.8,
  '22': 1.36,
  '24': 1.9,
  '25': 1.5,
  '26': 1.2,
  '27': 1.5,
  '30': 1.95,
  '31': 2.1,
  '33': 1.3,
  '34': 1.88,
  '35': 0.88,
  '36': 1.88,
  '37': 1.0,
  '38': 3.7,
  '40': 3.4,
  '42': 1.3,
  '44': 0.92,
  '45': 0.65,
  '46': 1.16,
  '48': 1.24,
  '49': 1.5,
  '51': 1.25,
  '52': 1.5,
  '54': 0.88,
  '56': 1.25,
  '58': 0.6,
  '60': 1.25,
  '62': 0.58,
  '64': 1.6,
  '66': 1.9,
  '67': 0.67,
  '68': 1.33,
  '70': 1.03,
  '72': 1.19,
  '74': 2.8,
  '75': 3.3,
  '77': 1.2,
  '79': 9.4,
  '80': 1.73,
  '82': 1.8,
  '83': 1.3,
  '84': 1.0,
  '86': 1.03,
  '87': 1.6,
  '89': 1.9,
  '91': 1.75,
  '92': 1.25,
  '93': 0.73,
  '94': 1.2,
  '95': 0.92,
  '96': 1.2,
};

/**
 * Street names found in almost every Vietnamese city, for urban sensors. A mock street point is
 * "Đường Lê Lợi" in the province's capital: plausible, but NOT checked against a real map, so the
 * Things carry `synthetic: true`.
 */
export const COMMON_STREETS: readonly string[] = [
  'Trần Hưng Đạo',
  'Lê Lợi',
  'Nguyễn Huệ',
  'Hai Bà Trưng',
  'Lý Thường Kiệt',
  'Quang Trung',
  'Nguyễn Trãi',
  'Lê Duẩn',
  'Hùng Vương',
  'Điện Biên Phủ',
  'Võ Văn Kiệt',
  'Nguyễn Văn Linh',
  'Phạm Văn Đồng',
  '30 Tháng 4',
  '3 Tháng 2',
  'Cách Mạng Tháng Tám',
  'Nguyễn Văn Cừ',
  'Trần Phú',
  'Lê Hồng Phong',
  'Nguyễn Thị Minh Khai',
  'Phan Đình Phùng',
  'Lý Tự Trọng',
  'Ngô Quyền',
  'Lê Lai',
  'Nguyễn Du',
  'Hoàng Văn Thụ',
  'Bà Triệu',
  'Phan Chu Trinh',
  'Trường Chinh',
  'Tôn Đức Thắng',
  'Nguyễn Tất Thành',
  'Lê Thánh Tông',
  'Trần Quang Khải',
  'Nguyễn Chí Thanh',
  'Võ Nguyên Giáp',
  'Phan Bội Châu',
  'Hồ Tùng Mậu',
  'Lạc Long Quân',
  'Âu Cơ',
  'Mậu Thân',
];

export interface Commune {
  /** 5-digit code (Decision 19/2025/QĐ-TTg) */
  readonly code: string;
  /** official name, e.g. "Phường Ninh Kiều", "Xã Phong Điền", "Đặc khu Phú Quốc" */
  readonly name: string;
  readonly kind: 'ward' | 'commune' | 'special-zone';
}

interface CommunesFile {
  readonly source: string;
  readonly license: string;
  readonly provinces: Readonly<Record<string, readonly (readonly string[])[]>>;
}

const COMMUNES_FILE: CommunesFile = communesJson;

/** Where the commune names come from, for the `source` of generated data. */
export const COMMUNES_SOURCE = `${COMMUNES_FILE.source} (${COMMUNES_FILE.license})`;

const communeCache = new Map<string, readonly Commune[]>();

/** Real communes of a current province (3,321 in all), in code order. */
export function communesOf(provinceCode: string): readonly Commune[] {
  const cached = communeCache.get(provinceCode);
  if (cached) return cached;
  const rows = COMMUNES_FILE.provinces[provinceCode] ?? [];
  const list = rows.map(([code = '', name = '']) => ({
    code,
    name,
    kind: name.startsWith('Phường')
      ? ('ward' as const)
      : name.startsWith('Đặc khu')
        ? ('special-zone' as const)
        : ('commune' as const),
  }));
  communeCache.set(provinceCode, list);
  return list;
}

/** The province of a commune code, or undefined. */
export function provinceOfCommune(communeCode: string): string | undefined {
  for (const [province, rows] of Object.entries(COMMUNES_FILE.provinces)) {
    if (rows.some(([code]) => code === communeCode)) return province;
  }
  return undefined;
}

export interface RiverStationPlace {
  readonly id: string;
  readonly name: string;
  readonly river: string;
  readonly levels: { readonly I: number; readonly II: number; readonly III: number };
  /** the legal source when the levels are official (catalogue), else null: synthetic levels */
  readonly levelsSourceId: string | null;
  readonly tidal: boolean;
}

/** Stations of the catalogue (official alarm levels) for a province, as places. */
export function catalogueStations(provinceCode: string): RiverStationPlace[] {
  return FLOOD_STATIONS.filter((s) => s.unitCode === provinceCode).map((s) => ({
    id: s.id,
    name: s.name.vi,
    river: s.river.vi,
    levels: s.levels,
    levelsSourceId: s.sourceId,
    tidal: false,
  }));
}
