import { ADMIN_UNITS } from '../../src/catalog/admin-units';
import { DATA_SOURCES } from '../../src/catalog/sources';
import { aqiBand } from '../../src/domain/alerts/aqi';
import { slaCondition, stalenessCondition } from '../../src/domain/alerts/conditions';
import { alertKey } from '../../src/domain/alerts/dedup';
import { FLOOD_ALARM_NAMES, type FloodStation } from '../../src/domain/alerts/flood';
import { transitionAlert, type AlertEvent } from '../../src/domain/alerts/lifecycle';
import { DEFAULT_DOSSIER_SLA, evaluateSla } from '../../src/domain/alerts/sla';
import type { AlertCondition, Severity } from '../../src/domain/alerts/types';
import { SEVERITY_RANK } from '../../src/domain/alerts/types';
import { assessFreshness } from '../../src/domain/freshness/freshness';
import { mockDepartment, PROCESSING_DEPARTMENTS } from '../data/procedures';
import { hashSeed } from '../random';
import type { GenContext } from '../kpi/dossiers';
import { latestDelivery, provinceCells, totalOf } from '../kpi/dossiers';
import { dxMonthlyDelivery } from '../kpi/health';
import { currentService } from '../sta/handlers';
import type { DatastreamDef, ThingDef } from '../sta/network';
import { observationResult, tickSegments, tickTime } from '../sta/values';
import { monthIndexAt, vnIso } from '../time';
import { aqiSeverityWithHysteresis, floodSeverityWithHysteresis } from './hysteresis';
import { STORED_ALERT_VERSION, type AlertStore, type StoredAlert } from './store';

/**
 * The mock alert service: conditions are evaluated from the same mock data the dashboard shows
 * (river levels against alarm levels, VN_AQI, overdue dossiers per department, late sources),
 * with the domain's rules (src/domain/alerts). Each evaluation is reconciled with the stored
 * alerts through the lifecycle (open → acknowledged → resolved; reopen; escalate): a condition
 * that clears resolves its alert automatically; one that comes back reopens it. Users'
 * acknowledgements, assignments, resolutions and notes are kept in the store with an audit trail.
 */

export const SYSTEM_ACTOR = 'Hệ thống (tự động)';

export interface Evaluated {
  readonly condition: AlertCondition;
  readonly title: string;
}

