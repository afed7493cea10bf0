import { ADMIN_UNITS } from '../../src/catalog/admin-units';
import { FORMER_POPULATION_M } from '../data/places';
import { createRandom, gaussian, gaussianNoise, hashSeed } from '../random';
import { monthIndex, monthOfIndex } from '../time';

/**
 * The latent model behind every dossier and online-service figure of the mocks.
 *
 * Each of the 63 former provinces has a "digital maturity" z (standard normal, from the seed) and
 * a monthly dossier volume proportional to its population. For each share (online filing, fully
 * online processing, online payment, …) the provinces' AGGREGATE follows a calibration curve
 * through real figures (kpis.md §4), and each province sits above or below it by its maturity:
 *
 *   share(unit, month) = σ( logit(anchor(month)) + c(month) + δ(unit) + ε(unit, month) )
 *
 * where σ is the logistic function, anchor() interpolates the calibration points on the logit
 * scale, δ = spread × (0.8 z + 0.6 e) spreads the provinces (e: share-specific), ε is small
 * monthly noise, and c(month) is solved (bisection) so that the volume-weighted aggregate of all
 * 63 provinces equals the anchor exactly before noise. Named provinces are pinned to published
 * figures (Hà Nam 68.54 %, Đà Nẵng 58.89 %, Hà Nội and TP.HCM < 10 % fully online in 2024;
 * Bình Định's 10/2023 report). The former provinces are modelled after the 2025 merger too; a
 * current province is the sum of its former ones, so history and present join without a step.
 */

export type ShareId =
  | 'fully-online'
  | 'filing'
  | 'payment'
  | 'digitised'
  | 'e-results'
  | 'on-time'
  | 'population-db'
  | 'data-reuse'
  | 'satisfaction'
  | 'feedback-on-time'
  | 'feedback-satisfied'
  | 'services-full'
  | 'services-partial';

export interface ShareSpec {
  readonly id: ShareId;
  /** calibration points of the provinces' aggregate: [month index, share 0–1] */
  readonly anchors: readonly (readonly [number, number])[];
  /** logit spread between provinces */
  readonly spread: number;
  /** first month with data (month index) */
  readonly firstMonth: number;
  /** logit sd of month-to-month noise */
  readonly noise: number;
  /** published values of named former provinces: [former code, month index, share] */
  readonly pins: readonly (readonly [string, number, number])[];
  /** where the anchors come from */
  readonly basis: string;
}

const M = monthIndex;

