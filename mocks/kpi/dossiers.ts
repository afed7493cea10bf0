import { ADMIN_UNITS } from '../../src/catalog/admin-units';
import { communesOf, type Commune } from '../data/places';
import {
  COMMUNE_PROCEDURES,
  DEPARTMENT_PROCEDURES,
  PROCEDURES,
  mockDepartment,
  type Procedure,
} from '../data/procedures';
import { createRandom, gaussian, gaussianNoise, hash32, noise } from '../random';
import type { ActiveStory } from '../scenario';
import { lateSpikeRamp, onlineRiseShift } from '../scenarios/stories';
import {
  DAY,
  HOUR,
  REFORM_MONTH_INDEX,
  monthEnd,
  monthIndexAt,
  monthStart,
  vnDayOfWeek,
} from '../time';
import { fromVnDateTime, toVnDateTime } from '../../src/domain/time/zone';
import {
  SHARE_IDS,
  constituents,
  currentVolume,
  expectedVolume,
  formerShare,
  logit,
  seedModel,
  sigmoid,
  type ShareId,
} from './model';

/**
 * Dossier counts (hồ sơ TTHC) by unit and month, as a provincial one-stop system reports them:
 * received, processed early / on time / late, pending within / over the deadline, online, paid
 * online, digitised… Before July 2025 for the 63 former provinces (one figure per province);
 * from July 2025 for the 34 current ones, broken down by department, commune and procedure.
 * The province's figure is then the sum of its breakdown, so every view adds up.
 */

export interface GenContext {
  readonly seed: number;
  /** the mock clock's now */
  readonly nowMs: number;
  readonly stories: readonly ActiveStory[];
}

export interface DossierCounts {
  received: number;
  receivedOnline: number;
  /** received and processed fully online (dvc.online-dossier-share) */
  fullyOnline: number;
  processedEarly: number;
  processedOnTime: number;
  processedLate: number;
  pendingWithinDeadline: number;
  pendingOverdue: number;
  returnedOrWithdrawn: number;
  feeBearing: number;
  paidOnline: number;
  digitisedComponents: number;
  electronicResults: number;
  /** dossiers that used the national population database (null before it was connected) */
  populationDbUsed: number | null;
  dataReused: number | null;
  /** 766 satisfaction with procedures: dossiers in remit, and those not rated badly */
  satisfactionRemit: number | null;
  satisfied: number | null;
  feedbackTotal: number;
  feedbackInRemit: number;
  feedbackOnTime: number;
  feedbackSatisfied: number;
  feedbackOverdue: number;
}

const COUNT_KEYS = [
  'received',
  'receivedOnline',
  'fullyOnline',
  'processedEarly',
  'processedOnTime',
  'processedLate',
  'pendingWithinDeadline',
  'pendingOverdue',
  'returnedOrWithdrawn',
  'feeBearing',
  'paidOnline',
  'digitisedComponents',
  'electronicResults',
  'feedbackTotal',
  'feedbackInRemit',
  'feedbackOnTime',
  'feedbackSatisfied',
  'feedbackOverdue',
] as const;
const NULLABLE_KEYS = ['populationDbUsed', 'dataReused', 'satisfactionRemit', 'satisfied'] as const;

export function emptyCounts(nullable: boolean): DossierCounts {
  const zero = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Record<
    (typeof COUNT_KEYS)[number],
    number
  >;
  return {
    ...zero,
    populationDbUsed: nullable ? null : 0,
    dataReused: nullable ? null : 0,
    satisfactionRemit: nullable ? null : 0,
    satisfied: nullable ? null : 0,
  };
}

export function addInto(total: DossierCounts, part: DossierCounts): void {
  for (const k of COUNT_KEYS) total[k] += part[k];
  for (const k of NULLABLE_KEYS) {
    const p = part[k];
    if (p !== null) total[k] = (total[k] ?? 0) + p;
  }
}

export function processedOf(c: DossierCounts): number {
  return c.processedEarly + c.processedOnTime + c.processedLate;
}

/** The one-stop system delivers daily at 16:30 (freshness "daily before 17:00"). */
export function latestDelivery(nowMs: number): number {
  const t = toVnDateTime(nowMs);
  const today = fromVnDateTime(t.year, t.month, t.day, 16, 30);
  return nowMs >= today ? today : today - DAY;
}

