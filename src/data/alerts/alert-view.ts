import { z } from 'zod';
import type { Alert } from '../../domain/alerts/alert';
import { err, ok, type Result } from '../../domain/result';
import { alertSchema, parseAlertRows, toAlert, type AlertRowsPage } from '../contracts/alerts';
import { contractError, type ContractError } from '../contracts/errors';
import type { ParseOptions } from '../contracts/kpi-observation';
import { contextOf, safeParse } from '../contracts/parse-helpers';

/**
 * An alert as the alerts scene shows it: the contract's Alert plus the alerts API's extensions
 * (docs/mocks.md "Alerts API"; not in the shared contract yet): who it is assigned to, notes,
 * the audit trail (who did what when), until when it is silenced, and the unit's name. The
 * extensions are validated here with the same care as the contract: a wrong shape is a
 * contract failure, never a crash.
 */
export type AuditAction =
  | 'raise'
  | 'acknowledge'
  | 'assign'
  | 'resolve'
  | 'reopen'
  | 'escalate'
  | 'de-escalate'
  | 'note'
  | 'silence';

export interface AuditEntry {
  readonly atMs: number;
  readonly by: string;
  readonly action: AuditAction;
  /** free text from outside: render as text */
  readonly detail: string | null;
}

export interface AlertNote {
  readonly atMs: number;
  readonly by: string;
  readonly text: string;
}

export interface AlertView extends Alert {
  readonly assignee: string | null;
  readonly assignedAtMs: number | null;
  readonly silencedUntilMs: number | null;
  readonly notes: readonly AlertNote[];
  readonly audit: readonly AuditEntry[];
  readonly unitName: string | null;
}

const instant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);

export const alertExtensionSchema = z.object({
  assignee: text(200).nullable().optional(),
  assignedAt: instant.optional(),
  silencedUntil: instant.optional(),
  notes: z
    .array(z.object({ at: instant, by: text(200), text: text(2000) }))
    .max(1000)
    .optional(),
  audit: z
    .array(
      z.object({
        at: instant,
        by: text(200),
        action: z.enum([
          'raise',
          'acknowledge',
          'assign',
          'resolve',
          'reopen',
          'escalate',
          'de-escalate',
          'note',
          'silence',
        ]),
        detail: text(2000).optional(),
      }),
    )
    .max(2000)
    .optional(),
  unitName: text(200).nullable().optional(),
});

function withExtensions(
  alert: Alert,
  raw: unknown,
  at: string,
  source: string | undefined,
): Result<AlertView, ContractError> {
  const ext = safeParse(alertExtensionSchema, raw, source);
  if (!ext.ok) return err({ ...ext.error, field: `${at}.${ext.error.field}` });
  const e = ext.value;
  const ms = (t: string | undefined) => (t === undefined ? null : Date.parse(t));
  const audit = (e.audit ?? []).map((entry) => ({
    atMs: Date.parse(entry.at),
    by: entry.by,
    action: entry.action,
    detail: entry.detail ?? null,
  }));
  // The audit trail is shown oldest first: out-of-order entries would read as a false story.
  for (let i = 1; i < audit.length; i++) {
    if ((audit[i]?.atMs ?? 0) < (audit[i - 1]?.atMs ?? 0)) {
      return err(contractError(`${at}.audit[${i}].at`, 'is earlier than the entry before', source));
    }
  }
  return ok({
    ...alert,
    assignee: e.assignee ?? null,
    assignedAtMs: ms(e.assignedAt),
    silencedUntilMs: ms(e.silencedUntil),
    notes: (e.notes ?? []).map((n) => ({ atMs: Date.parse(n.at), by: n.by, text: n.text })),
    audit,
    unitName: e.unitName ?? null,
  });
}

/** GET /alerts → alerts with their extensions, the next cursor, and the rows left out. */
export function parseAlertViews(
  json: unknown,
  options: ParseOptions = {},
): Result<AlertRowsPage<AlertView>, ContractError> {
  // A row whose extensions are wrong is skipped like a row that breaks the contract.
  return parseAlertRows(json, options, (alert, raw, at) =>
    withExtensions(alert, raw, at, options.source),
  );
}

/** One alert (GET /alerts/{id}, or the answer to an action). */
export function parseAlertView(
  json: unknown,
  options: ParseOptions = {},
): Result<AlertView, ContractError> {
  const dto = safeParse(alertSchema, json, options.source);
  if (!dto.ok) return dto;
  const alert = toAlert(dto.value, 'alert', contextOf(options));
  if (!alert.ok) return alert;
  return withExtensions(alert.value, json, 'alert', options.source);
}

/** Whether an alert is silenced at `nowMs`. */
export function isSilenced(alert: AlertView, nowMs: number): boolean {
  return alert.silencedUntilMs !== null && alert.silencedUntilMs > nowMs;
}
