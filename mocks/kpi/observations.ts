import { ADMIN_UNITS } from '../../src/catalog/admin-units';
import { KPI_DEFINITIONS, getKpi } from '../../src/catalog/kpis/registry';
import { getDataSource } from '../../src/catalog/sources';
import type { FreshnessContract } from '../../src/domain/freshness/contract';
import type { KpiDefinition } from '../../src/domain/kpi/definition';
import { fromVnDateTime } from '../../src/domain/time/zone';
import { communesOf, provinceOfCommune } from '../data/places';
import { mockDepartment, parseDepartmentUnitCode } from '../data/procedures';
import { gaussianNoise, hashSeed } from '../random';
import {
  HISTORY_START_YEAR,
  REFORM_MONTH_INDEX,
  monthIndex,
  monthIndexAt,
  monthText,
  vnIso,
} from '../time';
import {
  currentMonth,
  formerMonth,
  monthStatus,
  processedOf,
  provinceCells,
  totalOf,
  type DossierCounts,
  type GenContext,
} from './dossiers';
import {
  EGDI_HISTORY,
  INDEX766_FIRST_MONTH,
  dtiYear,
  dtiYearsPublished,
  egdiPublishedAt,
  index766Month,
  index766PublishedAt,
} from './indices';
import {
  CURRENT_CODES,
  FORMER_CODES,
  SHARE_SPECS,
  anchorLogit,
  currentMaturity,
  currentShare,
  formerMaturity,
  formerShare,
  logit,
  seedModel,
  sigmoid,
  type ShareId,
} from './model';

/**
 * KPI observations on the wire (GET /kpi-observations, src/data/contracts/kpi-observation.ts)
 * for every catalogue KPI that a KPI feed serves (sensor KPIs come from SensorThings), for:
 * - a province code: the 63 former units for periods before July 2025, the 34 current units
 *   from July 2025 (a code such as "44" names Quảng Bình before and Quảng Trị after);
 * - "VN": the country (online dossier share with the ministries' block, EGDI ranks);
 * - a 5-digit commune code or "NN.department-id" (from July 2025, dossier KPIs).
 */
export interface KpiObservationDTO {
  indicatorId: string;
  unitCode: string;
  period: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
  target?: number;
  source: string;
  asOf: string;
  method?: string;
  status: 'provisional' | 'final';
}

export const NATIONAL_UNIT = 'VN';

type UnitRef =
  | { kind: 'national' }
  | { kind: 'province'; code: string }
  | { kind: 'commune'; code: string; province: string }
  | { kind: 'department'; code: string; province: string; departmentId: string };

export function unitRef(code: string): UnitRef | null {
  if (code === NATIONAL_UNIT) return { kind: 'national' };
  if (/^\d{2}$/.test(code)) {
    const known =
      ADMIN_UNITS.formerByCode(code)?.code === code ||
      ADMIN_UNITS.currentByCode(code)?.code === code;
    return known ? { kind: 'province', code } : null;
  }
  if (/^\d{5}$/.test(code)) {
    const province = provinceOfCommune(code);
    return province === undefined ? null : { kind: 'commune', code, province };
  }
  const dept = parseDepartmentUnitCode(code);
  if (dept && ADMIN_UNITS.currentByCode(dept.provinceCode)?.code === dept.provinceCode) {
    return {
      kind: 'department',
      code,
      province: dept.provinceCode,
      departmentId: dept.departmentId,
    };
  }
  return null;
}

/** Name of a unit for source texts. */
export function unitName(ref: UnitRef, monthIdx: number): string {
  switch (ref.kind) {
    case 'national':
      return 'cả nước';
    case 'province': {
      const unit =
        monthIdx < REFORM_MONTH_INDEX
          ? ADMIN_UNITS.formerByCode(ref.code)
          : ADMIN_UNITS.currentByCode(ref.code);
      return unit?.fullName ?? ref.code;
    }
    case 'commune': {
      const c = communesOf(ref.province).find((x) => x.code === ref.code);
      return `${c?.name ?? ref.code}, ${ADMIN_UNITS.currentByCode(ref.province)?.name ?? ''}`;
    }
    case 'department':
      return `${mockDepartment(ref.departmentId)?.name ?? ref.departmentId} ${ADMIN_UNITS.currentByCode(ref.province)?.name ?? ''}`;
  }
}