/** Month closing: figures are final on day 5 of the next month at 16:30. */
export function monthClosing(x: number): number {
  return monthStart(x + 1) + 4 * DAY + 16 * HOUR + 30 * 60_000;
}

export interface MonthStatus {
  /** false: the month has not started at the last delivery */
  readonly available: boolean;
  /** share of the month covered by the data (1 when complete) */
  readonly fraction: number;
  readonly asOfMs: number;
  readonly final: boolean;
}

export function monthStatus(x: number, nowMs: number): MonthStatus {
  const delivered = latestDelivery(nowMs);
  const start = monthStart(x);
  const end = monthEnd(x);
  if (delivered <= start) return { available: false, fraction: 0, asOfMs: delivered, final: false };
  const closing = monthClosing(x);
  if (closing <= nowMs) return { available: true, fraction: 1, asOfMs: closing, final: true };
  const fraction = Math.min(1, (delivered - start) / (end - start));
  return { available: true, fraction, asOfMs: delivered, final: false };
}

type Shares = Record<ShareId, number | null>;

/** Story shifts of online shares at an instant, for a current province. */
function onlineShift(stories: readonly ActiveStory[], currentCode: string, t: number): number {
  let shift = 0;
  for (const s of stories) if (s.id === 'online-rise') shift += onlineRiseShift(s, currentCode, t);
  return shift;
}

const ONLINE_SHARES: readonly ShareId[] = ['fully-online', 'filing', 'payment'];

function shifted(p: number | null, by: number): number | null {
  if (p === null || by === 0) return p;
  return sigmoid(logit(Math.min(0.9995, Math.max(0.0005, p))) + by);
}

/** Shares of a former unit in a month, with story effects of the current unit it became. */
function formerShares(ctx: GenContext, code: string, x: number, at: number): Shares {
  const model = seedModel(ctx.seed);
  const successor = currentOfFormer(code);
  const shift = successor === null ? 0 : onlineShift(ctx.stories, successor, at);
  const out = {} as Shares;
  for (const id of SHARE_IDS) {
    const s = formerShare(model, id, code, x);
    out[id] = ONLINE_SHARES.includes(id) ? shifted(s, shift) : s;
  }
  return out;
}

function currentOfFormer(code: string): string | null {
  return ADMIN_UNITS.successorOf(code)?.code ?? null;
}

interface CellProfile {
  /** multipliers / logit offsets relative to the province */
  readonly onlineLogit: number;
  readonly lateLogit: number;
  readonly qualityLogit: number;
  /** statutory days (for pending) */
  readonly days: number;
  /** share of received dossiers bearing a fee */
  readonly feeShare: number;
}

const PROVINCE_PROFILE: CellProfile = {
  onlineLogit: 0,
  lateLogit: 0,
  qualityLogit: 0,
  days: 8,
  feeShare: 0.62,
};

/** Province shares on the logit scale, computed once per province and month. */
interface ShareLogits {
  readonly fully: number | null;
  readonly filing: number | null;
  readonly payment: number | null;
  readonly digitised: number | null;
  readonly eResults: number | null;
  readonly late: number;
  readonly populationDb: number | null;
  readonly dataReuse: number | null;
  readonly satisfaction: number | null;
  readonly feedbackOnTime: number;
  readonly feedbackSatisfied: number;
}

const lg = (p: number | null): number | null =>
  p === null ? null : logit(Math.min(0.9995, Math.max(0.0005, p)));

function shareLogits(shares: Shares): ShareLogits {
  return {
    fully: lg(shares['fully-online']),
    filing: lg(shares.filing),
    payment: lg(shares.payment),
    digitised: lg(shares.digitised),
    eResults: lg(shares['e-results']),
    late: lg(1 - (shares['on-time'] ?? 0.97)) as number,
    populationDb: lg(shares['population-db']),
    dataReuse: lg(shares['data-reuse']),
    satisfaction: shares.satisfaction,
    feedbackOnTime: shares['feedback-on-time'] ?? 0.9,
    feedbackSatisfied: shares['feedback-satisfied'] ?? 0.85,
  };
}

const at = (l: number | null, offset: number): number => (l === null ? 0 : sigmoid(l + offset));

const shift = (l: number | null, by: number): number | null => (l === null ? null : l + by);

