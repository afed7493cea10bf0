import { z } from 'zod';
import { getKpi } from '../../catalog/kpis/registry';
import type { KpiObservation } from '../../domain/kpi/observation';
import { err, ok, type Result } from '../../domain/result';
import { count, indicatorId, instantText, measured, periodText, text, unitCode } from './common';
import { contractError, type ContractError } from './errors';
import {
  contextOf,
  instantAt,
  type MapContext,
  mapRows,
  periodAt,
  safeParse,
} from './parse-helpers';

/** One KPI observation on the wire (data-sources.md §1). */
export const kpiObservationSchema = z.object({
  indicatorId,
  unitCode,
  period: periodText,
  value: measured.nullable().meta({
    description: 'Value in the KPI unit; percent KPIs in percentage points (45.8 = 45.8 %).',
  }),
  numerator: count.optional().meta({ description: 'Numerator count of a ratio KPI.' }),
  denominator: count.optional().meta({ description: 'Denominator count of a ratio KPI.' }),
  target: measured.optional().meta({ description: 'Target for this unit and period, if any.' }),
  source: text(200).min(1).meta({ description: 'Who produced the figure (system or report).' }),
  asOf: instantText,
  method: text(500).optional().meta({ description: 'How the figure was computed.' }),
  status: z.enum(['provisional', 'final']),
});

export type KpiObservationDTO = z.infer<typeof kpiObservationSchema>;

/** Largest page a source may return; use nextCursor for more. */
export const MAX_OBSERVATIONS_PER_PAGE = 10_000;

/** Response of GET /kpi-observations: one page, with a cursor to the next. */
export const kpiObservationPageSchema = z.object({
  observations: z.array(kpiObservationSchema).max(MAX_OBSERVATIONS_PER_PAGE),
  nextCursor: z
    .string()
    .min(1)
    .max(2000)
    .optional()
    .meta({ description: 'Opaque cursor for the next page; absent on the last page.' }),
});

export type KpiObservationPageDTO = z.infer<typeof kpiObservationPageSchema>;

export interface ParseOptions {
  /** source id to put in errors */
  readonly source?: string;
  /** "now" for the clock-skew check, epoch ms (default: the real clock) */
  readonly nowMs?: number;
  /** how far in the future an asOf may be before it counts as clock skew (default 10 min) */
  readonly maxClockSkewMs?: number;
}

/**
 * A ratio reported with its numerator and denominator may be rounded by the source; a
 * difference above half a percentage point is not rounding but an inconsistent payload.
 */
export const RATIO_TOLERANCE_POINTS = 0.5;

/**
 * Checks a GET /kpi-observations page (or a bare array of observations) and maps it to
 * domain observations. Never throws; the first problem is reported with the field that failed.
 */
export function parseKpiObservations(
  json: unknown,
  options: ParseOptions = {},
): Result<KpiObservation[], ContractError> {
  const page = parseKpiObservationPage(json, options);
  return page.ok ? ok(page.value.observations) : page;
}

/** As parseKpiObservations, keeping the paging cursor. */
export function parseKpiObservationPage(
  json: unknown,
  options: ParseOptions = {},
): Result<{ observations: KpiObservation[]; nextCursor: string | null }, ContractError> {
  // A bare array is what a file import yields; treat it as a single page.
  const payload = Array.isArray(json) ? { observations: json } : json;
  const parsed = safeParse(kpiObservationPageSchema, payload, options.source);
  if (!parsed.ok) return parsed;
  const ctx = contextOf(options);
  const observations = mapRows(parsed.value.observations, 'observations', (dto, path) =>
    toKpiObservation(dto, path, ctx),
  );
  if (!observations.ok) return observations;
  return ok({ observations: observations.value, nextCursor: parsed.value.nextCursor ?? null });
}

/** DTO → domain, with the checks a schema cannot express (ranges that depend on the KPI, time). */
export function toKpiObservation(
  dto: KpiObservationDTO,
  at: string,
  ctx: MapContext,
): Result<KpiObservation, ContractError> {
  const fail = (field: string, message: string) =>
    err(contractError(`${at}.${field}`, message, ctx.source));

  const period = periodAt(dto.period, `${at}.period`, ctx.source);
  if (!period.ok) return period;

  const asOf = instantAt(dto.asOf, `${at}.asOf`, ctx);
  if (!asOf.ok) return asOf;
  const asOfMs = asOf.value;

  const numerator = dto.numerator ?? null;
  const denominator = dto.denominator ?? null;
  if ((numerator === null) !== (denominator === null)) {
    return fail(
      numerator === null ? 'numerator' : 'denominator',
      'numerator and denominator come together',
    );
  }

  // Every ratio the catalogue knows is a part of a whole (a share, a rate per population).
  if (numerator !== null && denominator !== null && numerator > denominator) {
    return fail('numerator', 'is greater than the denominator (ratio above 100 %)');
  }

  const definition = getKpi(dto.indicatorId);
  if (definition !== undefined) {
    const { min, max } = definition.range;
    if (dto.value !== null && (dto.value < min || dto.value > max)) {
      return fail('value', `is out of range for ${definition.id} (${min} to ${max})`);
    }
    if (dto.target !== undefined && (dto.target < min || dto.target > max)) {
      return fail('target', `is out of range for ${definition.id} (${min} to ${max})`);
    }
    if (
      definition.unit === 'percent' &&
      dto.value !== null &&
      numerator !== null &&
      denominator !== null &&
      denominator > 0 &&
      Math.abs((100 * numerator) / denominator - dto.value) > RATIO_TOLERANCE_POINTS
    ) {
      return fail('value', 'disagrees with numerator / denominator');
    }
  }

  return ok({
    indicatorId: dto.indicatorId,
    unitCode: dto.unitCode,
    period: period.value,
    value: dto.value,
    numerator,
    denominator,
    target: dto.target ?? null,
    source: dto.source,
    asOfMs,
    asOfText: dto.asOf,
    method: dto.method ?? null,
    status: dto.status,
  });
}
