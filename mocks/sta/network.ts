import { ADMIN_UNITS } from '../../src/catalog/admin-units';
import {
  COMMON_STREETS,
  PROVINCE_PLACES,
  catalogueStations,
  communesOf,
  type Region,
  type RiverStationPlace,
} from '../data/places';
import { createRandom, gaussian, hashSeed, pick } from '../random';
import type { SensorKind } from '../scenarios/stories';
import { DAY, HOUR, MINUTE } from '../time';

/**
 * The smart-city sensor network of one province, as a SensorThings service would hold it:
 * air-quality stations (PM2.5, PM10, VN_AQI), river water-level stations with their three alarm
 * levels, urban flood-depth points and traffic segments (flow, speed, congestion level). A few
 * hundred datastreams by default, scalable to thousands. Built once per (seed, province, size);
 * observations are computed on demand (values.ts), never stored.
 */

export type PropertyKey =
  | 'pm25'
  | 'pm10'
  | 'aqi'
  | 'water-level'
  | 'flood-depth'
  | 'traffic-flow'
  | 'traffic-speed'
  | 'congestion';

export interface UnitOfMeasurementDef {
  readonly name: string;
  readonly symbol: string;
  readonly definition: string;
}

export interface ObservedPropertyDef {
  readonly id: number;
  readonly key: PropertyKey;
  readonly name: string;
  readonly definition: string;
  readonly description: string;
  readonly unit: UnitOfMeasurementDef;
  /** catalogue KPI this property feeds, when there is one */
  readonly kpiId: string | null;
  readonly kind: SensorKind;
  /** time between observations */
  readonly cadenceMs: number;
  /** how long the service keeps observations (rolling window) */
  readonly retentionMs: number;
  /** delay between the phenomenon and the result being available */
  readonly lagMs: number;
  readonly decimals: number;
}

const UCUM = 'http://unitsofmeasure.org/ucum.html';