/**
 * The shift d that makes Σ w·σ(base + o + d) / Σ w = σ(base): Newton's method on a smooth,
 * increasing function (converges in a few steps).
 */
function recentre(base: number | null, cells: readonly { w: number; o: number }[]): number {
  if (base === null) return 0;
  const total = cells.reduce((s, c) => s + c.w, 0);
  if (total <= 0) return 0;
  const target = sigmoid(base);
  let d = 0;
  for (let i = 0; i < 8; i++) {
    let f = 0;
    let df = 0;
    for (const c of cells) {
      const p = sigmoid(base + c.o + d);
      f += c.w * p;
      df += c.w * p * (1 - p);
    }
    f = f / total - target;
    df /= total;
    if (df < 1e-12) break;
    const step = f / df;
    d -= step;
    if (Math.abs(step) < 1e-7) break;
  }
  return d;
}

/**
 * Counts of one cell (a former province, or one procedure in one department or commune) for one
 * month. `keys` make the noise of this cell independent of every other cell.
 */
function cellCounts(
  seed: number,
  keys: readonly number[],
  expected: number,
  L: ShareLogits,
  profile: CellProfile,
  status: MonthStatus,
  spike: number,
): DossierCounts {
  // One hash per cell, then a fast sequential generator: cells are many (≈ 28,000 a month
  // nationally), and each needs about fifteen random numbers.
  const random = createRandom(hash32(seed, ...keys));

  const received = Math.max(
    0,
    Math.round(expected * status.fraction * (1 + 0.06 * gaussian(random))),
  );
  const fullyOnline = Math.round(received * at(L.fully, profile.onlineLogit));
  const receivedOnline = Math.min(
    received,
    Math.max(fullyOnline, Math.round(received * at(L.filing, profile.onlineLogit))),
  );
  const lateShare = sigmoid(L.late + profile.lateLogit + 2.4 * spike);
  const processed = Math.round(
    received * (status.fraction < 1 ? 0.86 : 0.94) * (1 + 0.03 * gaussian(random)),
  );
  const processedLate = Math.round(processed * lateShare);
  const processedEarly = Math.round((processed - processedLate) * (0.58 + 0.24 * random()));
  const processedOnTime = processed - processedLate - processedEarly;
  const pendingOverdue = Math.round(
    received * lateShare * (0.35 + 0.3 * random()) * (1 + 5 * spike),
  );
  const pendingWithinDeadline = Math.round(
    received * Math.min(0.9, 0.1 + profile.days / 30) * (0.3 + 0.2 * random()),
  );
  const returnedOrWithdrawn = Math.round(received * 0.01 * (0.5 + random()));
  const feeBearing = Math.round(received * profile.feeShare);
  const paidOnline = Math.round(feeBearing * at(L.payment, profile.onlineLogit));
  const digitisedComponents = Math.round(received * at(L.digitised, profile.qualityLogit));
  const electronicResults = Math.round(processed * at(L.eResults, profile.qualityLogit));
  const feedbackTotal = Math.round(received * 0.012 * (0.6 + 0.8 * random()));
  const feedbackInRemit = Math.round(feedbackTotal * (0.85 + 0.1 * random()));
  const feedbackOnTime = Math.round(feedbackInRemit * L.feedbackOnTime);
  const feedbackOverdue = Math.round((feedbackInRemit - feedbackOnTime) * (0.3 + 0.3 * random()));
  const feedbackSatisfied = Math.round(feedbackTotal * L.feedbackSatisfied);
  return {
    received,
    receivedOnline,
    fullyOnline,
    processedEarly,
    processedOnTime,
    processedLate,
    pendingWithinDeadline,
    pendingOverdue,
    returnedOrWithdrawn,
    feeBearing,
    paidOnline,
    digitisedComponents,
    electronicResults,
    populationDbUsed:
      L.populationDb === null
        ? null
        : Math.round(received * at(L.populationDb, profile.qualityLogit / 2)),
    dataReused:
      L.dataReuse === null ? null : Math.round(received * at(L.dataReuse, profile.qualityLogit)),
    satisfactionRemit: L.satisfaction === null ? null : processed,
    satisfied: L.satisfaction === null ? null : Math.round(processed * L.satisfaction),
    feedbackTotal,
    feedbackInRemit,
    feedbackOnTime,
    feedbackSatisfied,
    feedbackOverdue,
  };
}

