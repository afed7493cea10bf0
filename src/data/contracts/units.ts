import { z } from 'zod';
import type { UnitListing } from '../../domain/admin-units/listing';
import { err, ok, type Result } from '../../domain/result';
import { slugId, text, unitCode } from './common';
import { contractError, type ContractError } from './errors';
import type { ParseOptions } from './kpi-observation';
import { contextOf, type MapContext, mapRows, safeParse } from './parse-helpers';

/**
 * Units a source knows under a parent (GET /units?parent=): the provinces under "VN", or the
 * departments and communes of a province.
 */
export const UNIT_LISTING_KINDS = [
  'province',
  'city',
  'department',
  'ward',
  'commune',
  'special-zone',
] as const;

const COMMUNE_KINDS: ReadonlySet<string> = new Set(['ward', 'commune', 'special-zone']);

export const unitListingSchema = z.object({
  code: unitCode,
  name: text(200).min(1).meta({ description: 'Official name (shown as text).' }),
  kind: z.enum(UNIT_LISTING_KINDS),
  parent: unitCode.meta({ description: 'Code of the parent unit: "VN" or a province code.' }),
  synthetic: z.boolean().meta({ description: 'True when the unit is simulated (mock data).' }),
  departmentId: slugId.optional().meta({ description: 'Departments only: the catalogue id.' }),
  inCatalogue: z
    .boolean()
    .optional()
    .meta({ description: 'Departments only: whether the dashboard catalogue has it.' }),
});

export type UnitListingDTO = z.infer<typeof unitListingSchema>;

export const unitListingPageSchema = z.object({
  units: z.array(unitListingSchema).max(10_000),
  nextCursor: z.string().min(1).max(2000).optional(),
});

export function toUnitListing(
  dto: UnitListingDTO,
  at: string,
  ctx: MapContext,
): Result<UnitListing, ContractError> {
  const fail = (field: string, message: string) =>
    err(contractError(`${at}.${field}`, message, ctx.source));
  if (dto.kind === 'province' || dto.kind === 'city') {
    if (!/^\d{2}$/.test(dto.code)) return fail('code', 'expected a 2-digit province code');
    if (dto.parent !== 'VN') return fail('parent', 'expected "VN" for a province');
  } else if (COMMUNE_KINDS.has(dto.kind)) {
    if (!/^\d{5}$/.test(dto.code)) return fail('code', 'expected a 5-digit commune code');
  }
  if (dto.kind === 'department') {
    if (dto.departmentId === undefined) return fail('departmentId', 'is required for a department');
    if (dto.code !== `${dto.parent}.${dto.departmentId}`) {
      return fail('code', 'expected "<parent>.<departmentId>" for a department');
    }
  } else if (dto.departmentId !== undefined) {
    return fail('departmentId', 'is only for departments');
  }
  if (dto.kind !== 'province' && dto.kind !== 'city' && !/^\d{2}$/.test(dto.parent)) {
    return fail('parent', 'expected a 2-digit province code');
  }
  return ok({
    code: dto.code,
    name: dto.name,
    kind: dto.kind,
    parent: dto.parent,
    departmentId: dto.departmentId ?? null,
    inCatalogue: dto.inCatalogue ?? null,
    synthetic: dto.synthetic,
  });
}

/**
 * Checks a GET /units page (or a bare array of units) and maps it to domain unit listings.
 * Never throws; the first problem is reported with the field that failed.
 */
export function parseUnitListings(
  json: unknown,
  options: ParseOptions = {},
): Result<{ units: UnitListing[]; nextCursor: string | null }, ContractError> {
  const payload = Array.isArray(json) ? { units: json } : json;
  const parsed = safeParse(unitListingPageSchema, payload, options.source);
  if (!parsed.ok) return parsed;
  const ctx = contextOf(options);
  const units = mapRows(parsed.value.units, 'units', (dto, path) => toUnitListing(dto, path, ctx));
  if (!units.ok) return units;
  return ok({ units: units.value, nextCursor: parsed.value.nextCursor ?? null });
}
