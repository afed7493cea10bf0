import { z } from 'zod';
import type { ProcedureStats } from '../../domain/dossiers/procedures';
import { err, ok, type Result } from '../../domain/result';
import { slugId, text } from './common';
import { dossierStatsSchema, toDossierStats } from './dossier-stats';
import { contractError, type ContractError } from './errors';
import type { ParseOptions } from './kpi-observation';
import { contextOf, type MapContext, mapRows, safeParse } from './parse-helpers';

/**
 * Dossier statistics per administrative procedure (GET /procedure-statistics): the counts of
 * DossierStatistics for one procedure in one unit and period, with the procedure's code, name,
 * handling department and statutory processing time.
 */
export const procedureStatsSchema = dossierStatsSchema.extend({
  procedureCode: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9._-]+$/, 'expected a procedure code such as "MP-XA05"')
    .meta({ description: 'Procedure code in the national procedure database.' }),
  procedureName: text(1000).min(1).meta({ description: 'Procedure title (shown as text).' }),
  departmentId: slugId
    .nullable()
    .meta({ description: 'Department handling the procedure; null for commune procedures.' }),
  level: z.enum(['province', 'commune']).meta({
    description: 'Level that handles the procedure: a provincial department or a commune.',
  }),
  processingDays: z
    .number()
    .int()
    .min(0)
    .max(365)
    .meta({ description: 'Statutory processing time, working days.' }),
  synthetic: z
    .boolean()
    .optional()
    .meta({ description: 'True when codes or figures are simulated (mock data).' }),
});

export type ProcedureStatsDTO = z.infer<typeof procedureStatsSchema>;

export const procedureStatsPageSchema = z.object({
  procedures: z.array(procedureStatsSchema).max(10_000),
  nextCursor: z.string().min(1).max(2000).optional(),
});

export function toProcedureStats(
  dto: ProcedureStatsDTO,
  at: string,
  ctx: MapContext,
): Result<ProcedureStats, ContractError> {
  // A commune procedure has no department; a provincial one must name it.
  if (dto.level === 'commune' && dto.departmentId !== null) {
    return err(contractError(`${at}.departmentId`, 'must be null at commune level', ctx.source));
  }
  if (dto.level === 'province' && dto.departmentId === null) {
    return err(contractError(`${at}.departmentId`, 'is required at province level', ctx.source));
  }
  const stats = toDossierStats(dto, at, ctx);
  if (!stats.ok) return stats;
  return ok({
    ...stats.value,
    procedureCode: dto.procedureCode,
    procedureName: dto.procedureName,
    departmentId: dto.departmentId,
    level: dto.level,
    processingDays: dto.processingDays,
    synthetic: dto.synthetic ?? false,
  });
}

/**
 * Checks a GET /procedure-statistics page (or a bare array of rows) and maps it to domain
 * procedure statistics. Never throws; the first problem is reported with the failing field.
 */
export function parseProcedureStats(
  json: unknown,
  options: ParseOptions = {},
): Result<{ procedures: ProcedureStats[]; nextCursor: string | null }, ContractError> {
  const payload = Array.isArray(json) ? { procedures: json } : json;
  const parsed = safeParse(procedureStatsPageSchema, payload, options.source);
  if (!parsed.ok) return parsed;
  const ctx = contextOf(options);
  const procedures = mapRows(parsed.value.procedures, 'procedures', (dto, path) =>
    toProcedureStats(dto, path, ctx),
  );
  if (!procedures.ok) return procedures;
  return ok({ procedures: procedures.value, nextCursor: parsed.value.nextCursor ?? null });
}