/** When a story effect is read for a month: its last instant covered by the data. */
function effectInstant(x: number, status: MonthStatus): number {
  return status.fraction >= 1 ? monthEnd(x) - 1 : status.asOfMs;
}

// ---------------------------------------------------------------- former provinces (< 7/2025)

const formerCache = new Map<string, DossierCounts>();

/** A former province's month (months before July 2025), or null when not available. */
export function formerMonth(ctx: GenContext, code: string, x: number): DossierCounts | null {
  const status = monthStatus(x, ctx.nowMs);
  if (!status.available || x < 0) return null;
  const key = `${ctx.seed}|${storyKey(ctx)}|${code}|${x}|${status.fraction >= 1 ? 'final' : status.asOfMs}`;
  const hit = formerCache.get(key);
  if (hit) return hit;
  const model = seedModel(ctx.seed);
  const shares = formerShares(ctx, code, x, effectInstant(x, status));
  const counts = cellCounts(
    ctx.seed,
    [201, Number(code), x],
    expectedVolume(model, code, x),
    shareLogits(shares),
    PROVINCE_PROFILE,
    status,
    0,
  );
  remember(formerCache, key, counts);
  return counts;
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size > 20_000) cache.clear();
  cache.set(key, value);
}

function storyKey(ctx: GenContext): string {
  return ctx.stories
    .filter((s) => s.id === 'online-rise' || s.id === 'late-spike')
    .map((s) => `${s.id}@${s.startMs}@${s.province}@${s.target ?? ''}`)
    .join(';');
}

// ------------------------------------------------------------ current provinces (≥ 7/2025)

export interface Cell {
  /** department id, or the commune code for commune procedures */
  readonly handler: string;
  readonly level: 'department' | 'commune';
  readonly procedure: Procedure;
  readonly counts: DossierCounts;
}

/** Share of a province's dossiers handled by departments (the rest by communes): assumption. */
export const DEPARTMENT_SHARE = 0.38;

const DEPARTMENT_WEIGHT = DEPARTMENT_PROCEDURES.reduce((s, p) => s + p.weight, 0);
const COMMUNE_WEIGHT = COMMUNE_PROCEDURES.reduce((s, p) => s + p.weight, 0);

function communeSize(seed: number, provinceCode: string, c: Commune, i: number): number {
  const kind = c.kind === 'ward' ? 1.5 : c.kind === 'special-zone' ? 0.7 : 1;
  return kind * (0.6 + 0.8 * noise(seed, 301, Number(provinceCode), i));
}

function communeOffset(seed: number, provinceCode: string, i: number, k: number): number {
  return gaussianNoise(seed, 302, Number(provinceCode), i, k);
}

interface CommuneProfile {
  readonly onlineOffset: number;
  readonly lateOffset: number;
  readonly qualityOffset: number;
  /** share of the province's commune-level dossiers */
  readonly weight: number;
}

const communeProfileCache = new Map<string, CommuneProfile[]>();

/** Per-commune offsets and sizes: fixed for a seed, so computed once. */
function communeProfiles(seed: number, provinceCode: string): CommuneProfile[] {
  const key = `${seed}|${provinceCode}`;
  const hit = communeProfileCache.get(key);
  if (hit) return hit;
  const communes = communesOf(provinceCode);
  const sizes = communes.map((c, i) => communeSize(seed, provinceCode, c, i));
  const sizeSum = sizes.reduce((s, v) => s + v, 0);
  const profiles = communes.map((_, ci) => ({
    onlineOffset: 0.35 * communeOffset(seed, provinceCode, ci, 1),
    lateOffset: 0.45 * communeOffset(seed, provinceCode, ci, 2),
    qualityOffset: 0.25 * communeOffset(seed, provinceCode, ci, 3),
    weight: (sizes[ci] ?? 1) / sizeSum,
  }));
  if (communeProfileCache.size > 200) communeProfileCache.clear();
  communeProfileCache.set(key, profiles);
  return profiles;
}

const cellCache = new Map<string, Cell[]>();

/** Forgets every cached month (tests of determinism regenerate from scratch). */
export function clearDossierCaches(): void {
  lateCache.clear();
  cellCache.clear();
  formerCache.clear();
  communeProfileCache.clear();
}

