import { INDEX_766_CONFIG } from '../../src/catalog/index-766';
import { createRandom, gaussianNoise, hashSeed } from '../random';
import { DAY, HOUR, REFORM_MONTH_INDEX, monthIndex, monthStart, vnIso } from '../time';
import {
  CURRENT_CODES,
  FORMER_CODES,
  constituents,
  currentMaturity,
  formerMaturity,
  logit,
  seedModel,
  sigmoid,
} from './model';

/**
 * Index scores leaders are ranked on (kpis.md §3): the monthly 766 service index (100 points in
 * five groups), the yearly DTI, and Viet Nam's EGDI history. Calibrated to published figures:
 * 766 in August 2025 (Thái Nguyên 86.97 first, then Quảng Trị 86.56, Thanh Hóa 86.51, Đồng Nai
 * 86.13, Hà Tĩnh 84.85; Thái Nguyên's five group scores exact); DTI 2020 (Đà Nẵng first with
 * 0.4874, the ranks of Bình Phước 9, Gia Lai 19, Lâm Đồng 23, Đắk Lắk 30, Đắk Nông 54); DTI 2024
 * top five (Hà Nội, Huế, Hải Phòng, TP.HCM, Thanh Hóa). Everything else is synthetic.
 */

export interface IndexGroupScore {
  readonly id: string;
  readonly score: number;
  readonly max: number;
}

export interface IndexScoreRow {
  readonly index: 'index766' | 'dti';
  readonly unitCode: string;
  readonly period: string;
  readonly total: number;
  readonly maxTotal: number;
  readonly groups?: readonly IndexGroupScore[];
  readonly rank: number;
  readonly rankOf: number;
  readonly source: string;
  readonly asOf: string;
}

const round2 = (v: number): number => Math.round(v * 100) / 100;
const round4 = (v: number): number => Math.round(v * 10_000) / 10_000;

/**
 * Group scores for a target total: ratios of a pattern shifted together on the logit scale
 * until Σ max × ratio = total; two decimals, the last group absorbs the rounding.
 */
export function fitGroups(
  maxes: readonly number[],
  patternRatios: readonly number[],
  total: number,
): number[] {
  const logits = patternRatios.map((r) => logit(Math.min(0.999, Math.max(0.001, r))));
  const sum = (l: number): number =>
    maxes.reduce((s, m, i) => s + m * sigmoid((logits[i] as number) + l), 0);
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (sum(mid) < total) lo = mid;
    else hi = mid;
  }
  const l = (lo + hi) / 2;
  const scores = maxes.map((m, i) => round2(m * sigmoid((logits[i] as number) + l)));
  // Put the rounding remainder where it fits under the group's max.
  let diff = round2(total - scores.reduce((s, v) => s + v, 0));
  for (let i = scores.length - 1; i >= 0 && diff !== 0; i--) {
    const room = round2((maxes[i] as number) - (scores[i] as number));
    const take = diff > 0 ? Math.min(diff, room) : Math.max(diff, -(scores[i] as number));
    scores[i] = round2((scores[i] as number) + take);
    diff = round2(diff - take);
  }
  return scores;
}

// ------------------------------------------------------------------------------- 766 index

export const INDEX766_GROUPS = INDEX_766_CONFIG.groups.map((g) => ({ id: g.id, max: g.maxPoints }));
const MAXES_766 = INDEX766_GROUPS.map((g) => g.max);

/** Typical group ratios of an average province in 8/2025 (assumption) */
const BASE_766: Readonly<Record<string, number>> = {
  transparency: 0.8,
  progress: 0.93,
  digitisation: 0.66,
  online: 0.7,
  satisfaction: 0.95,
};

export const INDEX766_FIRST_MONTH = monthIndex(2023, 1);
export const INDEX766_CALIBRATION_MONTH = monthIndex(2025, 8);

/** Published 8/2025 results (kpis.md §3). Group scores exact for Thái Nguyên only. */
export const INDEX766_AUGUST_2025: readonly {
  readonly code: string;
  readonly total: number;
  readonly groups?: Readonly<Record<string, number>>;
}[] = [
  {
    code: '19',
    total: 86.97,
    groups: {
      transparency: 15.67,
      progress: 19.31,
      digitisation: 16.64,
      online: 17.49,
      satisfaction: 17.86,
    },
  },
  { code: '44', total: 86.56 },
  { code: '38', total: 86.51 },
  { code: '75', total: 86.13 },
  { code: '42', total: 84.85 },
];

