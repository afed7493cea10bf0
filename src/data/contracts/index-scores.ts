import { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';
import type { Period } from '../../domain/time/period';
import { instantText, periodText, text, unitCode } from './common';
import { contractError, type ContractError } from './errors';
import type { ParseOptions } from './kpi-observation';
import {
  contextOf,
  instantAt,
  type MapContext,
  mapRows,
  periodAt,
  safeParse,
} from './parse-helpers';

/**
 * Published index scores per unit and period (GET /index-scores): the 766 index (100 points,
 * five groups), DTI (0–1 in 2020, 1,000 points from 2022) or another named index, with the rank
 * when the publisher gives one.
 */
export const INDEX_IDS = ['index766', 'dti'] as const;
export type IndexId = (typeof INDEX_IDS)[number];

const score = z.number().min(0).max(1000);

export const indexScoreSchema = z.object({
  index: z.enum(INDEX_IDS),
  unitCode,
  period: periodText,
  total: score.nullable(),
  maxTotal: z
    .number()
    .positive()
    .max(1000)
    .meta({ description: 'Maximum total: 100 for 766, 1000 or 1 for DTI.' }),
  groups: z
    .array(
      z.object({
        id: z.string().min(1).max(64),
        score: score.nullable(),
        max: z.number().positive().max(1000),
      }),
    )
    .max(20)
    .optional(),
  rank: z.number().int().min(1).max(250).optional(),
  rankOf: z
    .number()
    .int()
    .min(1)
    .max(250)
    .optional()
    .meta({ description: 'Number of units ranked.' }),
  source: text(200).min(1),
  asOf: instantText,
});

export type IndexScoreDTO = z.infer<typeof indexScoreSchema>;

export const indexScorePageSchema = z.object({
  scores: z.array(indexScoreSchema).max(10_000),
  nextCursor: z.string().min(1).max(2000).optional(),
});

export interface IndexScore {
  readonly index: IndexId;
  readonly unitCode: string;
  readonly period: Period;
  readonly total: number | null;
  readonly maxTotal: number;
  readonly groups: readonly {
    readonly id: string;
    readonly score: number | null;
    readonly max: number;
  }[];
  readonly rank: number | null;
  readonly rankOf: number | null;
  readonly source: string;
  readonly asOfMs: number;
  readonly asOfText: string;
}

/** Published group scores are rounded to two decimals; their sum may be off by that much. */
export const GROUP_SUM_TOLERANCE = 0.05;

export function toIndexScore(
  dto: IndexScoreDTO,
  at: string,
  ctx: MapContext,
): Result<IndexScore, ContractError> {
  const fail = (field: string, message: string) =>
    err(contractError(`${at}.${field}`, message, ctx.source));
  const period = periodAt(dto.period, `${at}.period`, ctx.source);
  if (!period.ok) return period;
  const asOf = instantAt(dto.asOf, `${at}.asOf`, ctx);
  if (!asOf.ok) return asOf;
  if (dto.total !== null && dto.total > dto.maxTotal) return fail('total', 'exceeds maxTotal');
  const groups = dto.groups ?? [];
  for (const [i, g] of groups.entries()) {
    if (g.score !== null && g.score > g.max) return fail(`groups[${i}].score`, 'exceeds its max');
  }
  if (groups.length > 0 && dto.total !== null && groups.every((g) => g.score !== null)) {
    const sum = groups.reduce((s, g) => s + (g.score ?? 0), 0);
    if (Math.abs(sum - dto.total) > GROUP_SUM_TOLERANCE) {
      return fail('total', `is ${dto.total} but the groups add up to ${sum.toFixed(2)}`);
    }
  }
  if (dto.rank !== undefined && dto.rankOf !== undefined && dto.rank > dto.rankOf) {
    return fail('rank', 'exceeds rankOf');
  }
  return ok({
    index: dto.index,
    unitCode: dto.unitCode,
    period: period.value,
    total: dto.total,
    maxTotal: dto.maxTotal,
    groups,
    rank: dto.rank ?? null,
    rankOf: dto.rankOf ?? null,
    source: dto.source,
    asOfMs: asOf.value,
    asOfText: dto.asOf,
  });
}

export function parseIndexScores(
  json: unknown,
  options: ParseOptions = {},
): Result<{ scores: IndexScore[]; nextCursor: string | null }, ContractError> {
  const payload = Array.isArray(json) ? { scores: json } : json;
  const parsed = safeParse(indexScorePageSchema, payload, options.source);
  if (!parsed.ok) return parsed;
  const ctx = contextOf(options);
  const scores = mapRows(parsed.value.scores, 'scores', (dto, path) =>
    toIndexScore(dto, path, ctx),
  );
  if (!scores.ok) return scores;
  return ok({ scores: scores.value, nextCursor: parsed.value.nextCursor ?? null });
}