/** Every cell of a current province for a month from July 2025, or null when not available. */
export function provinceCells(ctx: GenContext, provinceCode: string, x: number): Cell[] | null {
  if (x < REFORM_MONTH_INDEX) return null;
  const status = monthStatus(x, ctx.nowMs);
  if (!status.available) return null;
  // A running month changes with each daily delivery: its as-of time is part of the key.
  const key = `${ctx.seed}|${storyKey(ctx)}|${provinceCode}|${x}|${status.fraction >= 1 ? 'final' : status.asOfMs}`;
  const hit = cellCache.get(key);
  if (hit) return hit;
  const model = seedModel(ctx.seed);
  const at = effectInstant(x, status);
  const volume = currentVolume(model, provinceCode, x);
  // Province shares: volume-weighted over the former units, story shift applied once.
  const shares = {} as Shares;
  const parts = constituents(provinceCode).map((code) => ({
    w: expectedVolume(model, code, x),
    s: formerShares(ctx, code, x, at),
  }));
  const wsum = parts.reduce((s, p) => s + p.w, 0);
  for (const id of SHARE_IDS) {
    let acc = 0;
    let missing = false;
    for (const p of parts) {
      const v = p.s[id];
      if (v === null) missing = true;
      else acc += v * p.w;
    }
    shares[id] = missing ? null : acc / wsum;
  }

  interface Spec {
    readonly keys: readonly number[];
    readonly expected: number;
    readonly profile: CellProfile;
    readonly spike: number;
    readonly handler: string;
    readonly level: Cell['level'];
    readonly procedure: Procedure;
  }
  const specs: Spec[] = [];
  const pc = Number(provinceCode);
  for (const [pi, proc] of DEPARTMENT_PROCEDURES.entries()) {
    specs.push({
      keys: [211, pc, x, pi],
      expected: (volume * DEPARTMENT_SHARE * proc.weight) / DEPARTMENT_WEIGHT,
      profile: {
        onlineLogit: Math.log(proc.online),
        lateLogit: Math.log(proc.late),
        qualityLogit: 0.2 * gaussianNoise(ctx.seed, 303, pc, pi),
        days: proc.days,
        feeShare: proc.fee ? 0.95 : 0,
      },
      spike: spikeFor(ctx, provinceCode, proc.handler, at),
      handler: proc.handler,
      level: 'department',
      procedure: proc,
    });
  }
  const communes = communesOf(provinceCode);
  const profiles = communeProfiles(ctx.seed, provinceCode);
  for (const [ci, commune] of communes.entries()) {
    const { onlineOffset, lateOffset, qualityOffset, weight } = profiles[ci] as CommuneProfile;
    const communeVolume = volume * (1 - DEPARTMENT_SHARE) * weight;
    for (const [pi, proc] of COMMUNE_PROCEDURES.entries()) {
      specs.push({
        keys: [212, pc, x, ci, pi],
        expected: (communeVolume * proc.weight) / COMMUNE_WEIGHT,
        profile: {
          onlineLogit: Math.log(proc.online) + onlineOffset,
          lateLogit: Math.log(proc.late) + lateOffset,
          qualityLogit: qualityOffset,
          days: proc.days,
          feeShare: proc.fee ? 0.95 : 0,
        },
        spike: 0,
        handler: commune.code,
        level: 'commune',
        procedure: proc,
      });
    }
  }
  // The cells' offsets (procedures, communes) must not move the province's shares: recentre
  // each share so that the volume-weighted breakdown pools to the province model.
  const base = shareLogits(shares);
  const by = (weight: (s: Spec) => number, offset: (s: Spec) => number) =>
    specs.map((sp) => ({ w: weight(sp), o: offset(sp) }));
  const vol = (sp: Spec): number => sp.expected;
  const online = (sp: Spec): number => sp.profile.onlineLogit;
  const quality = (sp: Spec): number => sp.profile.qualityLogit;
  const L: ShareLogits = {
    ...base,
    fully: shift(base.fully, recentre(base.fully, by(vol, online))),
    filing: shift(base.filing, recentre(base.filing, by(vol, online))),
    payment: shift(
      base.payment,
      recentre(
        base.payment,
        by((sp) => sp.expected * sp.profile.feeShare, online),
      ),
    ),
    digitised: shift(base.digitised, recentre(base.digitised, by(vol, quality))),
    eResults: shift(base.eResults, recentre(base.eResults, by(vol, quality))),
    late:
      base.late +
      recentre(
        base.late,
        by(vol, (sp) => sp.profile.lateLogit),
      ),
  };
  const cells: Cell[] = specs.map((sp) => ({
    handler: sp.handler,
    level: sp.level,
    procedure: sp.procedure,
    counts: cellCounts(ctx.seed, sp.keys, sp.expected, L, sp.profile, status, sp.spike),
  }));
  remember(cellCache, key, cells);
  return cells;
}