export const SHARE_SPECS: Readonly<Record<ShareId, ShareSpec>> = {
  'fully-online': {
    id: 'fully-online',
    anchors: [
      [M(2020, 1), 0.01],
      [M(2021, 6), 0.025],
      [M(2022, 6), 0.06],
      [M(2023, 6), 0.115],
      [M(2024, 6), 0.1854],
      [M(2025, 6), 0.24],
      [M(2026, 12), 0.33],
    ],
    spread: 1.1,
    firstMonth: M(2020, 1),
    noise: 0.04,
    pins: [
      ['35', M(2024, 6), 0.6854],
      ['48', M(2024, 6), 0.5889],
      ['01', M(2024, 6), 0.087],
      ['79', M(2024, 6), 0.076],
    ],
    basis:
      'kpis.md §4: provinces 18.54 % fully online in 2024 (national 45.8 % with ministries 63.47 %); Hà Nam 68.54 %, Đà Nẵng 58.89 %, Hà Nội and TP.HCM < 10 %; national ≈ 6 % online in 2021. Other points interpolated (assumption).',
  },
  filing: {
    id: 'filing',
    anchors: [
      [M(2020, 1), 0.025],
      [M(2021, 6), 0.06],
      [M(2022, 6), 0.25],
      [M(2023, 4), 0.548],
      [M(2024, 6), 0.6],
      [M(2025, 8), 0.6647],
      [M(2026, 12), 0.72],
    ],
    spread: 0.6,
    firstMonth: M(2020, 1),
    noise: 0.03,
    pins: [['52', M(2023, 10), 0.502]],
    basis:
      'kpis.md §4: ≈ 6 % online in 2021, 54.8 % of dossiers online in 4/2023; kpis.md §3: 66.47 % filed online in 8/2025; Bình Định 50.2 % in 10/2023.',
  },
  payment: {
    id: 'payment',
    anchors: [
      [M(2020, 1), 0.01],
      [M(2021, 6), 0.05],
      [M(2022, 6), 0.2],
      [M(2023, 10), 0.55],
      [M(2024, 6), 0.62],
      [M(2025, 8), 0.7],
      [M(2026, 12), 0.78],
    ],
    spread: 0.7,
    firstMonth: M(2020, 1),
    noise: 0.04,
    pins: [['52', M(2023, 10), 0.712]],
    basis:
      'kpis.md §4: Bình Định 71.2 % paid online in 10/2023 (target 35 %); the curve is an assumption.',
  },
  digitised: {
    id: 'digitised',
    anchors: [
      [M(2020, 1), 0.005],
      [M(2022, 1), 0.08],
      [M(2023, 10), 0.5],
      [M(2024, 6), 0.65],
      [M(2025, 8), 0.78],
      [M(2026, 12), 0.88],
    ],
    spread: 0.6,
    firstMonth: M(2020, 1),
    noise: 0.04,
    pins: [['52', M(2023, 10), 0.608]],
    basis:
      'kpis.md §4: Bình Định 60.8 % of dossier components digitised in 10/2023; curve assumed.',
  },
  'e-results': {
    id: 'e-results',
    anchors: [
      [M(2020, 1), 0.02],
      [M(2022, 1), 0.12],
      [M(2023, 10), 0.55],
      [M(2024, 6), 0.7],
      [M(2025, 8), 0.85],
      [M(2026, 12), 0.92],
    ],
    spread: 0.6,
    firstMonth: M(2020, 1),
    noise: 0.04,
    pins: [['52', M(2023, 10), 0.624]],
    basis:
      'kpis.md §4: Bình Định 62.4 % electronic results in 10/2023 (target 100 %); curve assumed.',
  },
  'on-time': {
    id: 'on-time',
    anchors: [
      [M(2020, 1), 0.955],
      [M(2022, 1), 0.965],
      [M(2024, 1), 0.975],
      [M(2026, 12), 0.982],
    ],
    spread: 0.5,
    firstMonth: M(2020, 1),
    noise: 0.08,
    pins: [],
    basis: 'Assumption: provinces report 95–99 % of dossiers processed early or on time.',
  },
  'population-db': {
    id: 'population-db',
    anchors: [
      [M(2022, 7), 0.1],
      [M(2023, 10), 0.85],
      [M(2024, 6), 0.92],
      [M(2026, 12), 0.97],
    ],
    spread: 0.5,
    firstMonth: M(2022, 7),
    noise: 0.05,
    pins: [['52', M(2023, 10), 0.914]],
    basis: 'kpis.md §4: Bình Định 91.4 % use of the population database in 10/2023; curve assumed.',
  },
  'data-reuse': {
    id: 'data-reuse',
    anchors: [
      [M(2023, 1), 0.05],
      [M(2024, 6), 0.25],
      [M(2026, 12), 0.55],
    ],
    spread: 0.6,
    firstMonth: M(2023, 1),
    noise: 0.05,
    pins: [],
    basis: 'Assumption (no published figure in kpis.md).',
  },
  satisfaction: {
    id: 'satisfaction',
    anchors: [
      [M(2022, 7), 0.88],
      [M(2024, 6), 0.92],
      [M(2026, 12), 0.945],
    ],
    spread: 0.4,
    firstMonth: M(2022, 7),
    noise: 0.06,
    pins: [],
    basis: 'Assumption around the 90 % target of Decision 942 (766 index published from mid-2022).',
  },
  'feedback-on-time': {
    id: 'feedback-on-time',
    anchors: [
      [M(2020, 1), 0.85],
      [M(2023, 1), 0.92],
      [M(2026, 12), 0.965],
    ],
    spread: 0.4,
    firstMonth: M(2020, 1),
    noise: 0.06,
    pins: [],
    basis: 'kpis.md §4: Hue-S > 98 % of reports processed; provinces assumed lower.',
  },
  'feedback-satisfied': {
    id: 'feedback-satisfied',
    anchors: [
      [M(2020, 1), 0.8],
      [M(2023, 1), 0.87],
      [M(2026, 12), 0.92],
    ],
    spread: 0.4,
    firstMonth: M(2020, 1),
    noise: 0.06,
    pins: [],
    basis: 'kpis.md §4: Hue-S > 92 % satisfied; provinces assumed lower.',
  },
  'services-full': {
    id: 'services-full',
    anchors: [
      [M(2020, 1), 0.258],
      [M(2022, 6), 0.29],
      [M(2024, 6), 0.31],
      [M(2025, 6), 0.31],
      [M(2025, 8), 0.2543],
      [M(2026, 12), 0.31],
    ],
    spread: 0.35,
    firstMonth: M(2020, 1),
    noise: 0.01,
    pins: [],
    basis:
      'kpis.md §4: level-4 services 25.8 % (ICT Index 2020); kpis.md §3: 25.43 % fully online in 8/2025. The dip at the 7/2025 reform (procedure lists re-issued for two-tier government) is an assumption.',
  },
  'services-partial': {
    id: 'services-partial',
    anchors: [
      [M(2020, 1), 0.45],
      [M(2023, 6), 0.42],
      [M(2025, 6), 0.4],
      [M(2025, 8), 0.3829],
      [M(2026, 12), 0.4],
    ],
    spread: 0.3,
    firstMonth: M(2020, 1),
    noise: 0.01,
    pins: [],
    basis: 'kpis.md §3: 38.29 % of services partially online in 8/2025; earlier points assumed.',
  },
};