const MOCK = '(dữ liệu mô phỏng)';

function sourceText(def: KpiDefinition, ref: UnitRef, x: number): string {
  const source = getDataSource(def.sourceId)?.name.vi ?? def.sourceId;
  return `${source} — ${unitName(ref, x)} ${MOCK}`.slice(0, 200);
}

function methodText(def: KpiDefinition): string | undefined {
  if (!def.ratio) return undefined;
  return `${def.ratio.numerator.vi} / ${def.ratio.denominator.vi}`.slice(0, 500);
}

/** Catalogue target for a period year: the first target year at or after it (levels any/province). */
function targetFor(def: KpiDefinition, year: number): number | undefined {
  const candidates = def.targets
    .filter((t) => (t.level === 'any' || t.level === 'province') && t.year >= year)
    .sort((a, b) => a.year - b.year);
  return candidates[0]?.value;
}

/** Bình Định's own monthly targets of 10/2023 (kpis.md §4), for the former unit 52 in 2023. */
const BINH_DINH_2023_TARGETS: Readonly<Record<string, number>> = {
  'dossiers.online-filing-share': 50,
  'dossiers.online-payment-share': 35,
  'dossiers.digitised-components-share': 60,
  'dossiers.electronic-results-share': 100,
  'dossiers.population-db-use-share': 100,
};

function observationTarget(
  def: KpiDefinition,
  ref: UnitRef,
  x: number,
  year: number,
): number | undefined {
  if (ref.kind === 'province' && ref.code === '52' && x < REFORM_MONTH_INDEX && year === 2023) {
    const t = BINH_DINH_2023_TARGETS[def.id];
    if (t !== undefined) return t;
  }
  return targetFor(def, year);
}

const round2 = (v: number): number => Math.round(v * 100) / 100;

type Extract =
  | { kind: 'ratio'; f: (c: DossierCounts) => [number | null, number | null] }
  | { kind: 'count'; f: (c: DossierCounts) => number };

/** Dossier-derived KPIs: numerator and denominator (or a count) from the counts. */
const DOSSIER_KPIS: Readonly<Record<string, Extract>> = {
  'dossiers.received': { kind: 'count', f: (c) => c.received },
  'dossiers.received-online': { kind: 'count', f: (c) => c.receivedOnline },
  'dossiers.processed-early': { kind: 'count', f: (c) => c.processedEarly },
  'dossiers.processed-on-time': { kind: 'count', f: (c) => c.processedOnTime },
  'dossiers.processed-late': { kind: 'count', f: (c) => c.processedLate },
  'dossiers.pending-within-deadline': { kind: 'count', f: (c) => c.pendingWithinDeadline },
  'dossiers.pending-overdue': { kind: 'count', f: (c) => c.pendingOverdue },
  'dossiers.returned-withdrawn': { kind: 'count', f: (c) => c.returnedOrWithdrawn },
  'dossiers.on-time-share': {
    kind: 'ratio',
    f: (c) => [c.processedEarly + c.processedOnTime, processedOf(c)],
  },
  'dossiers.online-filing-share': { kind: 'ratio', f: (c) => [c.receivedOnline, c.received] },
  'dossiers.online-payment-share': { kind: 'ratio', f: (c) => [c.paidOnline, c.feeBearing] },
  'dossiers.digitised-components-share': {
    kind: 'ratio',
    f: (c) => [c.digitisedComponents, c.received],
  },
  'dossiers.electronic-results-share': {
    kind: 'ratio',
    f: (c) => [c.electronicResults, processedOf(c)],
  },
  'dossiers.digitised-data-reuse-share': { kind: 'ratio', f: (c) => [c.dataReused, c.received] },
  'dossiers.population-db-use-share': {
    kind: 'ratio',
    f: (c) => [c.populationDbUsed, c.received],
  },
  'dvc.online-dossier-share': { kind: 'ratio', f: (c) => [c.fullyOnline, c.received] },
  'dvc.satisfaction': { kind: 'ratio', f: (c) => [c.satisfied, c.satisfactionRemit] },
  'feedback.handled-on-time-share': {
    kind: 'ratio',
    f: (c) => [c.feedbackOnTime, c.feedbackInRemit],
  },
  'feedback.satisfaction-share': {
    kind: 'ratio',
    f: (c) => [c.feedbackSatisfied, c.feedbackTotal],
  },
  'feedback.overdue': { kind: 'count', f: (c) => c.feedbackOverdue },
};