/** Best score an unpublished province may get in 8/2025: below fifth place (84.85). */
const AUGUST_CAP = 84.5;

const SOURCE_766 = 'Cổng Dịch vụ công quốc gia — Bộ chỉ số 766 (dữ liệu mô phỏng)';

/** The 766 results of month x are published on day 10 of the next month, 08:00. */
export function index766PublishedAt(x: number): number {
  return monthStart(x + 1) + 9 * DAY + 8 * HOUR;
}

function pinnedGroups(seed: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const tn = INDEX766_AUGUST_2025[0];
  const tnRatios = INDEX766_GROUPS.map((g) => (tn?.groups?.[g.id] ?? 0) / g.max);
  const random = createRandom(hashSeed(`766-pins|${seed}`));
  for (const pin of INDEX766_AUGUST_2025) {
    if (pin.groups) {
      out.set(
        pin.code,
        INDEX766_GROUPS.map((g) => pin.groups?.[g.id] ?? 0),
      );
    } else {
      // Another province's profile: Thái Nguyên's, perturbed, fitted to the published total.
      const pattern = tnRatios.map((r) => sigmoid(logit(r) + 0.35 * (random() - 0.5)));
      out.set(pin.code, fitGroups(MAXES_766, pattern, pin.total));
    }
  }
  return out;
}

const cache766 = new Map<string, IndexScoreRow[]>();

/** Every unit's 766 score for month x (63 former before 7/2025, 34 current from then). */
export function index766Month(seed: number, x: number): IndexScoreRow[] {
  const key = `${seed}|${x}`;
  const hit = cache766.get(key);
  if (hit) return hit;
  const model = seedModel(seed);
  const current = x >= REFORM_MONTH_INDEX;
  const codes = current ? CURRENT_CODES : FORMER_CODES;
  const pins = current ? pinnedGroups(seed) : new Map<string, number[]>();
  const trend = 0.012 * (x - INDEX766_CALIBRATION_MONTH);
  const rows = codes.map((code, ui) => {
    const z = current ? currentMaturity(model, code) : formerMaturity(model, code);
    const pinned = pins.get(code);
    let scores: number[];
    if (pinned && x === INDEX766_CALIBRATION_MONTH) {
      scores = [...pinned];
    } else {
      scores = INDEX766_GROUPS.map((g, gi) => {
        const base = logit(BASE_766[g.id] ?? 0.8);
        // A pinned province keeps its August profile in the other months (offset per group).
        const anchor = pinned
          ? logit(Math.min(0.999, (pinned[gi] as number) / g.max))
          : base + 0.45 * z;
        const eps = 0.12 * gaussianNoise(seed, 501, current ? 1 : 0, ui, gi, x);
        return round2(g.max * sigmoid(anchor + trend + eps));
      });
      if (!pinned && x === INDEX766_CALIBRATION_MONTH) {
        const total = scores.reduce((s, v) => s + v, 0);
        if (total > AUGUST_CAP) {
          scores = fitGroups(
            MAXES_766,
            scores.map((s, i) => s / (MAXES_766[i] as number)),
            round2(AUGUST_CAP - 2 * Math.abs(gaussianNoise(seed, 502, ui))),
          );
        }
      }
    }
    const total = round2(scores.reduce((s, v) => s + v, 0));
    return { code, scores, total };
  });
  const ranked = [...rows].sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  const rankOf = new Map(ranked.map((r, i) => [r.code, i + 1]));
  const period = `${Math.floor(x / 12) + 2020}-${String((x % 12) + 1).padStart(2, '0')}`;
  const asOf = vnIso(index766PublishedAt(x));
  const out = rows.map((r) => ({
    index: 'index766' as const,
    unitCode: r.code,
    period,
    total: r.total,
    maxTotal: 100,
    groups: INDEX766_GROUPS.map((g, i) => ({ id: g.id, score: r.scores[i] as number, max: g.max })),
    rank: rankOf.get(r.code) ?? codes.length,
    rankOf: codes.length,
    source: SOURCE_766,
    asOf,
  }));
  if (cache766.size > 500) cache766.clear();
  cache766.set(key, out);
  return out;
}