export const OBSERVED_PROPERTIES: readonly ObservedPropertyDef[] = [
  {
    id: 1,
    key: 'pm25',
    name: 'PM2.5',
    definition: 'http://vocabs.lter-europe.net/EnvThes/22602',
    description: 'Nồng độ bụi mịn PM2.5 trung bình 1 giờ',
    unit: { name: 'microgram per cubic metre', symbol: 'µg/m³', definition: `${UCUM}#ug/m3` },
    kpiId: 'env.pm25',
    kind: 'air-quality',
    cadenceMs: HOUR,
    retentionMs: 30 * DAY,
    lagMs: 5 * MINUTE,
    decimals: 1,
  },
  {
    id: 2,
    key: 'pm10',
    name: 'PM10',
    definition: 'http://vocabs.lter-europe.net/EnvThes/22601',
    description: 'Nồng độ bụi PM10 trung bình 1 giờ',
    unit: { name: 'microgram per cubic metre', symbol: 'µg/m³', definition: `${UCUM}#ug/m3` },
    kpiId: null,
    kind: 'air-quality',
    cadenceMs: HOUR,
    retentionMs: 30 * DAY,
    lagMs: 5 * MINUTE,
    decimals: 1,
  },
  {
    id: 3,
    key: 'aqi',
    name: 'VN_AQI',
    definition: 'Quyết định 1459/QĐ-TCMT ngày 12/11/2019',
    description: 'Chỉ số chất lượng không khí Việt Nam theo giờ (NowCast PM2.5, PM10)',
    unit: { name: 'VN_AQI', symbol: 'AQI', definition: 'Quyết định 1459/QĐ-TCMT' },
    kpiId: 'env.aqi',
    kind: 'air-quality',
    cadenceMs: HOUR,
    retentionMs: 30 * DAY,
    lagMs: 6 * MINUTE,
    decimals: 0,
  },
  {
    id: 4,
    key: 'water-level',
    name: 'Mực nước',
    definition: 'http://vocabs.lter-europe.net/EnvThes/30147',
    description: 'Mực nước sông tại trạm thủy văn (hệ cao độ quốc gia)',
    unit: { name: 'metre', symbol: 'm', definition: `${UCUM}#m` },
    kpiId: 'water.level',
    kind: 'water-level',
    cadenceMs: 15 * MINUTE,
    retentionMs: 14 * DAY,
    lagMs: MINUTE,
    decimals: 2,
  },
  {
    id: 5,
    key: 'flood-depth',
    name: 'Độ sâu ngập',
    definition: 'https://smartdatamodels.org/dataModel.Environment/FloodMonitoring',
    description: 'Độ sâu ngập nước mặt đường tại điểm đo',
    unit: { name: 'centimetre', symbol: 'cm', definition: `${UCUM}#cm` },
    kpiId: 'water.flood-depth',
    kind: 'urban-flood',
    cadenceMs: 5 * MINUTE,
    retentionMs: 3 * DAY,
    lagMs: 30_000,
    decimals: 0,
  },
  {
    id: 6,
    key: 'traffic-flow',
    name: 'Lưu lượng giao thông',
    definition: 'https://smartdatamodels.org/dataModel.Transportation/TrafficFlowObserved',
    description: 'Số phương tiện qua mặt cắt, quy đổi theo giờ',
    unit: { name: 'vehicles per hour', symbol: 'xe/h', definition: `${UCUM}#{vehicles}/h` },
    kpiId: 'traffic.flow',
    kind: 'traffic',
    cadenceMs: 5 * MINUTE,
    retentionMs: 3 * DAY,
    lagMs: 30_000,
    decimals: 0,
  },
  {
    id: 7,
    key: 'traffic-speed',
    name: 'Tốc độ trung bình',
    definition: 'https://smartdatamodels.org/dataModel.Transportation/TrafficFlowObserved',
    description: 'Tốc độ trung bình của dòng xe trên đoạn đường',
    unit: { name: 'kilometre per hour', symbol: 'km/h', definition: `${UCUM}#km/h` },
    kpiId: 'traffic.average-speed',
    kind: 'traffic',
    cadenceMs: 5 * MINUTE,
    retentionMs: 3 * DAY,
    lagMs: 30_000,
    decimals: 1,
  },
  {
    id: 8,
    key: 'congestion',
    name: 'Mức độ ùn tắc',
    definition:
      'https://smartdatamodels.org/dataModel.Transportation/TrafficFlowObserved#congested',
    description:
      'Mức ùn tắc: 0 thông thoáng, 1 đông, 2 ùn ứ, 3 ùn tắc (theo tỷ lệ tốc độ/tốc độ tự do)',
    unit: { name: 'level', symbol: '', definition: 'Mức 0–3 (mô phỏng)' },
    kpiId: null,
    kind: 'traffic',
    cadenceMs: 5 * MINUTE,
    retentionMs: 3 * DAY,
    lagMs: 30_000,
    decimals: 0,
  },
];

export interface SensorDef {
  readonly id: number;
  readonly kind: SensorKind;
  readonly name: string;
  readonly description: string;
  readonly encodingType: string;
  readonly metadata: string;
}

export const SENSORS: readonly SensorDef[] = [
  {
    id: 1,
    kind: 'air-quality',
    name: 'Trạm quan trắc không khí tự động, liên tục',
    description: 'Thiết bị đo bụi PM2.5/PM10 bằng phương pháp suy giảm beta (mô phỏng)',
    encodingType: 'text/plain',
    metadata: 'Thiết bị mô phỏng, dữ liệu không phải số liệu quan trắc thật',
  },
  {
    id: 2,
    kind: 'water-level',
    name: 'Cảm biến mực nước radar',
    description: 'Đo mực nước không tiếp xúc, chu kỳ 15 phút (mô phỏng)',
    encodingType: 'text/plain',
    metadata: 'Thiết bị mô phỏng',
  },
  {
    id: 3,
    kind: 'urban-flood',
    name: 'Cảm biến siêu âm đo độ sâu ngập',
    description: 'Gắn trên cột đèn, chu kỳ 5 phút (mô phỏng)',
    encodingType: 'text/plain',
    metadata: 'Thiết bị mô phỏng',
  },
  {
    id: 4,
    kind: 'traffic',
    name: 'Camera đếm xe và vòng từ',
    description: 'Đếm phương tiện và đo tốc độ, chu kỳ 5 phút (mô phỏng)',
    encodingType: 'text/plain',
    metadata: 'Thiết bị mô phỏng',
  },
];