/** Share of procedures offered online (dx monthly report): numerator of a procedure list. */
const SERVICE_KPIS: Readonly<Record<string, ShareId>> = {
  'dvc.full-online-services': 'services-full',
  'dvc.partial-online-services': 'services-partial',
};

/** KPIs that SensorThings serves, not the KPI feed. */
const SENSOR_CATEGORIES = new Set(['air-quality', 'water', 'traffic']);

/** Ministries and central agencies, for the national online dossier share (kpis.md §4). */
export const MINISTRIES_2024_SHARE = 0.6347;
export const NATIONAL_2024_SHARE = 0.458;
const MINISTRY_ANCHORS = {
  id: 'fully-online' as const,
  anchors: [
    [monthIndex(2020, 1), 0.03],
    [monthIndex(2021, 6), 0.08],
    [monthIndex(2023, 6), 0.42],
    [monthIndex(2024, 6), MINISTRIES_2024_SHARE],
    [monthIndex(2026, 12), 0.78],
  ] as const,
  spread: 0,
  firstMonth: 0,
  noise: 0,
  pins: [],
  basis: '',
};

// --------------------------------------------------------------------------- availability

interface Slot {
  readonly period: string;
  /** month index, or the month index of December for a year */
  readonly x: number;
  readonly year: number;
  readonly asOfMs: number;
  readonly final: boolean;
}

function deadline16(year: number, month: number, day: number): number {
  return fromVnDateTime(year, month, day, 16, 30);
}

/** Periods a KPI has data for at `nowMs`, oldest first, per its freshness contract. */
function slots(def: KpiDefinition, nowMs: number, firstMonth: number): Slot[] {
  const f: FreshnessContract = def.freshness;
  const out: Slot[] = [];
  const lastX = monthIndexAt(nowMs);
  if (f.kind === 'yearly') {
    const lastYear = lastX / 12 + HISTORY_START_YEAR;
    for (
      let y = Math.max(HISTORY_START_YEAR, Math.floor(firstMonth / 12) + HISTORY_START_YEAR);
      y <= lastYear;
      y++
    ) {
      const publish = deadline16(y + 1, f.byMonth, Math.min(f.byDay, 28));
      if (publish <= nowMs) {
        out.push({
          period: String(y),
          x: monthIndex(y, 12),
          year: y,
          asOfMs: publish,
          final: true,
        });
      }
    }
    return out;
  }
  for (let x = Math.max(0, firstMonth); x <= lastX; x++) {
    const year = Math.floor(x / 12) + HISTORY_START_YEAR;
    if (f.kind === 'monthly') {
      const { year: ny, month: nm } = {
        year: Math.floor((x + 1) / 12) + HISTORY_START_YEAR,
        month: ((x + 1) % 12) + 1,
      };
      const publish = deadline16(ny, nm, Math.min(f.byDay, 28));
      if (publish <= nowMs)
        out.push({ period: monthText(x), x, year, asOfMs: publish, final: true });
    } else {
      const st = monthStatus(x, nowMs);
      if (st.available)
        out.push({ period: monthText(x), x, year, asOfMs: st.asOfMs, final: st.final });
    }
  }
  return out;
}

