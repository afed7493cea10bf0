import { z } from 'zod';
import type { Alert, AlertHistoryEntry } from '../../domain/alerts/alert';
import { alertKey } from '../../domain/alerts/dedup';
import { transitionAlert, type AlertState } from '../../domain/alerts/lifecycle';
import type { AlertSubject } from '../../domain/alerts/types';
import { err, ok, type Result } from '../../domain/result';
import { indicatorId, instantText, measured, text, unitCode } from './common';
import { contractError, type ContractError } from './errors';
import type { ParseOptions } from './kpi-observation';
import { contextOf, instantAt, safeParse, type MapContext } from './parse-helpers';

/** Alerts and their lifecycle (GET /alerts). */

const shortId = z.string().min(1).max(100);

export const alertSubjectSchema = z.object({
  unitCode: unitCode.optional(),
  kpiId: indicatorId.optional(),
  sourceId: shortId.optional(),
  stationId: shortId.optional(),
  departmentId: shortId.optional(),
});

export const alertHistoryEntrySchema = z.object({
  event: z.enum(['acknowledge', 'resolve', 'reopen', 'escalate']),
  at: instantText,
  by: text(200).optional(),
});

export const alertSchema = z.object({
  id: shortId,
  ruleId: shortId,
  kind: z.enum(['threshold', 'sla', 'staleness', 'flood', 'air-quality']),
  severity: z.enum(['info', 'warning', 'critical']),
  state: z.enum(['open', 'acknowledged', 'resolved']),
  subject: alertSubjectSchema,
  value: measured.nullable(),
  threshold: measured.nullable(),
  title: text(500).optional().meta({ description: 'Free text; clients render it as text.' }),
  raisedAt: instantText,
  updatedAt: instantText,
  acknowledgedAt: instantText.optional(),
  acknowledgedBy: text(200).optional(),
  resolvedAt: instantText.optional(),
  history: z.array(alertHistoryEntrySchema).max(1000).meta({
    description: 'Lifecycle events after the alert was raised (state "open"), oldest first.',
  }),
});

export type AlertDTO = z.infer<typeof alertSchema>;

export const alertPageSchema = z.object({
  alerts: z.array(alertSchema).max(10_000),
  nextCursor: z.string().min(1).max(2000).optional(),
});

export function toAlert(dto: AlertDTO, at: string, ctx: MapContext): Result<Alert, ContractError> {
  const fail = (field: string, message: string) =>
    err(contractError(`${at}.${field}`, message, ctx.source));
  const raised = instantAt(dto.raisedAt, `${at}.raisedAt`, ctx);
  if (!raised.ok) return raised;
  const updated = instantAt(dto.updatedAt, `${at}.updatedAt`, ctx);
  if (!updated.ok) return updated;
  if (updated.value < raised.value) return fail('updatedAt', 'is before raisedAt');
  const optionalInstant = (text: string | undefined, field: string) =>
    text === undefined ? ok(null) : instantAt(text, `${at}.${field}`, ctx);
  const acknowledged = optionalInstant(dto.acknowledgedAt, 'acknowledgedAt');
  if (!acknowledged.ok) return acknowledged;
  const resolved = optionalInstant(dto.resolvedAt, 'resolvedAt');
  if (!resolved.ok) return resolved;
  const { unitCode: u, kpiId, sourceId, stationId, departmentId } = dto.subject;
  if ([u, kpiId, sourceId, stationId, departmentId].every((v) => v === undefined)) {
    return fail('subject', 'names nothing (unitCode, kpiId, sourceId, stationId or departmentId)');
  }

  // Replay the history through the lifecycle: it must be possible and end in `state`.
  let state: AlertState = 'open';
  let previousMs = raised.value;
  const history: AlertHistoryEntry[] = [];
  for (const [i, entry] of dto.history.entries()) {
    const when = instantAt(entry.at, `${at}.history[${i}].at`, ctx);
    if (!when.ok) return when;
    if (when.value < previousMs)
      return fail(`history[${i}].at`, 'is earlier than the event before');
    const next = transitionAlert(state, entry.event);
    if (!next.ok) return fail(`history[${i}].event`, next.error);
    state = next.value;
    previousMs = when.value;
    history.push({ event: entry.event, atMs: when.value, by: entry.by ?? null });
  }
  if (state !== dto.state) return fail('state', `is ${dto.state} but the history ends ${state}`);
  if (dto.state === 'resolved' && resolved.value === null)
    return fail('resolvedAt', 'is required when resolved');
  if (dto.state === 'acknowledged' && acknowledged.value === null) {
    return fail('acknowledgedAt', 'is required when acknowledged');
  }

  const subject: AlertSubject = dto.subject;
  return ok({
    id: dto.id,
    key: alertKey(dto.ruleId, subject),
    ruleId: dto.ruleId,
    kind: dto.kind,
    severity: dto.severity,
    state: dto.state,
    subject,
    value: dto.value,
    threshold: dto.threshold,
    title: dto.title ?? null,
    raisedAtMs: raised.value,
    updatedAtMs: updated.value,
    acknowledgedAtMs: acknowledged.value,
    acknowledgedBy: dto.acknowledgedBy ?? null,
    resolvedAtMs: resolved.value,
    history,
  });
}

