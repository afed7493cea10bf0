import type { DataFault } from '../scenario';
import { DAY } from '../time';

/**
 * Content failures (data-sources.md §4) applied to a JSON page of rows. Each source describes
 * its rows (which list, which fields are times, texts, required) and this module breaks them the
 * way real sources do. Transport failures are in transport.ts.
 */

/** "stale": the source stopped updating 400 days ago (its newest data is that old). */
export const STALE_SHIFT_MS = 400 * DAY;
/** "future": the source's clock runs three days ahead (clock skew). */
export const FUTURE_SHIFT_MS = 3 * DAY;
/** "huge": whatever the client asks, pages hold at most this many rows (follow the cursor). */
export const HUGE_PAGE_SIZE = 25;
/** "markup": what a hostile or careless upstream puts in names. */
export const MARKUP = '<img src=x onerror="alert(1)"><script>alert("xss")</script>';

export type Row = Record<string, unknown>;

export interface RowFaultSpec {
  /** the array in the page: "observations", "statistics", "scores", "alerts" */
  readonly listKey: string;
  /** instant fields (ISO text) that clock skew moves */
  readonly timeFields: readonly string[];
  /** fields a "missing-fields" payload drops */
  readonly requiredFields: readonly string[];
  /** free-text fields that get markup */
  readonly textFields: readonly string[];
  /** makes a row out of range (negative count, ratio above 100 %…) */
  readonly outOfRange: (row: Row) => Row;
}

function shiftIso(text: unknown, byMs: number): unknown {
  if (typeof text !== 'string') return text;
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return text;
  const d = new Date(ms + byMs + 7 * 3_600_000);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}+07:00`;
}

/** Applies a content fault to a page `{ [listKey]: rows, … }`. Stale and huge act earlier. */
export function applyRowFault(body: Row, fault: DataFault, spec: RowFaultSpec): Row {
  const rows = Array.isArray(body[spec.listKey]) ? (body[spec.listKey] as Row[]) : [];
  switch (fault) {
    case 'empty':
      return { ...body, [spec.listKey]: [], nextCursor: undefined };
    case 'wrong-shape':
      // The list arrives as an object and numbers as locale-formatted text ("45,8").
      return {
        ...body,
        [spec.listKey]: Object.fromEntries(
          rows.map((r, i) => [
            String(i),
            Object.fromEntries(
              Object.entries(r).map(([k, v]) => [
                k,
                typeof v === 'number' ? String(v).replace('.', ',') : v,
              ]),
            ),
          ]),
        ),
      };
    case 'missing-fields':
      return {
        ...body,
        [spec.listKey]: rows.map((r) => {
          const kept = new Set(Object.keys(r).filter((k) => !spec.requiredFields.includes(k)));
          return Object.fromEntries(Object.entries(r).filter(([k]) => kept.has(k)));
        }),
      };
    case 'out-of-range':
      return {
        ...body,
        [spec.listKey]: rows.map((r, i) =>
          i === rows.length - 1 || i === 0 ? spec.outOfRange(r) : r,
        ),
      };
    case 'duplicates': {
      // Every third row twice, and the page in reverse order (out of order).
      const out: Row[] = [];
      for (const [i, r] of rows.entries()) {
        out.push(r);
        if (i % 3 === 0) out.push({ ...r });
      }
      return { ...body, [spec.listKey]: out.reverse() };
    }
    case 'future':
      return {
        ...body,
        [spec.listKey]: rows.map((r) => {
          const copy = { ...r };
          for (const f of spec.timeFields) copy[f] = shiftIso(copy[f], FUTURE_SHIFT_MS);
          return copy;
        }),
      };
    case 'markup':
      return {
        ...body,
        [spec.listKey]: rows.map((r) => {
          const copy = { ...r };
          for (const f of spec.textFields) {
            const v = copy[f];
            if (typeof v === 'string') copy[f] = `${MARKUP}${v}`.slice(0, 190);
          }
          return copy;
        }),
      };
    case 'stale':
    case 'huge':
      return body;
  }
}

/** A page size under the "huge" fault. */
export function pageSizeFor(requested: number, fault: DataFault | null): number {
  return fault === 'huge' ? Math.min(requested, HUGE_PAGE_SIZE) : requested;
}

/** Opaque cursor: base64url of an offset. */
export function encodeCursor(offset: number): string {
  return btoa(JSON.stringify({ o: offset }))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

export function decodeCursor(cursor: string): number | null {
  try {
    const padded = cursor.replace(/-/g, '+').replace(/_/g, '/');
    const json: unknown = JSON.parse(atob(padded + '='.repeat((4 - (padded.length % 4)) % 4)));
    if (typeof json === 'object' && json !== null && 'o' in json) {
      const o: unknown = json.o;
      if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
    }
    return null;
  } catch {
    return null;
  }
}