/** Whether a province code names a unit of the set in force for a month. */
export function provinceInForce(code: string, x: number): boolean {
  return x < REFORM_MONTH_INDEX
    ? ADMIN_UNITS.formerByCode(code)?.code === code
    : ADMIN_UNITS.currentByCode(code)?.code === code;
}

// ------------------------------------------------------------------------------ generation

function dossierCountsFor(ctx: GenContext, ref: UnitRef, x: number): DossierCounts | null {
  switch (ref.kind) {
    case 'province':
      if (!provinceInForce(ref.code, x)) return null;
      return x < REFORM_MONTH_INDEX
        ? formerMonth(ctx, ref.code, x)
        : currentMonth(ctx, ref.code, x);
    case 'commune': {
      const cells = provinceCells(ctx, ref.province, x);
      return cells === null ? null : totalOf(cells, ref.code);
    }
    case 'department': {
      const cells = provinceCells(ctx, ref.province, x);
      return cells === null ? null : totalOf(cells, ref.departmentId);
    }
    case 'national': {
      // The country from the latent model of the 63 former provinces, before and after the
      // merger alike: a national series costs 63 cells a month instead of ≈ 28,000 (the sum of
      // the 34 provinces' reported breakdowns differs from it by sampling noise, < 0.5 %).
      let total: DossierCounts | null = null;
      for (const code of FORMER_CODES) {
        const part = formerMonth(ctx, code, x);
        if (part === null) return null;
        if (total === null) total = { ...part };
        else {
          for (const [k, v] of Object.entries(part) as [keyof DossierCounts, number | null][]) {
            const t = total[k];
            if (v !== null) (total as unknown as Record<string, number | null>)[k] = (t ?? 0) + v;
          }
        }
      }
      return total;
    }
  }
}

const ministryFactorCache = new Map<number, number>();

export function clearObservationCaches(): void {
  ministryFactorCache.clear();
}

/**
 * Size of the ministries' block relative to the provinces', solved so that the national share
 * of dossiers processed fully online in 2024 is exactly 45.8 % (kpis.md §4).
 */
function ministryFactor(ctx: GenContext): number {
  const hit = ministryFactorCache.get(ctx.seed);
  if (hit !== undefined) return hit;
  // 2024 is long closed: evaluate it at a fixed late instant so the factor never depends on now.
  const past: GenContext = { seed: ctx.seed, nowMs: fromVnDateTime(2025, 3, 1), stories: [] };
  let np = 0;
  let dp = 0;
  let smDp = 0;
  for (let x = monthIndex(2024, 1); x <= monthIndex(2024, 12); x++) {
    const c = dossierCountsFor(past, { kind: 'national' }, x);
    if (c === null) continue;
    np += c.fullyOnline;
    dp += c.received;
    smDp += ministryShare(x) * c.received;
  }
  const k = (NATIONAL_2024_SHARE * dp - np) / (smDp - NATIONAL_2024_SHARE * dp);
  ministryFactorCache.set(ctx.seed, k);
  return k;
}

function ministryShare(x: number): number {
  return sigmoid(anchorLogit(MINISTRY_ANCHORS, x));
}

function withRatio(
  base: Omit<KpiObservationDTO, 'value'>,
  num: number | null,
  den: number | null,
): KpiObservationDTO | null {
  if (num === null || den === null || den <= 0) return null;
  return { ...base, value: round2((100 * num) / den), numerator: num, denominator: den };
}

/**
 * Observations of one KPI for one unit, oldest first, every period available at ctx.nowMs.
 * Empty for an unknown KPI or unit, or a KPI the KPI feed does not serve.
 */
