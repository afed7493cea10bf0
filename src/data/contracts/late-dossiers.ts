import { z } from 'zod';
import type { LateDossier, LateDossierPage } from '../../domain/dossiers/late';
import { err, ok, type Result } from '../../domain/result';
import { count, instantText, slugId, text, unitCode } from './common';
import { contractError, type ContractError } from './errors';
import type { ParseOptions } from './kpi-observation';
import { contextOf, instantAt, type MapContext, mapRows, safeParse } from './parse-helpers';

/**
 * Dossiers handled late (GET /late-dossiers): pending past their deadline or processed after
 * it, most late first, with the total over all pages.
 */
export const lateDossierSchema = z.object({
  dossierCode: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9._-]+$/, 'expected a dossier code such as "000.00.147.H92-260924-0598"')
    .meta({ description: 'Dossier code (mã hồ sơ) in the one-stop system.' }),
  procedureCode: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9._-]+$/, 'expected a procedure code such as "MP-XA05"'),
  procedureName: text(1000).min(1),
  departmentId: slugId
    .nullable()
    .meta({ description: 'Department handling it; null when a commune handles it.' }),
  unitCode,
  unitName: text(200).min(1),
  receivedAt: instantText,
  dueAt: instantText.meta({ description: 'Statutory deadline (hạn xử lý).' }),
  processedAt: instantText
    .nullable()
    .meta({ description: 'When it was processed; null while pending.' }),
  daysLate: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .meta({ description: 'Calendar days past the deadline (at least 1).' }),
  status: z.enum(['pending-overdue', 'processed-late']),
  synthetic: z
    .boolean()
    .optional()
    .meta({ description: 'True when the dossier is simulated (mock data).' }),
});

export type LateDossierDTO = z.infer<typeof lateDossierSchema>;

export const lateDossierPageSchema = z.object({
  dossiers: z.array(lateDossierSchema).max(10_000),
  total: count.meta({ description: 'Late dossiers over all pages.' }),
  asOf: instantText,
  nextCursor: z.string().min(1).max(2000).optional(),
});

export function toLateDossier(
  dto: LateDossierDTO,
  at: string,
  ctx: MapContext,
): Result<LateDossier, ContractError> {
  const fail = (field: string, message: string) =>
    err(contractError(`${at}.${field}`, message, ctx.source));
  const received = instantAt(dto.receivedAt, `${at}.receivedAt`, ctx);
  if (!received.ok) return received;
  // A deadline in the future is not late yet.
  const due = instantAt(dto.dueAt, `${at}.dueAt`, ctx);
  if (!due.ok) return due;
  if (received.value > due.value) return fail('receivedAt', 'is after dueAt');
  let processedAtMs: number | null = null;
  if (dto.processedAt !== null) {
    const processed = instantAt(dto.processedAt, `${at}.processedAt`, ctx);
    if (!processed.ok) return processed;
    processedAtMs = processed.value;
  }
  if (dto.status === 'pending-overdue' && processedAtMs !== null) {
    return fail('processedAt', 'must be null for a pending dossier');
  }
  if (dto.status === 'processed-late') {
    if (processedAtMs === null) return fail('processedAt', 'is required for a processed dossier');
    if (processedAtMs <= due.value) return fail('processedAt', 'is not after dueAt');
  }
  return ok({
    dossierCode: dto.dossierCode,
    procedureCode: dto.procedureCode,
    procedureName: dto.procedureName,
    departmentId: dto.departmentId,
    unitCode: dto.unitCode,
    unitName: dto.unitName,
    receivedAtMs: received.value,
    dueAtMs: due.value,
    processedAtMs,
    daysLate: dto.daysLate,
    status: dto.status,
    synthetic: dto.synthetic ?? false,
  });
}

/**
 * Checks a GET /late-dossiers page and maps it to domain late dossiers. Never throws; the
 * first problem is reported with the field that failed.
 */
export function parseLateDossiers(
  json: unknown,
  options: ParseOptions = {},
): Result<LateDossierPage, ContractError> {
  const parsed = safeParse(lateDossierPageSchema, json, options.source);
  if (!parsed.ok) return parsed;
  const ctx = contextOf(options);
  const asOf = instantAt(parsed.value.asOf, 'asOf', ctx);
  if (!asOf.ok) return asOf;
  if (parsed.value.total < parsed.value.dossiers.length) {
    return err(contractError('total', 'is less than the dossiers on the page', ctx.source));
  }
  const dossiers = mapRows(parsed.value.dossiers, 'dossiers', (dto, path) =>
    toLateDossier(dto, path, ctx),
  );
  if (!dossiers.ok) return dossiers;
  return ok({
    dossiers: dossiers.value,
    total: parsed.value.total,
    asOfMs: asOf.value,
    nextCursor: parsed.value.nextCursor ?? null,
  });
}