// --------------------------------------------------------------------------------------- DTI

/** DTI editions published by `nowMs` (the first is DTI 2020, published 10/2021). */
export function dtiYearsPublished(nowMs: number): number[] {
  const years: number[] = [];
  for (let y = 2020; dtiPublishedAt(y) <= nowMs && y < 2100; y++) years.push(y);
  return years;
}

/** DTI 2022+ (Decision 922/QĐ-BTTTT): 1,000 points; foundation 5 × 100, activity 200/150/150. */
export const DTI_GROUPS_1000 = [
  { id: 'digital-awareness', max: 100 },
  { id: 'institutions', max: 100 },
  { id: 'infrastructure', max: 100 },
  { id: 'human-resources', max: 100 },
  { id: 'cyber-security', max: 100 },
  { id: 'digital-government', max: 200 },
  { id: 'digital-economy', max: 150 },
  { id: 'digital-society', max: 150 },
] as const;
const MAXES_DTI = DTI_GROUPS_1000.map((g) => g.max);

/** DTI 2020 (0–1 scale): Đà Nẵng first with 0.4874 and the seeded ranks of kpis.md §3. */
export const DTI_2020_PINS: Readonly<Record<string, number>> = {
  '48': 1,
  '70': 9,
  '64': 19,
  '68': 23,
  '66': 30,
  '67': 54,
};
export const DTI_2020_TOP_SCORE = 0.4874;
/** DTI 2024 (published 10/2025, on the 34 current units): the top five in order. */
export const DTI_2024_TOP5 = ['01', '46', '31', '79', '38'] as const;

/** DTI of year Y is published in October of Y+1. */
export function dtiPublishedAt(year: number): number {
  return monthStart(monthIndex(year + 1, 10)) + 14 * DAY + 9 * HOUR;
}

const SOURCE_DTI = 'Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI) — dữ liệu mô phỏng';

const dtiCache = new Map<string, IndexScoreRow[]>();

export function clearIndexCaches(): void {
  cache766.clear();
  dtiCache.clear();
}

