import type { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';
import { parsePeriod, type Period } from '../../domain/time/period';
import { contractError, fromZodError, type ContractError } from './errors';

/** Shared steps of the DTO → domain mappers. */

export interface MapContext {
  readonly source?: string;
  readonly nowMs: number;
  readonly maxClockSkewMs: number;
}

export const DEFAULT_MAX_CLOCK_SKEW_MS = 10 * 60_000;

export function contextOf(options: {
  readonly source?: string;
  readonly nowMs?: number;
  readonly maxClockSkewMs?: number;
}): MapContext {
  return {
    ...(options.source === undefined ? {} : { source: options.source }),
    nowMs: options.nowMs ?? Date.now(),
    maxClockSkewMs: options.maxClockSkewMs ?? DEFAULT_MAX_CLOCK_SKEW_MS,
  };
}

export function safeParse<S extends z.ZodType>(
  schema: S,
  json: unknown,
  source?: string,
): Result<z.infer<S>, ContractError> {
  try {
    const parsed = schema.safeParse(json);
    return parsed.success ? ok(parsed.data) : err(fromZodError(parsed.error, source));
  } catch (e) {
    // safeParse does not throw on data, but a hostile object (a throwing getter, a Proxy) can.
    const message = e instanceof Error ? e.message.slice(0, 200) : 'unreadable payload';
    return err(contractError('', `payload could not be read: ${message}`, source));
  }
}

export function periodAt(
  text: string,
  field: string,
  source?: string,
): Result<Period, ContractError> {
  const p = parsePeriod(text);
  return p.ok ? p : err(contractError(field, p.error, source));
}

/** Epoch ms of an ISO text already checked by the schema; refuses the future beyond the skew. */
export function instantAt(
  text: string,
  field: string,
  ctx: MapContext,
): Result<number, ContractError> {
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return err(contractError(field, 'not a valid date-time', ctx.source));
  if (ms > ctx.nowMs + ctx.maxClockSkewMs) {
    return err(contractError(field, 'is in the future (clock skew at the source?)', ctx.source));
  }
  return ok(ms);
}

/**
 * Maps the rows of a checked page, each named by its path (`observations[3]`) in an error. The
 * first row that fails fails the page: these are figures, and a page with a wrong figure in it
 * is not one to show.
 */
export function mapRows<D, T>(
  rows: readonly D[],
  listKey: string,
  map: (dto: D, path: string) => Result<T, ContractError>,
): Result<T[], ContractError> {
  const out: T[] = [];
  for (const [i, dto] of rows.entries()) {
    const mapped = map(dto, `${listKey}[${String(i)}]`);
    if (!mapped.ok) return mapped;
    out.push(mapped.value);
  }
  return ok(out);
}
