import { z } from 'zod';
import type { SourceHealth, SourceHealthReport } from '../../domain/freshness/source-health';
import { err, ok, type Result } from '../../domain/result';
import { count, instantText, slugId, text, unitCode } from './common';
import { contractError, type ContractError } from './errors';
import type { ParseOptions } from './kpi-observation';
import { contextOf, instantAt, safeParse, type MapContext } from './parse-helpers';

/**
 * State of every catalogue source (GET /source-health): whether it answers, the freshness of
 * its data under its contract, and when it turns late and stale.
 */
export const sourceHealthSchema = z.object({
  sourceId: slugId.meta({ description: 'Source id from the catalogue (src/catalog/sources.ts).' }),
  name: text(200).min(1),
  protocol: z.enum(['kpi-rest', 'sensorthings', 'file-import']),
  ownerDepartmentId: slugId.meta({ description: 'Department told when the source is late.' }),
  status: z.enum(['up', 'degraded', 'down']),
  freshness: z.enum(['fresh', 'late', 'stale', 'no-data']),
  lastDeliveryAt: instantText
    .nullable()
    .meta({ description: 'As-of time of the last delivery; null if nothing ever arrived.' }),
  lateAt: instantText
    .nullable()
    .meta({ description: 'When the data turns late (may be ahead of now).' }),
  staleAt: instantText
    .nullable()
    .meta({ description: 'When the data turns stale (may be ahead of now).' }),
  datastreams: count.optional().meta({ description: 'Sensor sources: datastreams.' }),
  silentDatastreams: count
    .optional()
    .meta({ description: 'Sensor sources: datastreams that stopped sending.' }),
  message: text(500).optional(),
});

export type SourceHealthDTO = z.infer<typeof sourceHealthSchema>;

export const sourceHealthReportSchema = z.object({
  checkedAt: instantText,
  province: unitCode,
  sources: z.array(sourceHealthSchema).max(1000),
});

function laterInstant(
  text: string | null,
  field: string,
  ctx: MapContext,
): Result<number | null, ContractError> {
  if (text === null) return ok(null);
  const ms = Date.parse(text);
  return Number.isFinite(ms)
    ? ok(ms)
    : err(contractError(field, 'not a valid date-time', ctx.source));
}

export function toSourceHealth(
  dto: SourceHealthDTO,
  at: string,
  ctx: MapContext,
): Result<SourceHealth, ContractError> {
  const fail = (field: string, message: string) =>
    err(contractError(`${at}.${field}`, message, ctx.source));
  let lastDeliveryAtMs: number | null = null;
  if (dto.lastDeliveryAt !== null) {
    const last = instantAt(dto.lastDeliveryAt, `${at}.lastDeliveryAt`, ctx);
    if (!last.ok) return last;
    lastDeliveryAtMs = last.value;
  }
  if (dto.freshness === 'no-data' && lastDeliveryAtMs !== null) {
    return fail('freshness', 'is no-data but lastDeliveryAt is set');
  }
  if (dto.freshness !== 'no-data' && lastDeliveryAtMs === null) {
    return fail('lastDeliveryAt', `is required when freshness is ${dto.freshness}`);
  }
  // Deadlines are ahead of now while data is fresh: no clock-skew check on them.
  const lateAt = laterInstant(dto.lateAt, `${at}.lateAt`, ctx);
  if (!lateAt.ok) return lateAt;
  const staleAt = laterInstant(dto.staleAt, `${at}.staleAt`, ctx);
  if (!staleAt.ok) return staleAt;
  if (lateAt.value !== null && staleAt.value !== null && staleAt.value < lateAt.value) {
    return fail('staleAt', 'is before lateAt');
  }
  if (dto.silentDatastreams !== undefined) {
    if (dto.datastreams === undefined) return fail('datastreams', 'is required with silent ones');
    if (dto.silentDatastreams > dto.datastreams)
      return fail('silentDatastreams', 'exceeds datastreams');
  }
  return ok({
    sourceId: dto.sourceId,
    name: dto.name,
    protocol: dto.protocol,
    ownerDepartmentId: dto.ownerDepartmentId,
    status: dto.status,
    freshness: dto.freshness,
    lastDeliveryAtMs,
    lateAtMs: lateAt.value,
    staleAtMs: staleAt.value,
    datastreams: dto.datastreams ?? null,
    silentDatastreams: dto.silentDatastreams ?? null,
    message: dto.message ?? null,
  });
}

/**
 * Checks a GET /source-health report and maps it to domain source health. Never throws; the
 * first problem is reported with the field that failed.
 */
export function parseSourceHealth(
  json: unknown,
  options: ParseOptions = {},
): Result<SourceHealthReport, ContractError> {
  const parsed = safeParse(sourceHealthReportSchema, json, options.source);
  if (!parsed.ok) return parsed;
  const ctx = contextOf(options);
  const checkedAt = instantAt(parsed.value.checkedAt, 'checkedAt', ctx);
  if (!checkedAt.ok) return checkedAt;
  const sources: SourceHealth[] = [];
  const seen = new Set<string>();
  for (const [i, dto] of parsed.value.sources.entries()) {
    if (seen.has(dto.sourceId)) {
      return err(contractError(`sources[${i}].sourceId`, 'is listed twice', ctx.source));
    }
    seen.add(dto.sourceId);
    const mapped = toSourceHealth(dto, `sources[${i}]`, ctx);
    if (!mapped.ok) return mapped;
    sources.push(mapped.value);
  }
  return ok({ checkedAtMs: checkedAt.value, province: parsed.value.province, sources });
}