export function dtiYear(seed: number, year: number): IndexScoreRow[] {
  const key = `${seed}|${year}`;
  const hit = dtiCache.get(key);
  if (hit) return hit;
  const model = seedModel(seed);
  const asOf = vnIso(dtiPublishedAt(year));
  const period = String(year);
  let out: IndexScoreRow[];
  if (year <= 2021) {
    // 0–1 scale, ranks on 63 former units. A score ladder by rank; units placed by maturity.
    const random = createRandom(hashSeed(`dti|${seed}|${year}`));
    const pins = year === 2020 ? DTI_2020_PINS : {};
    const free = FORMER_CODES.filter((c) => pins[c] === undefined)
      .map((c) => ({ c, key: formerMaturity(model, c) + 0.6 * (random() - 0.5) }))
      .sort((a, b) => b.key - a.key)
      .map((r) => r.c);
    const order: string[] = new Array<string>(FORMER_CODES.length);
    for (const [code, rank] of Object.entries(pins)) order[rank - 1] = code;
    let next = 0;
    for (let i = 0; i < order.length; i++) {
      if (order[i] === undefined) order[i] = free[next++] as string;
    }
    const top = year === 2020 ? DTI_2020_TOP_SCORE : 0.5612;
    const bottom = year === 2020 ? 0.19 : 0.24;
    out = order.map((code, i) => ({
      index: 'dti' as const,
      unitCode: code,
      period,
      total: round4(top - (top - bottom) * Math.pow(i / (order.length - 1), 0.75)),
      maxTotal: 1,
      rank: i + 1,
      rankOf: order.length,
      source: SOURCE_DTI,
      asOf,
    }));
  } else {
    const trend = 0.25 * Math.min(year - 2022, 4);
    const formerGroups = new Map(
      FORMER_CODES.map((code, ui) => [
        code,
        DTI_GROUPS_1000.map((g, gi) => {
          const z = formerMaturity(model, code);
          const eps = 0.25 * gaussianNoise(seed, 601, year, ui, gi);
          return g.max * sigmoid(-0.1 + 0.55 * z + trend + eps);
        }),
      ]),
    );
    let rows: { code: string; scores: number[] }[];
    if (year < 2024) {
      // Published on the 63 former units.
      rows = FORMER_CODES.map((code) => ({
        code,
        scores: (formerGroups.get(code) as number[]).map(round2),
      }));
    } else {
      // From DTI 2024 (published 10/2025) on the current units: the mean of the former units
      // (official practice). DTI 2025 onwards: synthetic, the same way.
      rows = CURRENT_CODES.map((code) => {
        const parts = constituents(code).map((c) => formerGroups.get(c) as number[]);
        return {
          code,
          scores: MAXES_DTI.map((_, gi) =>
            round2(parts.reduce((s, p) => s + (p[gi] as number), 0) / parts.length),
          ),
        };
      });
      const sum = (s: number[]): number => s.reduce((a, b) => a + b, 0);
      const others = rows.filter((r) => !(DTI_2024_TOP5 as readonly string[]).includes(r.code));
      const best = Math.max(...others.map((r) => sum(r.scores)));
      for (const [i, code] of (year === 2024 ? DTI_2024_TOP5 : []).entries()) {
        const row = rows.find((r) => r.code === code);
        if (!row) continue;
        const target = round2(Math.min(950, best + 12 * (DTI_2024_TOP5.length - i)));
        row.scores = fitGroups(
          MAXES_DTI,
          row.scores.map((s, gi) => s / (MAXES_DTI[gi] as number)),
          target,
        );
      }
    }
    const totals = rows.map((r) => ({ ...r, total: round2(r.scores.reduce((s, v) => s + v, 0)) }));
    const ranked = [...totals].sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
    const rankOf = new Map(ranked.map((r, i) => [r.code, i + 1]));
    out = totals.map((r) => ({
      index: 'dti' as const,
      unitCode: r.code,
      period,
      total: r.total,
      maxTotal: 1000,
      groups: DTI_GROUPS_1000.map((g, gi) => ({
        id: g.id,
        score: r.scores[gi] as number,
        max: g.max,
      })),
      rank: rankOf.get(r.code) ?? totals.length,
      rankOf: totals.length,
      source: SOURCE_DTI,
      asOf,
    }));
  }
  // Keep a stable order (by code) whatever the ranking.
  out = [...out].sort((a, b) => a.unitCode.localeCompare(b.unitCode));
  if (dtiCache.size > 100) dtiCache.clear();
  dtiCache.set(key, out);
  return out;
}

// -------------------------------------------------------------------------------------- EGDI

/**
 * Viet Nam in the UN E-Government Survey (193 countries). 2014–2020 and the 2020 EPI/OGDI ranks
 * from kpis.md §3; 2022 (rank 86) and 2024 (rank 71) from the UN E-Government Surveys 2022 and
 * 2024, which kpis.md does not list: check them before citing.
 */
export const EGDI_HISTORY: readonly {
  readonly indicatorId: 'rank.egdi' | 'rank.epi' | 'rank.ogdi';
  readonly year: number;
  readonly rank: number;
  readonly source: string;
}[] = [
  { indicatorId: 'rank.egdi', year: 2014, rank: 99, source: 'kpis.md §3' },
  { indicatorId: 'rank.egdi', year: 2016, rank: 89, source: 'kpis.md §3' },
  { indicatorId: 'rank.egdi', year: 2018, rank: 88, source: 'kpis.md §3' },
  { indicatorId: 'rank.egdi', year: 2020, rank: 86, source: 'kpis.md §3 (EGDI 0.6667)' },
  { indicatorId: 'rank.egdi', year: 2022, rank: 86, source: 'UN E-Government Survey 2022' },
  { indicatorId: 'rank.egdi', year: 2024, rank: 71, source: 'UN E-Government Survey 2024' },
  { indicatorId: 'rank.epi', year: 2020, rank: 70, source: 'kpis.md §3' },
  { indicatorId: 'rank.ogdi', year: 2020, rank: 97, source: 'kpis.md §3' },
];

/** The survey of year Y is published by 30 September of Y (freshness of un-egdi). */
export function egdiPublishedAt(year: number): number {
  return monthStart(monthIndex(year, 9)) + 20 * DAY + 9 * HOUR;
}
