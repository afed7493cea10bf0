import { http, HttpResponse } from 'msw';
import { ADMIN_UNITS } from '../../src/catalog/admin-units';
import { parsePeriod, periodEnd } from '../../src/domain/time/period';
import { beginRequest, type RequestContext } from '../context';
import { communesOf } from '../data/places';
import {
  PROCEDURES,
  PROCESSING_DEPARTMENTS,
  departmentUnitCode,
  mockDepartment,
} from '../data/procedures';
import {
  applyRowFault,
  decodeCursor,
  encodeCursor,
  pageSizeFor,
  type Row,
  type RowFaultSpec,
} from '../scenarios/data-faults';
import { problem } from '../scenarios/transport';
import { REFORM_MONTH_INDEX, monthIndexAt, monthText, parseMonthText, vnIso } from '../time';
import {
  addInto,
  currentMonth,
  emptyCounts,
  formerMonth,
  totalOf,
  latestDelivery,
  lateDossiers,
  monthStatus,
  processedOf,
  provinceCells,
  type Cell,
  type DossierCounts,
  type GenContext,
} from './dossiers';
import { sourceHealth } from './health';
import {
  dtiYear,
  dtiYearsPublished,
  index766Month,
  index766PublishedAt,
  INDEX766_FIRST_MONTH,
} from './indices';
import {
  observationsFor,
  provinceAndNationalCodes,
  provinceInForce,
  servedKpiIds,
  unitName,
  unitRef,
  warmSteps,
} from './observations';

/**
 * The KPI REST contract (docs/openapi, src/data/contracts/openapi.ts) and its companions:
 *   GET /kpi-observations     KPI observations (the contract)
 *   GET /dossier-statistics   dossier counts per unit and period (the contract), + breakdown
 *   GET /index-scores         766 index and DTI (the contract), + index filter
 *   GET /procedure-statistics dossier counts per procedure (mock extension)
 *   GET /late-dossiers        the list of overdue / late dossiers (mock extension)
 *   GET /units                communes and departments of a province (mock extension)
 *   GET /source-health        state of every catalogue source (mock extension)
 * docs/mocks.md documents parameters and shapes.
 */
export const KPI_BASE = '*/api/kpi/v1';

const DEFAULT_LIMIT = 1000;
const MAX_LIMIT = 10_000;

class BadRequest extends Error {}

function bad(message: string): never {
  throw new BadRequest(message);
}