/** Parameters of the value model of one Thing (values.ts). */
export type ThingModel =
  | { readonly kind: 'air-quality'; readonly factor: number; readonly region: Region }
  | {
      readonly kind: 'water-level';
      /** dry-season mean level, rainy-season rise, tidal amplitude (m) */
      readonly mean: number;
      readonly seasonal: number;
      readonly tide: number;
      readonly levels: { readonly I: number; readonly II: number; readonly III: number };
      readonly region: Region;
    }
  | {
      readonly kind: 'urban-flood';
      readonly susceptibility: number;
      readonly tidal: boolean;
      readonly region: Region;
    }
  | {
      readonly kind: 'traffic';
      readonly capacity: number;
      readonly freeSpeed: number;
      readonly region: Region;
    };

export interface ThingDef {
  readonly id: number;
  readonly kind: SensorKind;
  /** position among the Things of its kind (0-based) */
  readonly kindIndex: number;
  readonly name: string;
  readonly description: string;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly latitude: number;
  readonly longitude: number;
  readonly locationName: string;
  readonly datastreamIds: readonly number[];
  readonly model: ThingModel;
}

export interface DatastreamDef {
  readonly id: number;
  readonly thingId: number;
  readonly property: ObservedPropertyDef;
  readonly sensorId: number;
  readonly name: string;
  readonly description: string;
}

export interface SensorNetwork {
  readonly seed: number;
  readonly province: string;
  readonly provinceName: string;
  readonly region: Region;
  readonly things: readonly ThingDef[];
  readonly datastreams: readonly DatastreamDef[];
  readonly thingById: ReadonlyMap<number, ThingDef>;
  readonly datastreamById: ReadonlyMap<number, DatastreamDef>;
}

/** Default sizes per 300 datastreams: 8 air stations × 3, 6 river stations, 30 flood points, 80 segments × 3. */
const PER_300 = { air: 8, water: 6, flood: 30 } as const;

export function networkSizes(datastreams: number): {
  air: number;
  water: number;
  flood: number;
  traffic: number;
} {
  const s = datastreams / 300;
  const air = Math.max(1, Math.round(PER_300.air * s));
  const water = Math.max(1, Math.round(PER_300.water * s));
  const floodTarget = Math.max(1, Math.round(PER_300.flood * s));
  const traffic = Math.max(1, Math.floor((datastreams - 3 * air - water - floodTarget) / 3));
  // Flood points take the remainder, so that the network has exactly the datastreams asked.
  const flood = Math.max(1, datastreams - 3 * air - water - 3 * traffic);
  return { air, water, flood, traffic };
}

const networks = new Map<string, SensorNetwork>();

export function clearNetworkCache(): void {
  networks.clear();
}