const fmt = (v: number, decimals: number): string =>
  v.toLocaleString('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

function latestOf(
  ds: DatastreamDef,
  svc: ReturnType<typeof currentService>,
): { t: number; v: number } | null {
  const segs = tickSegments(svc.ctx, ds);
  const k = segs[segs.length - 1]?.[1];
  if (k === undefined) return null;
  return { t: tickTime(ds, k), v: observationResult(svc.ctx, ds, k) };
}

/**
 * Severity each alert key held at the last evaluation (for hysteresis): only keys whose
 * condition was active then.
 */
export function previousSeverities(stored: readonly StoredAlert[]): Map<string, Severity> {
  const latest = new Map<string, StoredAlert>();
  for (const a of stored) {
    const prev = latest.get(a.key);
    if (!prev || a.raisedAt > prev.raisedAt) latest.set(a.key, a);
  }
  const out = new Map<string, Severity>();
  for (const [key, a] of latest) if (a.conditionActive) out.set(key, a.severity);
  return out;
}

/**
 * Conditions holding now in a province. `previous` (severity by alert key at the last
 * evaluation) gives the sensor rules their hysteresis (hysteresis.ts).
 */
export function evaluateConditions(
  gen: GenContext,
  province: string,
  previous: ReadonlyMap<string, Severity> = new Map(),
): Evaluated[] {
  const out: Evaluated[] = [];
  const svc = currentService(gen, 'http://mock.invalid/api/sta/v1.1');
  const net = svc.ctx.network;

  for (const thing of net.things) {
    if (thing.kind === 'water-level') {
      const ds = net.datastreamById.get(thing.datastreamIds[0] as number) as DatastreamDef;
      const latest = latestOf(ds, svc);
      if (!latest) continue;
      const station = floodStationOf(thing, province);
      const c = floodConditionHeld(station, latest.v, latest.t, previous);
      if (c) {
        const levelName =
          FLOOD_ALARM_NAMES[c.severity === 'critical' ? 3 : c.severity === 'warning' ? 2 : 1].vi;
        out.push({
          condition: c,
          title: `${thing.name} (${String(thing.properties.river)}): mực nước ${fmt(latest.v, 2)} m — ${levelName}`,
        });
      }
    } else if (thing.kind === 'air-quality') {
      const ds = net.datastreamById.get(thing.datastreamIds[2] as number) as DatastreamDef;
      const latest = latestOf(ds, svc);
      if (!latest) continue;
      const c = airQualityConditionHeld(`aq-${thing.id}`, province, latest.v, latest.t, previous);
      if (c) {
        out.push({
          condition: c,
          title: `${thing.name}: VN_AQI ${fmt(latest.v, 0)} (${aqiBand(latest.v)?.name.vi ?? ''})`,
        });
      }
    }
  }

  // Overdue dossiers per department (SLA): any overdue dossier is a breach.
  const asOf = latestDelivery(gen.nowMs);
  const cells = provinceCells(gen, province, monthIndexAt(asOf));
  if (cells) {
    for (const dept of PROCESSING_DEPARTMENTS) {
      const counts = totalOf(cells, dept.id);
      const pending = counts.pendingOverdue + counts.pendingWithinDeadline;
      const evaluation = evaluateSla(counts.pendingOverdue, pending, DEFAULT_DOSSIER_SLA);
      const c = slaCondition(
        'sla.dossiers-overdue',
        { unitCode: province, kpiId: 'dossiers.pending-overdue', departmentId: dept.id },
        evaluation,
        asOf,
      );
      // Departments with one or two overdue dossiers are left to the daily report: a wall
      // full of warnings is one nobody reads.
      if (c && counts.pendingOverdue >= 3) {
        out.push({
          condition: { ...c, threshold: 1 },
          title: `${mockDepartment(dept.id)?.name ?? dept.id}: ${counts.pendingOverdue} hồ sơ đang quá hạn giải quyết`,
        });
      }
    }
  }

  // Sources that did not deliver on time (staleness), addressed to the owning department.
  for (const source of DATA_SOURCES) {
    let last: number | null = null;
    if (source.id === 'dx-monthly-report') last = dxMonthlyDelivery(gen.seed, gen.nowMs);
    else if (source.protocol === 'sensorthings') {
      const kind = {
        'air-quality-sensors': 'air-quality',
        'hydrology-stations': 'water-level',
        'urban-flood-sensors': 'urban-flood',
        'traffic-sensors': 'traffic',
      }[source.id];
      for (const ds of net.datastreams) {
        if (ds.property.kind !== kind) continue;
        const segs = tickSegments(svc.ctx, ds);
        const end = segs[segs.length - 1]?.[1];
        // The source is as fresh as its most silent sensor group: the oldest latest reading.
        const t = end === undefined ? null : tickTime(ds, end) + ds.property.lagMs;
        if (t !== null && (last === null || t < last)) last = t;
      }
    } else continue;
    const c = stalenessCondition(
      source.id,
      source.ownerDepartmentId,
      assessFreshness(source.freshness, last, gen.nowMs),
      gen.nowMs,
    );
    if (c) {
      const subject = { ...c.subject, unitCode: province };
      out.push({
        condition: { ...c, subject, key: alertKey(c.ruleId, subject) },
        title: `${source.name.vi}: dữ liệu chậm cập nhật (${mockDepartment(source.ownerDepartmentId)?.shortName ?? source.ownerDepartmentId})`,
      });
    }
  }
  return out;
}

function floodConditionHeld(
  station: FloodStation,
  waterLevelM: number,
  observedAtMs: number,
  previous: ReadonlyMap<string, Severity>,
): AlertCondition | null {
  if (!Number.isFinite(waterLevelM)) return null;
  const subject = { stationId: station.id, unitCode: station.unitCode };
  const ruleId = 'flood.alarm-level';
  const key = alertKey(ruleId, subject);
  const held = floodSeverityWithHysteresis(waterLevelM, station.levels, previous.get(key) ?? null);
  if (held.severity === null) return null;
  return {
    key,
    ruleId,
    kind: 'flood',
    severity: held.severity,
    subject,
    value: waterLevelM,
    threshold: held.threshold,
    observedAtMs,
  };
}

function airQualityConditionHeld(
  stationId: string,
  unitCode: string,
  aqi: number,
  observedAtMs: number,
  previous: ReadonlyMap<string, Severity>,
): AlertCondition | null {
  if (!Number.isFinite(aqi)) return null;
  const subject = { stationId, unitCode };
  const ruleId = 'air-quality.vn-aqi';
  const key = alertKey(ruleId, subject);
  const held = aqiSeverityWithHysteresis(aqi, previous.get(key) ?? null);
  if (held.severity === null) return null;
  return {
    key,
    ruleId,
    kind: 'air-quality',
    severity: held.severity,
    subject,
    value: aqi,
    threshold: held.threshold,
    observedAtMs,
  };
}

function floodStationOf(thing: ThingDef, province: string): FloodStation {
  const levels = thing.properties.alarmLevels as FloodStation['levels'];
  return {
    id: String(thing.properties.stationId),
    name: { vi: thing.name, en: thing.name },
    river: { vi: String(thing.properties.river), en: String(thing.properties.river) },
    unitCode: province,
    levels,
    sourceId: String(thing.properties.alarmLevelsSource),
  };
}

// ---------------------------------------------------------------------------- lifecycle

function newAlert(scope: string, e: Evaluated, now: number): StoredAlert {
  const raisedAt = Math.min(now, e.condition.observedAtMs);
  return {
    v: STORED_ALERT_VERSION,
    id: `al-${hashSeed(`${scope}|${e.condition.key}|${raisedAt}`).toString(36)}`,
    scope,
    key: e.condition.key,
    ruleId: e.condition.ruleId,
    kind: e.condition.kind,
    severity: e.condition.severity,
    state: 'open',
    subject: { ...e.condition.subject },
    value: e.condition.value,
    threshold: e.condition.threshold,
    title: e.title,
    raisedAt,
    updatedAt: raisedAt,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    assignee: null,
    assignedAt: null,
    history: [],
    notes: [],
    audit: [{ at: raisedAt, by: SYSTEM_ACTOR, action: 'raise', detail: e.title }],
    conditionActive: true,
  };
}

function applyEvent(a: StoredAlert, event: AlertEvent, at: number, by: string): StoredAlert {
  const next = transitionAlert(a.state, event);
  if (!next.ok) throw new AlertConflict(next.error);
  const t = Math.max(at, a.updatedAt);
  const updated: StoredAlert = {
    ...a,
    state: next.value,
    updatedAt: t,
    history: [...a.history, { event, at: t, by }],
    audit: [...a.audit, { at: t, by, action: event }],
  };
  if (event === 'acknowledge') return { ...updated, acknowledgedAt: t, acknowledgedBy: by };
  if (event === 'resolve') return { ...updated, resolvedAt: t };
  // Reopened or escalated: somebody has to look again (a silence ends too).
  return {
    ...updated,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    silencedUntil: null,
  };
}

export class AlertConflict extends Error {}
export class AlertNotFound extends Error {}

/** Reconciles stored alerts of a scope with the conditions holding now. */
export function reconcile(
  stored: readonly StoredAlert[],
  evaluated: readonly Evaluated[],
  scope: string,
  now: number,
): StoredAlert[] {
  const latestByKey = new Map<string, StoredAlert>();
  for (const a of stored) {
    const prev = latestByKey.get(a.key);
    if (!prev || a.raisedAt > prev.raisedAt) latestByKey.set(a.key, a);
  }
  const changed = new Map<string, StoredAlert>();
  const present = new Set<string>();
  for (const e of evaluated) {
    present.add(e.condition.key);
    const a = latestByKey.get(e.condition.key);
    if (!a) {
      const created = newAlert(scope, e, now);
      changed.set(created.id, created);
      continue;
    }
    let next: StoredAlert = {
      ...a,
      value: e.condition.value,
      threshold: e.condition.threshold,
      title: e.title,
    };
    if (a.state === 'resolved') {
      if (a.conditionActive) continue; // resolved by a person while it still holds: respected
      next = applyEvent(next, 'reopen', now, SYSTEM_ACTOR);
      next = { ...next, severity: e.condition.severity };
    } else {
      const diff = SEVERITY_RANK[e.condition.severity] - SEVERITY_RANK[a.severity];
      if (diff > 0)
        next = {
          ...applyEvent(next, 'escalate', now, SYSTEM_ACTOR),
          severity: e.condition.severity,
        };
      else if (diff < 0) {
        next = {
          ...next,
          severity: e.condition.severity,
          updatedAt: Math.max(now, a.updatedAt),
          audit: [
            ...next.audit,
            {
              at: Math.max(now, a.updatedAt),
              by: SYSTEM_ACTOR,
              action: 'de-escalate',
              detail: `${a.severity} → ${e.condition.severity}`,
            },
          ],
        };
      }
    }
    next = { ...next, conditionActive: true };
    if (JSON.stringify(next) !== JSON.stringify(a)) changed.set(next.id, next);
  }
  for (const a of latestByKey.values()) {
    if (present.has(a.key) || !a.conditionActive) continue;
    let next: StoredAlert = { ...a, conditionActive: false };
    if (a.state !== 'resolved') next = applyEvent(next, 'resolve', now, SYSTEM_ACTOR);
    changed.set(next.id, next);
  }
  return [...changed.values()];
}

// ------------------------------------------------------------------------------ service

export interface AlertService {
  /** Evaluates, reconciles and returns every alert of the scope. */
  sync(gen: GenContext, province: string): Promise<StoredAlert[]>;
  act(
    id: string,
    action: 'acknowledge' | 'assign' | 'resolve' | 'note' | 'silence',
    input: { by: string; note?: string; assignee?: string; until?: number },
    now: number,
  ): Promise<StoredAlert>;
  get(id: string): Promise<StoredAlert | undefined>;
  clear(): Promise<void>;
}

export function scopeOf(seed: number, province: string): string {
  return `${seed}|${province}`;
}

export function createAlertService(store: AlertStore): AlertService {
  // One operation at a time: two panels listing alerts at once must not both create one.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    sync: (gen, province) =>
      serial(async () => {
        const scope = scopeOf(gen.seed, province);
        const stored = await store.list(scope);
        const changed = reconcile(
          stored,
          evaluateConditions(gen, province, previousSeverities(stored)),
          scope,
          gen.nowMs,
        );
        if (changed.length > 0) await store.put(changed);
        const byId = new Map(stored.map((a) => [a.id, a]));
        for (const c of changed) byId.set(c.id, c);
        return [...byId.values()];
      }),
    act: (id, action, input, now) =>
      serial(async () => {
        const a = await store.get(id);
        if (!a) throw new AlertNotFound(id);
        let next: StoredAlert;
        const at = Math.max(now, a.updatedAt);
        switch (action) {
          case 'acknowledge':
          case 'resolve':
            next = applyEvent(a, action, now, input.by);
            if (input.note) {
              next = {
                ...next,
                notes: [...next.notes, { at, by: input.by, text: input.note }],
                audit: next.audit.map((e, i) =>
                  i === next.audit.length - 1 ? { ...e, detail: input.note } : e,
                ),
              };
            }
            break;
          case 'assign': {
            if (a.state === 'resolved')
              throw new AlertConflict('cannot assign an alert that is resolved');
            const assignee = input.assignee ?? '';
            next = {
              ...a,
              assignee,
              assignedAt: at,
              updatedAt: at,
              audit: [
                ...a.audit,
                {
                  at,
                  by: input.by,
                  action: 'assign',
                  detail: input.note ? `${assignee} — ${input.note}` : assignee,
                },
              ],
              notes: input.note ? [...a.notes, { at, by: input.by, text: input.note }] : a.notes,
            };
            break;
          }
          case 'silence': {
            // Silenced: still listed and still changing state, but not pushed on the wall or
            // flown to until `until` (a crew already on site does not need the siren again).
            if (a.state === 'resolved')
              throw new AlertConflict('cannot silence an alert that is resolved');
            const until = input.until ?? at;
            if (until <= at) throw new AlertConflict('silence must end in the future');
            next = {
              ...a,
              silencedUntil: until,
              updatedAt: at,
              audit: [
                ...a.audit,
                {
                  at,
                  by: input.by,
                  action: 'silence',
                  detail: input.note ? `${vnIso(until)} — ${input.note}` : vnIso(until),
                },
              ],
              notes: input.note ? [...a.notes, { at, by: input.by, text: input.note }] : a.notes,
            };
            break;
          }
          case 'note':
            next = {
              ...a,
              updatedAt: at,
              notes: [...a.notes, { at, by: input.by, text: input.note ?? '' }],
              audit: [...a.audit, { at, by: input.by, action: 'note', detail: input.note ?? '' }],
            };
            break;
        }
        await store.put([next]);
        return next;
      }),
    get: (id) => store.get(id),
    clear: () => serial(() => store.clear()),
  };
}