export function observationsFor(
  ctx: GenContext,
  indicatorId: string,
  unitCode: string,
  wanted: (period: string) => boolean = () => true,
): KpiObservationDTO[] {
  const def = getKpi(indicatorId);
  const ref = unitRef(unitCode);
  if (!def || !ref || SENSOR_CATEGORIES.has(def.category)) return [];

  const dossier = DOSSIER_KPIS[def.id];
  if (dossier) return dossierObservations(ctx, def, ref, dossier, wanted);
  const service = SERVICE_KPIS[def.id];
  if (service) return serviceObservations(ctx, def, ref, service, wanted);
  switch (def.id) {
    case 'index766.total':
    case 'rank.index766':
      return index766Observations(ctx, def, ref, wanted);
    case 'dti.score':
    case 'rank.dti':
      return dtiObservations(ctx, def, ref, wanted);
    case 'rank.egdi':
    case 'rank.epi':
    case 'rank.ogdi':
      return egdiObservations(ctx, def, ref).filter((o) => wanted(o.period));
  }
  return genericObservations(ctx, def, ref, wanted);
}

/**
 * The expensive part of a unit's dossier observations, one step per month: a current month
 * sums a province's ≈ 800 procedure cells, an earlier one builds the former units' months. A caller that must not block (the browser worker
 * runs handlers on the page's main thread) runs these steps first, yielding between them; the
 * observations are then read from the filled caches. Other KPIs are cheap: no steps.
 */
export function* warmSteps(
  ctx: GenContext,
  indicatorId: string,
  unitCode: string,
  wanted: (period: string) => boolean = () => true,
): Generator<void> {
  const def = getKpi(indicatorId);
  const ref = unitRef(unitCode);
  if (!def || !ref || !DOSSIER_KPIS[def.id]) return;
  for (const slot of slots(def, ctx.nowMs, 0)) {
    if (!wanted(slot.period)) continue;
    dossierCountsFor(ctx, ref, slot.x);
    yield;
  }
}

function dossierObservations(
  ctx: GenContext,
  def: KpiDefinition,
  ref: UnitRef,
  extract: Extract,
  wanted: (period: string) => boolean,
): KpiObservationDTO[] {
  const first = def.id === 'dvc.satisfaction' ? SHARE_SPECS.satisfaction.firstMonth : 0;
  const onlyNew = ref.kind === 'commune' || ref.kind === 'department';
  const out: KpiObservationDTO[] = [];
  const factor =
    ref.kind === 'national' && def.id === 'dvc.online-dossier-share' ? ministryFactor(ctx) : 0;
  for (const slot of slots(def, ctx.nowMs, onlyNew ? REFORM_MONTH_INDEX : first)) {
    if (!wanted(slot.period)) continue;
    const c = dossierCountsFor(ctx, ref, slot.x);
    if (c === null) continue;
    const base = {
      indicatorId: def.id,
      unitCode: ref.kind === 'national' ? NATIONAL_UNIT : unitCodeOf(ref),
      period: slot.period,
      source:
        factor > 0
          ? `Cổng Dịch vụ công quốc gia — bộ, ngành và 63/34 tỉnh ${MOCK}`
          : sourceText(def, ref, slot.x),
      asOf: vnIso(slot.asOfMs),
      status: slot.final ? ('final' as const) : ('provisional' as const),
    };
    const target = observationTarget(def, ref, slot.x, slot.year);
    const method = methodText(def);
    const decorated = {
      ...base,
      ...(target === undefined ? {} : { target }),
      ...(method === undefined ? {} : { method }),
    };
    if (extract.kind === 'count') {
      out.push({ ...decorated, value: extract.f(c) });
      continue;
    }
    let [num, den] = extract.f(c);
    if (factor > 0 && num !== null && den !== null) {
      const ministryDen = Math.round(factor * den);
      num += Math.round(ministryShare(slot.x) * ministryDen);
      den += ministryDen;
    }
    const obs = withRatio(decorated, num, den);
    if (obs) out.push(obs);
  }
  return out;
}

function unitCodeOf(ref: UnitRef): string {
  return ref.kind === 'national' ? NATIONAL_UNIT : ref.code;
}