function spikeFor(ctx: GenContext, provinceCode: string, departmentId: string, t: number): number {
  let ramp = 0;
  for (const s of ctx.stories) {
    if (s.id === 'late-spike')
      ramp = Math.max(ramp, lateSpikeRamp(s, provinceCode, departmentId, t));
  }
  return ramp;
}

const handlerTotalsCache = new WeakMap<readonly Cell[], ReadonlyMap<string, DossierCounts>>();
const provinceTotalCache = new WeakMap<readonly Cell[], DossierCounts>();

/** Totals of a month's cells by handler (department id or commune code), computed once. */
export function handlerTotals(cells: readonly Cell[]): ReadonlyMap<string, DossierCounts> {
  const hit = handlerTotalsCache.get(cells);
  if (hit) return hit;
  const out = new Map<string, DossierCounts>();
  for (const c of cells) {
    let total = out.get(c.handler);
    if (!total) {
      total = emptyCounts(true);
      out.set(c.handler, total);
    }
    addInto(total, c.counts);
  }
  handlerTotalsCache.set(cells, out);
  return out;
}

/** Total of a handler's cells (a copy), or of every cell. */
export function totalOf(cells: readonly Cell[], handler?: string): DossierCounts {
  if (handler !== undefined) {
    const t = handlerTotals(cells).get(handler);
    const out = emptyCounts(true);
    if (t) addInto(out, t);
    return out;
  }
  let total = provinceTotalCache.get(cells);
  if (!total) {
    total = sumCells(cells);
    provinceTotalCache.set(cells, total);
  }
  const out = emptyCounts(true);
  addInto(out, total);
  return out;
}

export function sumCells(
  cells: readonly Cell[],
  filter: (c: Cell) => boolean = () => true,
): DossierCounts {
  const total = emptyCounts(true);
  for (const c of cells) if (filter(c)) addInto(total, c.counts);
  return total;
}

/** A current province's month: the sum of its breakdown (from July 2025). */
export function currentMonth(
  ctx: GenContext,
  provinceCode: string,
  x: number,
): DossierCounts | null {
  if (x < REFORM_MONTH_INDEX) {
    // Before the reform a current unit is the sum of its former units (for national totals).
    let total: DossierCounts | null = null;
    for (const code of constituents(provinceCode)) {
      const part = formerMonth(ctx, code, x);
      if (part === null) return null;
      total ??= emptyCounts(true);
      addInto(total, part);
    }
    return total;
  }
  const cells = provinceCells(ctx, provinceCode, x);
  return cells === null ? null : totalOf(cells);
}

// ------------------------------------------------------------------------- late dossier list

export interface LateDossier {
  readonly dossierCode: string;
  readonly procedureCode: string;
  readonly procedureName: string;
  /** department id, or null for a commune dossier */
  readonly departmentId: string | null;
  /** the unit handling it: "92.so-nnmt" or a 5-digit commune code */
  readonly unitCode: string;
  readonly unitName: string;
  readonly receivedAt: string;
  readonly dueAt: string;
  readonly processedAt: string | null;
  readonly daysLate: number;
  readonly status: 'pending-overdue' | 'processed-late';
}

/** Adds n working days (Mon–Fri) to an instant. */
export function addWorkingDays(t: number, n: number): number {
  let out = t;
  let left = n;
  while (left > 0) {
    out += DAY;
    const dow = vnDayOfWeek(out);
    if (dow !== 0 && dow !== 6) left -= 1;
  }
  return out;
}

function subtractWorkingDays(t: number, n: number): number {
  let out = t;
  let left = n;
  while (left > 0) {
    out -= DAY;
    const dow = vnDayOfWeek(out);
    if (dow !== 0 && dow !== 6) left -= 1;
  }
  return out;
}