/** Repeatable and comma-separated values of a parameter. */
function multi(url: URL, name: string): string[] {
  return url.searchParams
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

interface PeriodFilter {
  readonly exact: string | null;
  readonly fromEnd: number | null;
  readonly toEnd: number | null;
}

function endOf(text: string, name: string): number {
  const p = parsePeriod(text);
  if (!p.ok) bad(`${name}: ${p.error}`);
  return periodEnd(p.value);
}

/**
 * period (exact), periodFrom / periodTo (the contract; by the period's end) and from / to (the
 * same, as the first client sends them).
 */
function periodFilter(url: URL): PeriodFilter {
  const exact = url.searchParams.get('period');
  if (exact !== null) endOf(exact, 'period');
  const from = url.searchParams.get('periodFrom') ?? url.searchParams.get('from');
  const to = url.searchParams.get('periodTo') ?? url.searchParams.get('to');
  return {
    exact,
    fromEnd: from === null ? null : endOf(from, 'periodFrom'),
    toEnd: to === null ? null : endOf(to, 'periodTo'),
  };
}

function periodMatches(period: string, f: PeriodFilter): boolean {
  if (f.exact !== null && period !== f.exact) return false;
  if (f.fromEnd === null && f.toEnd === null) return true;
  const p = parsePeriod(period);
  if (!p.ok) return false;
  const end = periodEnd(p.value);
  return (f.fromEnd === null || end >= f.fromEnd) && (f.toEnd === null || end <= f.toEnd);
}

function limitOf(url: URL, fault: RequestContext['fault']): number {
  const raw = url.searchParams.get('limit');
  let limit = DEFAULT_LIMIT;
  if (raw !== null) {
    if (!/^\d{1,6}$/.test(raw)) bad('limit: expected an integer');
    limit = Number(raw);
    if (limit < 1 || limit > MAX_LIMIT) bad(`limit: expected 1 to ${MAX_LIMIT}`);
  }
  return pageSizeFor(limit, fault);
}

function offsetOf(url: URL): number {
  const cursor = url.searchParams.get('cursor');
  if (cursor === null) return 0;
  const offset = decodeCursor(cursor);
  if (offset === null) bad('cursor: not a cursor this source issued');
  return offset;
}

function paged<T>(rows: readonly T[], url: URL, fault: RequestContext['fault']) {
  const limit = limitOf(url, fault);
  const offset = offsetOf(url);
  const page = rows.slice(offset, offset + limit);
  const next = offset + limit < rows.length ? encodeCursor(offset + limit) : undefined;
  return { page, nextCursor: next };
}

/** Runs a handler with the source's faults and turns BadRequest into a 400 problem. */
function route(
  path: string,
  run: (url: URL, ctx: RequestContext) => Row | Promise<Row>,
  spec: RowFaultSpec | null,
) {
  return http.get(`${KPI_BASE}/${path}`, async ({ request }) => {
    const begun = await beginRequest('kpi');
    if ('response' in begun) return begun.response;
    const { context } = begun;
    try {
      const body = await run(new URL(request.url), context);
      const faulted = spec && context.fault ? applyRowFault(body, context.fault, spec) : body;
      return HttpResponse.json(faulted);
    } catch (e) {
      if (e instanceof BadRequest) return problem(400, 'Bad Request', e.message);
      throw e;
    }
  });
}

// ------------------------------------------------------------------------- fault specs

const OBSERVATION_SPEC: RowFaultSpec = {
  listKey: 'observations',
  timeFields: ['asOf'],
  requiredFields: ['asOf', 'status'],
  textFields: ['source', 'method'],
  outOfRange: (r) =>
    typeof r.denominator === 'number'
      ? { ...r, value: 135.2, numerator: Math.round(r.denominator * 1.352) }
      : { ...r, value: -12 },
};

const STATISTICS_SPEC: RowFaultSpec = {
  listKey: 'statistics',
  timeFields: ['asOf'],
  requiredFields: ['asOf', 'received'],
  textFields: ['source'],
  outOfRange: (r) => ({ ...r, processedLate: -3, pendingOverdue: -1 }),
};

const SCORES_SPEC: RowFaultSpec = {
  listKey: 'scores',
  timeFields: ['asOf'],
  requiredFields: ['asOf', 'total'],
  textFields: ['source'],
  outOfRange: (r) => ({ ...r, total: 180.5 }),
};

const PROCEDURES_SPEC: RowFaultSpec = {
  listKey: 'procedures',
  timeFields: ['asOf'],
  requiredFields: ['asOf', 'received'],
  textFields: ['procedureName', 'source'],
  outOfRange: (r) => ({ ...r, processedLate: -3 }),
};

const LATE_SPEC: RowFaultSpec = {
  listKey: 'dossiers',
  timeFields: ['receivedAt', 'dueAt', 'processedAt'],
  requiredFields: ['dueAt', 'daysLate'],
  textFields: ['procedureName', 'unitName'],
  outOfRange: (r) => ({ ...r, daysLate: -4 }),
};

const UNITS_SPEC: RowFaultSpec = {
  listKey: 'units',
  timeFields: [],
  requiredFields: ['code'],
  textFields: ['name'],
  outOfRange: (r) => ({ ...r, code: '999999' }),
};

// ------------------------------------------------------------------------------ observations

/**
 * Generating a unit's months can take milliseconds each (a current province's month sums its
 * ≈ 800 procedure cells), and MSW in the browser runs handlers on the page's main thread: a
 * request for many units yields to the page between units once a slice of work is done, so
 * that no single task blocks rendering and input for long.
 */
const SLICE_MS = 12;

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function kpiObservations(url: URL, ctx: RequestContext): Promise<Row> {
  const indicators = multi(url, 'indicatorId');
  let units = multi(url, 'unitCode');
  if (indicators.length === 0 && units.length === 0) {
    bad('give indicatorId or unitCode (or both)');
  }
  if (indicators.some((i) => !/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(i)))
    bad('indicatorId: malformed');
  if (units.some((u) => !/^[A-Za-z0-9._-]{1,32}$/.test(u))) bad('unitCode: malformed');
  const filter = periodFilter(url);
  if (units.length === 0) units = provinceAndNationalCodes();
  const ids = indicators.length > 0 ? indicators : allIndicatorIds();
  const rows: Row[] = [];
  let sliceStart = performance.now();
  for (const id of ids) {
    for (const unit of units) {
      const wanted = (p: string) => periodMatches(p, filter);
      const steps = warmSteps(ctx.gen, id, unit, wanted);
      while (steps.next().done !== true) {
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToPage();
          sliceStart = performance.now();
        }
      }
      for (const o of observationsFor(ctx.gen, id, unit, wanted)) {
        rows.push({ ...o });
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
  }
  const { page, nextCursor } = paged(rows, url, ctx.fault);
  return { observations: page, ...(nextCursor ? { nextCursor } : {}) };
}

let servedIds: string[] | null = null;
function allIndicatorIds(): string[] {
  servedIds ??= servedKpiIds();
  return servedIds;
}

// ------------------------------------------------------------------------ dossier statistics

function statisticsRow(
  unitCode: string,
  period: string,
  c: DossierCounts,
  source: string,
  asOfMs: number,
): Row {
  const processed = processedOf(c);
  return {
    unitCode,
    period,
    received: c.received,
    receivedOnline: c.receivedOnline,
    processedEarly: c.processedEarly,
    processedOnTime: c.processedOnTime,
    processedLate: c.processedLate,
    processed,
    pendingWithinDeadline: c.pendingWithinDeadline,
    pendingOverdue: c.pendingOverdue,
    returnedOrWithdrawn: c.returnedOrWithdrawn,
    feeBearing: c.feeBearing,
    paidOnline: c.paidOnline,
    digitisedComponents: c.digitisedComponents,
    electronicResults: c.electronicResults,
    source,
    asOf: vnIso(asOfMs),
  };
}

const ONE_STOP = 'Hệ thống thông tin giải quyết TTHC';

/** Months to report: those matching the filter that have data, from 2020-01 to now. */
function monthsFor(gen: GenContext, filter: PeriodFilter, fromMonth: number): number[] {
  const last = monthIndexAt(latestDelivery(gen.nowMs));
  const out: number[] = [];
  for (let x = Math.max(0, fromMonth); x <= last; x++) {
    if (periodMatches(monthText(x), filter) && monthStatus(x, gen.nowMs).available) out.push(x);
  }
  return out;
}

function dossierStatistics(url: URL, ctx: RequestContext): Row {
  const units = multi(url, 'unitCode');
  if (units.length === 0) bad('unitCode is required');
  const breakdown = url.searchParams.get('breakdown') ?? 'none';
  if (!['none', 'department', 'commune'].includes(breakdown)) {
    bad('breakdown: expected none, department or commune');
  }
  const filter = periodFilter(url);
  const rows: Row[] = [];
  for (const unit of units) {
    const ref = unitRef(unit);
    if (ref === null || ref.kind === 'national') continue;
    if (breakdown !== 'none') {
      if (ref.kind !== 'province' || ADMIN_UNITS.currentByCode(unit)?.code !== unit) {
        bad('breakdown needs a current province code');
      }
      for (const x of monthsFor(ctx.gen, filter, REFORM_MONTH_INDEX)) {
        const cells = provinceCells(ctx.gen, unit, x);
        if (cells === null) continue;
        const status = monthStatus(x, ctx.gen.nowMs);
        const groups = groupCells(cells, breakdown === 'department' ? 'department' : 'commune');
        for (const [handler, counts] of groups) {
          const code = breakdown === 'department' ? departmentUnitCode(unit, handler) : handler;
          const name =
            breakdown === 'department'
              ? (mockDepartment(handler)?.name ?? handler)
              : (communesOf(unit).find((c) => c.code === handler)?.name ?? handler);
          rows.push(
            statisticsRow(
              code,
              monthText(x),
              counts,
              `${ONE_STOP} — ${name} (dữ liệu mô phỏng)`,
              status.asOfMs,
            ),
          );
        }
      }
      continue;
    }
    const fromMonth = ref.kind === 'province' ? 0 : REFORM_MONTH_INDEX;
    for (const x of monthsFor(ctx.gen, filter, fromMonth)) {
      if (ref.kind === 'province' && !provinceInForce(ref.code, x)) continue;
      const counts = countsFor(ctx.gen, ref, x);
      if (counts === null) continue;
      const source = `${ONE_STOP} — ${unitName(ref, x)} (dữ liệu mô phỏng)`;
      rows.push(
        statisticsRow(unit, monthText(x), counts, source, monthStatus(x, ctx.gen.nowMs).asOfMs),
      );
    }
  }
  const { page, nextCursor } = paged(rows, url, ctx.fault);
  return { statistics: page, ...(nextCursor ? { nextCursor } : {}) };
}

function countsFor(
  gen: GenContext,
  ref: NonNullable<ReturnType<typeof unitRef>>,
  x: number,
): DossierCounts | null {
  switch (ref.kind) {
    case 'province':
      return x < REFORM_MONTH_INDEX
        ? formerMonth(gen, ref.code, x)
        : currentMonth(gen, ref.code, x);
    case 'commune': {
      const cells = provinceCells(gen, ref.province, x);
      return cells === null ? null : totalOf(cells, ref.code);
    }
    case 'department': {
      const cells = provinceCells(gen, ref.province, x);
      return cells === null ? null : totalOf(cells, ref.departmentId);
    }
    case 'national':
      return null;
  }
}

function groupCells(cells: readonly Cell[], level: Cell['level']): Map<string, DossierCounts> {
  const handlers = new Set(cells.filter((c) => c.level === level).map((c) => c.handler));
  return new Map([...handlers].map((h) => [h, totalOf(cells, h)]));
}

// ----------------------------------------------------------------------- procedure statistics

/** Resolves a province, department or commune unit code to (province, cell filter). */
function scopeOf(unit: string): { province: string; filter: (c: Cell) => boolean; name: string } {
  const ref = unitRef(unit);
  if (ref === null || ref.kind === 'national')
    bad('unitCode: a current province, department or commune');
  if (ref.kind === 'province') {
    if (ADMIN_UNITS.currentByCode(unit)?.code !== unit) bad('unitCode: not a current province');
    return { province: unit, filter: () => true, name: unitName(ref, REFORM_MONTH_INDEX) };
  }
  if (ref.kind === 'commune') {
    return {
      province: ref.province,
      filter: (c) => c.handler === ref.code,
      name: unitName(ref, REFORM_MONTH_INDEX),
    };
  }
  return {
    province: ref.province,
    filter: (c) => c.handler === ref.departmentId,
    name: unitName(ref, REFORM_MONTH_INDEX),
  };
}

function procedureStatistics(url: URL, ctx: RequestContext): Row {
  const unit = url.searchParams.get('unitCode');
  if (unit === null) bad('unitCode is required');
  const scope = scopeOf(unit);
  const periodText =
    url.searchParams.get('period') ?? monthText(monthIndexAt(latestDelivery(ctx.gen.nowMs)));
  const x = parseMonthText(periodText);
  if (x === null) bad('period: expected YYYY-MM');
  const cells = x >= REFORM_MONTH_INDEX ? provinceCells(ctx.gen, scope.province, x) : null;
  const status = monthStatus(x, ctx.gen.nowMs);
  const departmentFilter = url.searchParams.get('departmentId');
  const byProcedure = new Map<string, DossierCounts>();
  for (const c of cells ?? []) {
    if (!scope.filter(c)) continue;
    if (departmentFilter !== null && c.handler !== departmentFilter) continue;
    let total = byProcedure.get(c.procedure.code);
    if (!total) {
      total = emptyCounts(true);
      byProcedure.set(c.procedure.code, total);
    }
    addInto(total, c.counts);
  }
  const rows = PROCEDURES.filter((p) => byProcedure.has(p.code)).map((p) => {
    const counts = byProcedure.get(p.code) as DossierCounts;
    return {
      procedureCode: p.code,
      procedureName: p.name,
      departmentId: p.handler === 'commune' ? null : p.handler,
      level: p.handler === 'commune' ? 'commune' : 'province',
      processingDays: p.days,
      synthetic: true,
      ...statisticsRow(
        unit,
        periodText,
        counts,
        `${ONE_STOP} — ${scope.name} (dữ liệu mô phỏng)`,
        status.asOfMs,
      ),
    };
  });
  const { page, nextCursor } = paged(rows, url, ctx.fault);
  return { procedures: page, ...(nextCursor ? { nextCursor } : {}) };
}

// ------------------------------------------------------------------------------ late dossiers

function lateDossierList(url: URL, ctx: RequestContext): Row {
  const unit = url.searchParams.get('unitCode');
  if (unit === null) bad('unitCode is required');
  const scope = scopeOf(unit);
  const status = url.searchParams.get('status');
  if (status !== null && status !== 'pending-overdue' && status !== 'processed-late') {
    bad('status: expected pending-overdue or processed-late');
  }
  const ref = unitRef(unit);
  const all = lateDossiers(ctx.gen, scope.province, vnIso).filter((d) => {
    if (status !== null && d.status !== status) return false;
    if (ref?.kind === 'department') return d.departmentId === ref.departmentId;
    if (ref?.kind === 'commune') return d.unitCode === ref.code;
    return true;
  });
  const { page, nextCursor } = paged(all, url, ctx.fault);
  return {
    dossiers: page.map((d) => ({ ...d, synthetic: true })),
    total: all.length,
    asOf: vnIso(latestDelivery(ctx.gen.nowMs)),
    ...(nextCursor ? { nextCursor } : {}),
  };
}

// ------------------------------------------------------------------------------ index scores

function indexScores(url: URL, ctx: RequestContext): Row {
  const indices = multi(url, 'index');
  if (indices.some((i) => i !== 'index766' && i !== 'dti')) bad('index: expected index766 or dti');
  const wanted = indices.length > 0 ? indices : ['index766', 'dti'];
  const units = new Set(multi(url, 'unitCode'));
  const filter = periodFilter(url);
  const rows: Row[] = [];
  if (wanted.includes('index766')) {
    for (let x = INDEX766_FIRST_MONTH; index766PublishedAt(x) <= ctx.gen.nowMs; x++) {
      if (!periodMatches(monthText(x), filter)) continue;
      for (const r of index766Month(ctx.gen.seed, x)) {
        if (units.size === 0 || units.has(r.unitCode))
          rows.push({ ...r, groups: r.groups?.map((g) => ({ ...g })) });
      }
    }
  }
  if (wanted.includes('dti')) {
    for (const year of dtiYearsPublished(ctx.gen.nowMs)) {
      if (!periodMatches(String(year), filter)) continue;
      for (const r of dtiYear(ctx.gen.seed, year)) {
        if (units.size === 0 || units.has(r.unitCode)) rows.push({ ...r });
      }
    }
  }
  const { page, nextCursor } = paged(rows, url, ctx.fault);
  return { scores: page, ...(nextCursor ? { nextCursor } : {}) };
}

// ----------------------------------------------------------------------------------- units

function unitsOf(url: URL, ctx: RequestContext): Row {
  const parent = url.searchParams.get('parent');
  if (parent === null) {
    const rows = ADMIN_UNITS.current.map((u) => ({
      code: u.code,
      name: u.fullName,
      kind: u.type,
      parent: 'VN',
      synthetic: false,
    }));
    return { units: rows };
  }
  if (ADMIN_UNITS.currentByCode(parent)?.code !== parent) bad('parent: not a current province');
  const communes = communesOf(parent).map((c) => ({
    code: c.code,
    name: c.name,
    kind: c.kind,
    parent,
    synthetic: false,
  }));
  const departments = PROCESSING_DEPARTMENTS.map((d) => ({
    code: departmentUnitCode(parent, d.id),
    name: d.name,
    kind: 'department',
    parent,
    departmentId: d.id,
    inCatalogue: d.inCatalogue,
    synthetic: false,
  }));
  const rows = [...departments, ...communes];
  const { page, nextCursor } = paged(rows, url, ctx.fault);
  return { units: page, ...(nextCursor ? { nextCursor } : {}) };
}

export const kpiHandlers = [
  route('kpi-observations', kpiObservations, OBSERVATION_SPEC),
  route('dossier-statistics', dossierStatistics, STATISTICS_SPEC),
  route('procedure-statistics', procedureStatistics, PROCEDURES_SPEC),
  route('late-dossiers', lateDossierList, LATE_SPEC),
  route('index-scores', indexScores, SCORES_SPEC),
  route('units', unitsOf, UNITS_SPEC),
  route('source-health', (_url, ctx) => sourceHealth(ctx), {
    listKey: 'sources',
    timeFields: ['lastDeliveryAt'],
    requiredFields: ['status'],
    textFields: ['name', 'message'],
    outOfRange: (r) => ({ ...r, latencyMs: -1 }),
  }),
];