export const SHARE_IDS = Object.keys(SHARE_SPECS) as ShareId[];

export const logit = (p: number): number => Math.log(p / (1 - p));
export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const clampP = (p: number): number => Math.min(0.9995, Math.max(0.0005, p));

/** Calibration curve: logit-linear between anchors, the end slopes continued outside. */
export function anchorLogit(spec: ShareSpec, x: number): number {
  const a = spec.anchors;
  const first = a[0];
  const last = a[a.length - 1];
  if (first === undefined || last === undefined) throw new Error(`no anchors for ${spec.id}`);
  let lo = first;
  let hi = a[1] ?? first;
  if (x >= last[0]) {
    lo = a[a.length - 2] ?? last;
    hi = last;
  } else {
    for (let i = 0; i + 1 < a.length; i++) {
      const p = a[i] as readonly [number, number];
      const q = a[i + 1] as readonly [number, number];
      if (x >= p[0] && x <= q[0]) {
        lo = p;
        hi = q;
        break;
      }
    }
  }
  const l0 = logit(clampP(lo[1]));
  const l1 = logit(clampP(hi[1]));
  if (hi[0] === lo[0]) return l0;
  // Beyond the last anchor the curve flattens (half the last slope) rather than run away.
  const slope = (l1 - l0) / (hi[0] - lo[0]);
  if (x > last[0]) return logit(clampP(last[1])) + (slope / 2) * (x - last[0]);
  return l0 + slope * (x - lo[0]);
}

export const FORMER_CODES: readonly string[] = ADMIN_UNITS.former.map((u) => u.code);
export const CURRENT_CODES: readonly string[] = ADMIN_UNITS.current.map((u) => u.code);
const FORMER_INDEX = new Map(FORMER_CODES.map((c, i) => [c, i]));

export function formerIndex(code: string): number {
  const i = FORMER_INDEX.get(code);
  if (i === undefined) throw new Error(`unknown former unit ${code}`);
  return i;
}

/** The former units a current unit was formed from (the unit itself when unchanged). */
export function constituents(currentCode: string): string[] {
  return ADMIN_UNITS.constituentsOf(currentCode).map((u) => u.code);
}

interface UnitLatent {
  /** digital maturity, standard normal */
  readonly z: number;
  /** share-specific deviation, standard normal */
  readonly e: Readonly<Record<ShareId, number>>;
  /** dossiers received a month around 2020 */
  readonly baseVolume: number;
}

interface SeedModel {
  readonly seed: number;
  readonly latents: ReadonlyMap<string, UnitLatent>;
  /** δ per share and unit, pins resolved */
  readonly delta: ReadonlyMap<ShareId, Float64Array>;
  /** c(month) per share, memoised */
  readonly shift: Map<ShareId, Map<number, number>>;
}

/** Dossiers per inhabitant per month (≈ 0.3 a year at province and commune level): assumption. */
export const DOSSIERS_PER_PERSON_MONTH = 0.025;

/** Relative monthly volume: fewer dossiers around Tết (Jan/Feb), more in March and December. */
const SEASON = [0.95, 0.72, 1.1, 1.02, 1.02, 1.0, 0.98, 1.0, 1.0, 1.02, 1.04, 1.15] as const;

/** Expected dossiers received by a former unit in a month (no noise). */
export function expectedVolume(model: SeedModel, code: string, x: number): number {
  const latent = model.latents.get(code);
  if (!latent) throw new Error(`unknown former unit ${code}`);
  const { month } = monthOfIndex(x);
  const growth = Math.pow(1.04, x / 12);
  return latent.baseVolume * (SEASON[month - 1] ?? 1) * growth;
}

const models = new Map<number, SeedModel>();

/** Forgets every cached model (tests of determinism regenerate from scratch). */
export function clearModelCache(): void {
  models.clear();
}

