import { z } from 'zod';
import type { DossierStats } from '../../domain/dossiers/stats';
import { err, ok, type Result } from '../../domain/result';
import { count, instantText, periodText, text, unitCode } from './common';
import { contractError, type ContractError } from './errors';
import {
  contextOf,
  instantAt,
  type MapContext,
  mapRows,
  periodAt,
  safeParse,
} from './parse-helpers';
import type { ParseOptions } from './kpi-observation';

/**
 * Dossier statistics per unit and period (GET /dossier-statistics): counts by status and by
 * deadline, as a one-stop system exports them (data-sources.md §1).
 */
export const dossierStatsSchema = z.object({
  unitCode,
  period: periodText,
  received: count.meta({ description: 'Dossiers received (tiếp nhận) in the period.' }),
  receivedOnline: count.optional().meta({ description: 'Of which received online.' }),
  processedEarly: count.meta({ description: 'Processed before the deadline (trước hạn).' }),
  processedOnTime: count.meta({ description: 'Processed on the deadline (đúng hạn).' }),
  processedLate: count.meta({ description: 'Processed after the deadline (quá hạn).' }),
  processed: count
    .optional()
    .meta({ description: 'Total processed; if sent, must equal early + on time + late.' }),
  pendingWithinDeadline: count.meta({
    description: 'Pending at the end of the period, still within the deadline.',
  }),
  pendingOverdue: count.meta({ description: 'Pending at the end of the period, overdue.' }),
  returnedOrWithdrawn: count.optional(),
  feeBearing: count.optional().meta({ description: 'Dossiers with a fee or charge.' }),
  paidOnline: count.optional().meta({ description: 'Of the fee-bearing, paid online.' }),
  digitisedComponents: count
    .optional()
    .meta({ description: 'Dossiers whose components were digitised.' }),
  electronicResults: count.optional().meta({ description: 'Results issued electronically.' }),
  source: text(200).min(1),
  asOf: instantText,
});

export type DossierStatsDTO = z.infer<typeof dossierStatsSchema>;

export const dossierStatsPageSchema = z.object({
  statistics: z.array(dossierStatsSchema).max(10_000),
  nextCursor: z.string().min(1).max(2000).optional(),
});

/** Parts that cannot exceed their whole: [part, whole]. */
const PART_OF = [
  ['receivedOnline', 'received'],
  ['paidOnline', 'feeBearing'],
  ['digitisedComponents', 'received'],
] as const;

export function toDossierStats(
  dto: DossierStatsDTO,
  at: string,
  ctx: MapContext,
): Result<DossierStats, ContractError> {
  const fail = (field: string, message: string) =>
    err(contractError(`${at}.${field}`, message, ctx.source));
  const period = periodAt(dto.period, `${at}.period`, ctx.source);
  if (!period.ok) return period;
  const asOf = instantAt(dto.asOf, `${at}.asOf`, ctx);
  if (!asOf.ok) return asOf;

  const processed = dto.processedEarly + dto.processedOnTime + dto.processedLate;
  if (dto.processed !== undefined && dto.processed !== processed) {
    return fail('processed', `is ${dto.processed} but early + on time + late is ${processed}`);
  }
  // An online-payment share needs its denominator: paid online without fee-bearing is unusable.
  if (dto.paidOnline !== undefined && dto.feeBearing === undefined) {
    return fail('feeBearing', 'is required with paidOnline');
  }
  for (const [part, whole] of PART_OF) {
    const p = dto[part];
    const w = dto[whole];
    if (p !== undefined && w !== undefined && p > w) return fail(part, `exceeds ${whole}`);
  }
  if (dto.electronicResults !== undefined && dto.electronicResults > processed) {
    return fail('electronicResults', 'exceeds the dossiers processed');
  }

  return ok({
    unitCode: dto.unitCode,
    period: period.value,
    received: dto.received,
    receivedOnline: dto.receivedOnline ?? null,
    processedEarly: dto.processedEarly,
    processedOnTime: dto.processedOnTime,
    processedLate: dto.processedLate,
    pendingWithinDeadline: dto.pendingWithinDeadline,
    pendingOverdue: dto.pendingOverdue,
    returnedOrWithdrawn: dto.returnedOrWithdrawn ?? null,
    feeBearing: dto.feeBearing ?? null,
    paidOnline: dto.paidOnline ?? null,
    digitisedComponents: dto.digitisedComponents ?? null,
    electronicResults: dto.electronicResults ?? null,
    asOfMs: asOf.value,
    asOfText: dto.asOf,
    source: dto.source,
  });
}

export function parseDossierStats(
  json: unknown,
  options: ParseOptions = {},
): Result<{ statistics: DossierStats[]; nextCursor: string | null }, ContractError> {
  const payload = Array.isArray(json) ? { statistics: json } : json;
  const parsed = safeParse(dossierStatsPageSchema, payload, options.source);
  if (!parsed.ok) return parsed;
  const ctx = contextOf(options);
  const statistics = mapRows(parsed.value.statistics, 'statistics', (dto, path) =>
    toDossierStats(dto, path, ctx),
  );
  if (!statistics.ok) return statistics;
  return ok({ statistics: statistics.value, nextCursor: parsed.value.nextCursor ?? null });
}