/** Procedures a province publishes (about 1,900 before the reform, 2,050 after): assumption. */
function procedureCount(seed: number, code: string, x: number): number {
  const base = x < REFORM_MONTH_INDEX ? 1900 : 2050;
  return Math.round(
    base + 120 * gaussianNoise(seed, 701, Number(code), x < REFORM_MONTH_INDEX ? 0 : 1),
  );
}

function serviceObservations(
  ctx: GenContext,
  def: KpiDefinition,
  ref: UnitRef,
  share: ShareId,
  wanted: (period: string) => boolean,
): KpiObservationDTO[] {
  if (ref.kind !== 'province') return [];
  const model = seedModel(ctx.seed);
  const out: KpiObservationDTO[] = [];
  for (const slot of slots(def, ctx.nowMs, 0)) {
    if (!wanted(slot.period) || !provinceInForce(ref.code, slot.x)) continue;
    const s =
      slot.x < REFORM_MONTH_INDEX
        ? formerShare(model, share, ref.code, slot.x)
        : currentShare(model, share, ref.code, slot.x);
    if (s === null) continue;
    const den = procedureCount(ctx.seed, ref.code, slot.x);
    const target = targetFor(def, slot.year);
    const obs = withRatio(
      {
        indicatorId: def.id,
        unitCode: ref.code,
        period: slot.period,
        source: sourceText(def, ref, slot.x),
        asOf: vnIso(slot.asOfMs),
        method: 'Số TTHC cung cấp theo hình thức này / tổng số TTHC công bố',
        status: 'final',
        ...(target === undefined ? {} : { target }),
      },
      Math.round(den * s),
      den,
    );
    if (obs) out.push(obs);
  }
  return out;
}

function index766Observations(
  ctx: GenContext,
  def: KpiDefinition,
  ref: UnitRef,
  wanted: (period: string) => boolean,
): KpiObservationDTO[] {
  if (ref.kind !== 'province') return [];
  const out: KpiObservationDTO[] = [];
  for (let x = INDEX766_FIRST_MONTH; index766PublishedAt(x) <= ctx.nowMs; x++) {
    if (!wanted(monthText(x)) || !provinceInForce(ref.code, x)) continue;
    const row = index766Month(ctx.seed, x).find((r) => r.unitCode === ref.code);
    if (!row) continue;
    out.push({
      indicatorId: def.id,
      unitCode: ref.code,
      period: row.period,
      value: def.id === 'index766.total' ? row.total : row.rank,
      source: row.source,
      asOf: row.asOf,
      method:
        def.id === 'index766.total'
          ? 'Tổng điểm 5 nhóm chỉ số (Quyết định 766/QĐ-TTg)'
          : `Xếp hạng trên ${row.rankOf} tỉnh, thành phố`,
      status: 'final',
    });
  }
  return out;
}

function dtiObservations(
  ctx: GenContext,
  def: KpiDefinition,
  ref: UnitRef,
  wanted: (period: string) => boolean,
): KpiObservationDTO[] {
  if (ref.kind !== 'province') return [];
  const out: KpiObservationDTO[] = [];
  for (const year of dtiYearsPublished(ctx.nowMs)) {
    if (!wanted(String(year))) continue;
    const row = dtiYear(ctx.seed, year).find((r) => r.unitCode === ref.code);
    if (!row) continue;
    out.push({
      indicatorId: def.id,
      unitCode: ref.code,
      period: row.period,
      value: def.id === 'dti.score' ? row.total : row.rank,
      source: row.source,
      asOf: row.asOf,
      method:
        def.id === 'dti.score'
          ? row.maxTotal === 1
            ? 'Thang điểm 0–1 (DTI 2020–2021)'
            : 'Thang 1.000 điểm (Quyết định 922/QĐ-BTTTT)'
          : `Xếp hạng trên ${row.rankOf} tỉnh, thành phố`,
      status: 'final',
    });
  }
  return out;
}