/** The latent model of a seed (built once, cached). */
export function seedModel(seed: number): SeedModel {
  const cached = models.get(seed);
  if (cached) return cached;
  const random = createRandom(hashSeed(`kpi-model|${seed}`));
  const latents = new Map<string, UnitLatent>();
  for (const code of FORMER_CODES) {
    const z = gaussian(random);
    const e = Object.fromEntries(SHARE_IDS.map((id) => [id, gaussian(random)])) as Record<
      ShareId,
      number
    >;
    const population = (FORMER_POPULATION_M[code] ?? 1) * 1e6;
    const baseVolume = population * DOSSIERS_PER_PERSON_MONTH * Math.exp(0.15 * gaussian(random));
    latents.set(code, { z, e, baseVolume });
  }
  const model: SeedModel = { seed, latents, delta: new Map(), shift: new Map() };
  for (const id of SHARE_IDS) {
    const spec = SHARE_SPECS[id];
    const delta = new Float64Array(FORMER_CODES.length);
    for (const [i, code] of FORMER_CODES.entries()) {
      const l = latents.get(code) as UnitLatent;
      delta[i] = spec.spread * (0.8 * l.z + 0.6 * l.e[id]);
    }
    (model.delta as Map<ShareId, Float64Array>).set(id, delta);
    model.shift.set(id, new Map());
  }
  // Pins: δ of a pinned unit makes its share equal the published value at the pinned month.
  // c(month) depends on every δ, so iterate to a fixed point (converges in a few rounds).
  for (const id of SHARE_IDS) {
    const spec = SHARE_SPECS[id];
    if (spec.pins.length === 0) continue;
    const delta = model.delta.get(id) as Float64Array;
    for (let round = 0; round < 6; round++) {
      model.shift.get(id)?.clear();
      for (const [code, x, value] of spec.pins) {
        const c = shiftAt(model, id, x);
        delta[formerIndex(code)] = logit(value) - anchorLogit(spec, x) - c;
      }
    }
    model.shift.get(id)?.clear();
  }
  models.set(seed, model);
  return model;
}

/** c(month): the shift that makes the volume-weighted aggregate equal the anchor. */
export function shiftAt(model: SeedModel, id: ShareId, x: number): number {
  const memo = model.shift.get(id) as Map<number, number>;
  const cached = memo.get(x);
  if (cached !== undefined) return cached;
  const spec = SHARE_SPECS[id];
  const delta = model.delta.get(id) as Float64Array;
  const base = anchorLogit(spec, x);
  const target = sigmoid(base);
  const weights = FORMER_CODES.map((code) => expectedVolume(model, code, x));
  const total = weights.reduce((s, w) => s + w, 0);
  const aggregate = (c: number): number => {
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      sum += (weights[i] as number) * sigmoid(base + c + (delta[i] as number));
    }
    return sum / total;
  };
  let lo = -6;
  let hi = 6;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (aggregate(mid) < target) lo = mid;
    else hi = mid;
  }
  const c = (lo + hi) / 2;
  memo.set(x, c);
  return c;
}

function isPinned(spec: ShareSpec, code: string, x: number): boolean {
  return spec.pins.some(([c, px]) => c === code && px === x);
}

/**
 * Share of a former unit in a month (0–1), before any story effect; null before the share's
 * first month.
 */
export function formerShare(model: SeedModel, id: ShareId, code: string, x: number): number | null {
  const spec = SHARE_SPECS[id];
  if (x < spec.firstMonth) return null;
  const i = formerIndex(code);
  const delta = (model.delta.get(id) as Float64Array)[i] as number;
  const eps = isPinned(spec, code, x)
    ? 0
    : spec.noise * gaussianNoise(model.seed, 101, SHARE_IDS.indexOf(id), i, x);
  return sigmoid(anchorLogit(spec, x) + shiftAt(model, id, x) + delta + eps);
}

/** Volume-weighted share of a current unit from its former units. */
export function currentShare(
  model: SeedModel,
  id: ShareId,
  currentCode: string,
  x: number,
): number | null {
  let num = 0;
  let den = 0;
  for (const code of constituents(currentCode)) {
    const s = formerShare(model, id, code, x);
    if (s === null) return null;
    const w = expectedVolume(model, code, x);
    num += s * w;
    den += w;
  }
  return den > 0 ? num / den : null;
}

/** Expected volume of a current unit: the sum of its former units. */
export function currentVolume(model: SeedModel, currentCode: string, x: number): number {
  return constituents(currentCode).reduce((s, c) => s + expectedVolume(model, c, x), 0);
}

/** Digital maturity of a current unit (volume-weighted z of its former units). */
export function currentMaturity(model: SeedModel, currentCode: string): number {
  let num = 0;
  let den = 0;
  for (const code of constituents(currentCode)) {
    const l = model.latents.get(code) as UnitLatent;
    num += l.z * l.baseVolume;
    den += l.baseVolume;
  }
  return den > 0 ? num / den : 0;
}

export function formerMaturity(model: SeedModel, code: string): number {
  return (model.latents.get(code) as UnitLatent).z;
}