// --------------------------------------------------------------------------------- wire

/** The wire form (src/data/contracts/alerts.ts), with the mock's extra fields. */
export function toAlertDto(a: StoredAlert): Record<string, unknown> {
  return {
    id: a.id,
    ruleId: a.ruleId,
    kind: a.kind,
    severity: a.severity,
    state: a.state,
    subject: a.subject,
    value: a.value,
    threshold: a.threshold,
    title: a.title,
    raisedAt: vnIso(a.raisedAt),
    updatedAt: vnIso(a.updatedAt),
    ...(a.acknowledgedAt === null ? {} : { acknowledgedAt: vnIso(a.acknowledgedAt) }),
    ...(a.acknowledgedBy === null ? {} : { acknowledgedBy: a.acknowledgedBy }),
    ...(a.resolvedAt === null ? {} : { resolvedAt: vnIso(a.resolvedAt) }),
    history: a.history.map((h) => ({
      event: h.event,
      at: vnIso(h.at),
      ...(h.by === null ? {} : { by: h.by }),
    })),
    // Extensions beyond the contract (ignored by its schema): assignment, notes, audit trail.
    assignee: a.assignee,
    ...(a.assignedAt === null ? {} : { assignedAt: vnIso(a.assignedAt) }),
    ...(a.silencedUntil == null ? {} : { silencedUntil: vnIso(a.silencedUntil) }),
    notes: a.notes.map((n) => ({ at: vnIso(n.at), by: n.by, text: n.text })),
    audit: a.audit.map((e) => ({
      at: vnIso(e.at),
      by: e.by,
      action: e.action,
      ...(e.detail === undefined ? {} : { detail: e.detail }),
    })),
    unitName: ADMIN_UNITS.currentByCode(a.subject.unitCode ?? '')?.name ?? null,
  };
}

const STATE_ORDER = { open: 0, acknowledged: 1, resolved: 2 } as const;

/** Open first, then the most severe, then the newest. */
export function sortAlerts(alerts: readonly StoredAlert[]): StoredAlert[] {
  return [...alerts].sort(
    (a, b) =>
      STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      b.raisedAt - a.raisedAt ||
      a.id.localeCompare(b.id),
  );
}