/**
 * Late dossiers of a province at the last delivery: those pending past their deadline (the
 * snapshot) and those processed late during the running month. Synthetic dossier codes.
 * Sorted by days late, most late first.
 */
const lateCache = new Map<string, LateDossier[]>();

export function lateDossiers(
  ctx: GenContext,
  provinceCode: string,
  isoOf: (ms: number) => string,
): LateDossier[] {
  const asOf = latestDelivery(ctx.nowMs);
  const key = `${ctx.seed}|${storyKey(ctx)}|${provinceCode}|${asOf}`;
  const hit = lateCache.get(key);
  if (hit) return hit;
  const list = computeLateDossiers(ctx, provinceCode, isoOf, asOf);
  if (lateCache.size > 20) lateCache.clear();
  lateCache.set(key, list);
  return list;
}

function computeLateDossiers(
  ctx: GenContext,
  provinceCode: string,
  isoOf: (ms: number) => string,
  asOf: number,
): LateDossier[] {
  const x = monthIndexAt(asOf);
  const cells = provinceCells(ctx, provinceCode, x);
  if (cells === null) return [];
  const communes = new Map(communesOf(provinceCode).map((c) => [c.code, c.name]));
  const out: LateDossier[] = [];
  const pc = Number(provinceCode);
  for (const [ci, cell] of cells.entries()) {
    const isDept = cell.level === 'department';
    const unitCode = isDept ? `${provinceCode}.${cell.handler}` : cell.handler;
    const unitName = isDept
      ? (mockDepartment(cell.handler)?.name ?? cell.handler)
      : (communes.get(cell.handler) ?? cell.handler);
    const items: { status: LateDossier['status']; n: number }[] = [
      { status: 'pending-overdue', n: cell.counts.pendingOverdue },
      { status: 'processed-late', n: cell.counts.processedLate },
    ];
    for (const { status, n } of items) {
      for (let j = 0; j < n; j++) {
        const u = noise(ctx.seed, 401, pc, x, ci, j, status === 'pending-overdue' ? 1 : 2);
        const v = noise(ctx.seed, 402, pc, x, ci, j, status === 'pending-overdue' ? 1 : 2);
        const daysLate = 1 + Math.floor(u * u * (status === 'pending-overdue' ? 30 : 12));
        const processedAt =
          status === 'processed-late'
            ? Math.max(monthStart(x) + 9 * HOUR, asOf - Math.floor(v * (asOf - monthStart(x))))
            : null;
        const dueBase = (processedAt ?? asOf) - daysLate * DAY;
        const dueAt = startOfDayAt(dueBase, 17);
        const receivedAt =
          startOfDayAt(subtractWorkingDays(dueAt, cell.procedure.days), 8) +
          Math.floor(v * 8) * HOUR;
        out.push({
          dossierCode: dossierCode(provinceCode, cell, receivedAt, out.length + 1),
          procedureCode: cell.procedure.code,
          procedureName: cell.procedure.name,
          departmentId: isDept ? cell.handler : null,
          unitCode,
          unitName,
          receivedAt: isoOf(receivedAt),
          dueAt: isoOf(dueAt),
          processedAt: processedAt === null ? null : isoOf(processedAt),
          daysLate,
          status,
        });
      }
    }
  }
  out.sort((a, b) => b.daysLate - a.daysLate || a.dossierCode.localeCompare(b.dossierCode));
  return out;
}

function startOfDayAt(t: number, hour: number): number {
  const v = toVnDateTime(t);
  return fromVnDateTime(v.year, v.month, v.day, hour);
}

function dossierCode(provinceCode: string, cell: Cell, receivedAt: number, seq: number): string {
  const v = toVnDateTime(receivedAt);
  const yymmdd = `${String(v.year % 100).padStart(2, '0')}${String(v.month).padStart(2, '0')}${String(v.day).padStart(2, '0')}`;
  const agency =
    cell.level === 'department'
      ? `${PROCEDURES.indexOf(cell.procedure) + 10}`
      : cell.handler.slice(-3);
  return `000.00.${agency}.H${provinceCode}-${yymmdd}-${String(seq).padStart(4, '0')}`;
}