function egdiObservations(ctx: GenContext, def: KpiDefinition, ref: UnitRef): KpiObservationDTO[] {
  if (ref.kind !== 'national') return [];
  return EGDI_HISTORY.filter(
    (h) => h.indicatorId === def.id && egdiPublishedAt(h.year) <= ctx.nowMs,
  ).map((h) => ({
    indicatorId: def.id,
    unitCode: NATIONAL_UNIT,
    period: String(h.year),
    value: h.rank,
    source: `Khảo sát Chính phủ điện tử của Liên Hợp Quốc ${h.year} (${h.source})`,
    asOf: vnIso(egdiPublishedAt(h.year)),
    method: 'Xếp hạng trên 193 quốc gia',
    status: 'final',
  }));
}

/**
 * Every other catalogue KPI (targets of the 749/942/411 programmes, health and education): a
 * generic, clearly synthetic trajectory towards the KPI's 2025 target, spread by the unit's
 * maturity. Units: provinces only.
 */
function genericObservations(
  ctx: GenContext,
  def: KpiDefinition,
  ref: UnitRef,
  wanted: (period: string) => boolean,
): KpiObservationDTO[] {
  if (ref.kind !== 'province') return [];
  const model = seedModel(ctx.seed);
  const kpiKey = hashSeed(def.id) % 100_000;
  const out: KpiObservationDTO[] = [];
  for (const slot of slots(def, ctx.nowMs, 0)) {
    if (!wanted(slot.period) || !provinceInForce(ref.code, slot.x)) continue;
    const z =
      slot.x < REFORM_MONTH_INDEX
        ? formerMaturity(model, ref.code)
        : currentMaturity(model, ref.code);
    const years = slot.x / 12;
    const target = targetFor(def, slot.year);
    const eps = gaussianNoise(ctx.seed, 801, kpiKey, Number(ref.code), slot.x);
    let value: number;
    switch (def.unit) {
      case 'percent': {
        const goal = target ?? 60;
        // From ≈ 45 % of the 2025 target in 2020 to ≈ 95 % in 2025, on a logit path.
        const p = Math.min(0.995, (goal / 100) * (0.45 + 0.1 * Math.min(years, 6.5)));
        value = 100 * sigmoid(logit(Math.max(0.005, p)) + 0.35 * z + 0.05 * eps);
        break;
      }
      case 'per-10k-people': {
        const goal = target ?? (def.id.includes('students') ? 270 : 10);
        value = goal * (0.82 + 0.03 * Math.min(years, 7)) * Math.exp(0.1 * z + 0.01 * eps);
        break;
      }
      case 'percent-per-year':
        value = 5.6 + 0.6 * z + 0.4 * eps;
        break;
      default:
        continue;
    }
    value = Math.min(def.range.max, Math.max(def.range.min, value));
    const base = {
      indicatorId: def.id,
      unitCode: ref.code,
      period: slot.period,
      source: sourceText(def, ref, slot.x),
      asOf: vnIso(slot.asOfMs),
      status: slot.final ? ('final' as const) : ('provisional' as const),
      method: `Quỹ đạo mô phỏng chung hướng tới chỉ tiêu ${MOCK}`,
      ...(target === undefined ? {} : { target }),
    };
    if (def.unit === 'percent' && def.ratio) {
      const den = 400 + (hashSeed(`${def.id}|${ref.code}`) % 1600);
      const obs = withRatio(base, Math.round((den * value) / 100), den);
      if (obs) out.push(obs);
    } else {
      out.push({ ...base, value: round2(value) });
    }
  }
  return out;
}

/** KPI ids the KPI feed serves (for docs and tests). */
export function servedKpiIds(): string[] {
  return KPI_DEFINITIONS.filter((d) => !SENSOR_CATEGORIES.has(d.category)).map((d) => d.id);
}

/** Unit codes a KPI feed knows: VN, the 63 former and 34 current provinces. */
export function provinceAndNationalCodes(): string[] {
  return [NATIONAL_UNIT, ...new Set([...FORMER_CODES, ...CURRENT_CODES])].sort();
}