/**
 * Rows of a page that were left out because they broke the contract: how many, and the first
 * reason (field and message), so the list can say so instead of hiding them silently.
 */
export interface SkippedRows {
  readonly count: number;
  readonly first: ContractError;
}

export interface AlertRowsPage<T> {
  readonly alerts: T[];
  readonly nextCursor: string | null;
  readonly skipped: SkippedRows | null;
}

/** The page without its rows' shape: a wrong envelope still fails the whole page. */
const alertEnvelopeSchema = alertPageSchema.extend({
  alerts: z.array(z.unknown()).max(10_000),
});

/** Adds what a caller reads beyond the contract (the alerts API's extensions) to one alert. */
export type AlertRowMapper<T> = (
  alert: Alert,
  raw: unknown,
  at: string,
) => Result<T, ContractError>;

/**
 * GET /alerts, tolerant per row: one bad alert must not hide the others (a flood alarm next to
 * a malformed SLA row still reaches the wall). Bad rows are skipped and reported in `skipped`;
 * a page whose every row is bad is still a contract error (the source is broken, not one row).
 */
export function parseAlertRows<T>(
  json: unknown,
  options: ParseOptions,
  mapRow: AlertRowMapper<T>,
): Result<AlertRowsPage<T>, ContractError> {
  const payload = Array.isArray(json) ? { alerts: json } : json;
  const parsed = safeParse(alertEnvelopeSchema, payload, options.source);
  if (!parsed.ok) return parsed;
  const ctx = contextOf(options);
  const alerts: T[] = [];
  let count = 0;
  let first: ContractError | null = null;
  for (const [i, raw] of parsed.value.alerts.entries()) {
    const at = `alerts[${i}]`;
    const row = rowOf(raw, at, ctx);
    const mapped = row.ok ? mapRow(row.value, raw, at) : row;
    if (mapped.ok) alerts.push(mapped.value);
    else {
      count++;
      first ??= mapped.error;
    }
  }
  if (first !== null && alerts.length === 0) return err(first);
  return ok({
    alerts,
    nextCursor: parsed.value.nextCursor ?? null,
    skipped: first === null ? null : { count, first },
  });
}

function rowOf(raw: unknown, at: string, ctx: MapContext): Result<Alert, ContractError> {
  const dto = safeParse(alertSchema, raw, ctx.source);
  if (!dto.ok) {
    const field = dto.error.field === '' ? at : `${at}.${dto.error.field}`;
    return err(contractError(field, dto.error.message, ctx.source));
  }
  return toAlert(dto.value, at, ctx);
}

export function parseAlerts(
  json: unknown,
  options: ParseOptions = {},
): Result<AlertRowsPage<Alert>, ContractError> {
  return parseAlertRows(json, options, (alert) => ok(alert));
}