/** The network of a province (cached; the last 8 kept). */
export function sensorNetwork(seed: number, province: string, datastreams: number): SensorNetwork {
  const key = `${seed}|${province}|${datastreams}`;
  const hit = networks.get(key);
  if (hit) return hit;
  const network = buildNetwork(seed, province, datastreams);
  if (networks.size >= 8) networks.delete(networks.keys().next().value as string);
  networks.set(key, network);
  return network;
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

export function buildNetwork(seed: number, province: string, datastreams: number): SensorNetwork {
  const place = PROVINCE_PLACES[province];
  const unit = ADMIN_UNITS.currentByCode(province);
  if (!place || !unit) throw new Error(`no sensor geography for province ${province}`);
  const random = createRandom(hashSeed(`sta|${seed}|${province}|${datastreams}`));
  const communes = communesOf(province);
  const wards = communes.filter((c) => c.kind === 'ward');
  const urban = wards.length > 0 ? wards : communes;
  const sizes = networkSizes(datastreams);
  const [lat0, lon0] = place.centre;
  const things: ThingDef[] = [];
  const streams: DatastreamDef[] = [];
  const prop = (key: PropertyKey): ObservedPropertyDef =>
    OBSERVED_PROPERTIES.find((p) => p.key === key) as ObservedPropertyDef;
  const sensorOf = (kind: SensorKind): number =>
    (SENSORS.find((s) => s.kind === kind) as SensorDef).id;
  const sourceOf: Record<SensorKind, string> = {
    'air-quality': 'air-quality-sensors',
    'water-level': 'hydrology-stations',
    'urban-flood': 'urban-flood-sensors',
    traffic: 'traffic-sensors',
  };

  const addThing = (
    kind: SensorKind,
    kindIndex: number,
    spec: {
      name: string;
      description: string;
      properties: Record<string, unknown>;
      lat: number;
      lon: number;
      locationName: string;
      model: ThingModel;
      keys: readonly PropertyKey[];
    },
  ): void => {
    const id = things.length + 1;
    const ids: number[] = [];
    for (const key of spec.keys) {
      const p = prop(key);
      const dsId = streams.length + 1;
      ids.push(dsId);
      streams.push({
        id: dsId,
        thingId: id,
        property: p,
        sensorId: sensorOf(kind),
        name: `${p.name} — ${spec.name}`,
        description: `${p.description} tại ${spec.locationName}`,
      });
    }
    things.push({
      id,
      kind,
      kindIndex,
      name: spec.name,
      description: spec.description,
      properties: {
        kind,
        provinceCode: province,
        sourceId: sourceOf[kind],
        synthetic: true,
        ...spec.properties,
      },
      latitude: round6(spec.lat),
      longitude: round6(spec.lon),
      locationName: spec.locationName,
      datastreamIds: ids,
      model: spec.model,
    });
  };

  const jitter = (sd: number): [number, number] => [
    lat0 + sd * gaussian(random),
    lon0 + sd * gaussian(random),
  ];

  // Air-quality stations in wards, spread over the city and its outskirts.
  for (let i = 0; i < sizes.air; i++) {
    const commune = pick(urban, random());
    const [lat, lon] = jitter(0.08);
    addThing('air-quality', i, {
      name: `Trạm quan trắc không khí ${commune.name}`,
      description: `Trạm quan trắc chất lượng không khí tự động, liên tục — ${commune.name}, ${unit.name}`,
      properties: { communeCode: commune.code, communeName: commune.name },
      lat,
      lon,
      locationName: `${commune.name}, ${unit.fullName}`,
      model: {
        kind: 'air-quality',
        factor: Math.exp(0.15 * gaussian(random)),
        region: place.region,
      },
      keys: ['pm25', 'pm10', 'aqi'],
    });
  }

  // River stations: the catalogue's (official alarm levels) first, then the province's rivers.
  const official = catalogueStations(province);
  for (let i = 0; i < sizes.water; i++) {
    const station =
      official[i] ?? syntheticStation(place.rivers, i, place.region, random, communes);
    const [lat, lon] = jitter(0.18);
    const tidal = station.tidal;
    const step = station.levels.II - station.levels.I;
    const seasonal = tidal ? 0.35 + 0.3 * random() : Math.max(1.2, 2.5 * step + 1.5 * random());
    const mean = station.levels.I - seasonal - (tidal ? 0.45 : 0.4 + 0.3 * random());
    addThing('water-level', i, {
      name: station.name,
      description: `Trạm thủy văn ${station.name} trên ${station.river}`,
      properties: {
        river: station.river,
        stationId: station.id,
        alarmLevels: station.levels,
        alarmLevelsSource: station.levelsSourceId ?? 'synthetic',
        tidal,
      },
      lat,
      lon,
      locationName: `${station.name}, ${station.river}`,
      model: {
        kind: 'water-level',
        mean,
        seasonal,
        tide: tidal ? 0.5 + 0.5 * random() : 0,
        levels: station.levels,
        region: place.region,
      },
      keys: ['water-level'],
    });
  }

  // Urban flood points on streets of the capital's wards.
  const tidalCity = place.region === 'south' && place.rivers.some((r) => r.tidal);
  for (let i = 0; i < sizes.flood; i++) {
    const street = pick(COMMON_STREETS, random());
    const commune = pick(urban, random());
    const [lat, lon] = jitter(0.035);
    addThing('urban-flood', i, {
      name: `Điểm đo ngập đường ${street} (${commune.name})`,
      description: `Cảm biến độ sâu ngập trên đường ${street}, ${commune.name}`,
      properties: {
        street,
        communeCode: commune.code,
        communeName: commune.name,
        streetNameSynthetic: true,
      },
      lat,
      lon,
      locationName: `Đường ${street}, ${commune.name}`,
      model: {
        kind: 'urban-flood',
        susceptibility: 0.25 + random(),
        tidal: tidalCity && random() < 0.5,
        region: place.region,
      },
      keys: ['flood-depth'],
    });
  }

  // Traffic segments: arterial roads through the city.
  const capacities = [1200, 2400, 3600, 5400] as const;
  for (let i = 0; i < sizes.traffic; i++) {
    const street = pick(COMMON_STREETS, random());
    const commune = pick(urban, random());
    const [lat, lon] = jitter(0.04);
    const lanes = 1 + Math.floor(random() * 4);
    addThing('traffic', i, {
      name: `Đoạn đường ${street} — ${commune.name}`,
      description: `Đoạn giám sát giao thông trên đường ${street}, ${commune.name}`,
      properties: {
        street,
        communeCode: commune.code,
        communeName: commune.name,
        lanesPerDirection: lanes,
        streetNameSynthetic: true,
      },
      lat,
      lon,
      locationName: `Đường ${street}, ${commune.name}`,
      model: {
        kind: 'traffic',
        capacity: capacities[lanes - 1] ?? 2400,
        freeSpeed: 32 + 8 * lanes + 6 * random(),
        region: place.region,
      },
      keys: ['traffic-flow', 'traffic-speed', 'congestion'],
    });
  }

  return {
    seed,
    province,
    provinceName: unit.name,
    region: place.region,
    things,
    datastreams: streams,
    thingById: new Map(things.map((t) => [t.id, t])),
    datastreamById: new Map(streams.map((d) => [d.id, d])),
  };
}

function syntheticStation(
  rivers: (typeof PROVINCE_PLACES)[string]['rivers'],
  i: number,
  region: Region,
  random: () => number,
  communes: readonly { code: string; name: string }[],
): RiverStationPlace {
  const known = rivers[i];
  const river = known?.river ?? rivers[i % Math.max(1, rivers.length)]?.river ?? 'Sông chính';
  const name = known
    ? `Trạm ${known.station}`
    : `Trạm ${pick(communes, random()).name.replace(/^(Phường|Xã|Đặc khu) /, '')}`;
  const tidal = known?.tidal ?? region === 'south';
  // Synthetic alarm levels, shaped like real ones: steps of 0.2–0.5 m in the tidal delta,
  // 0.5–1.5 m on mountain and midland rivers. NOT the levels of Decision 05/2020/QĐ-TTg.
  const I = tidal ? 1.2 + 2.5 * random() : 3 + 12 * random();
  const step = tidal ? 0.2 + 0.3 * random() : 0.5 + random();
  const r2 = (v: number): number => Math.round(v * 100) / 100;
  return {
    id: `synthetic-${i + 1}`,
    name,
    river,
    levels: { I: r2(I), II: r2(I + step), III: r2(I + 2 * step) },
    levelsSourceId: null,
    tidal,
  };
}
