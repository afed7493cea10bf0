import { contractError } from '../contracts/errors';
import { dedupeById } from './dedupe';
import { SensorFailure, toSensorFailure } from './failure';
import type { StaIssue, StaObservation, StaStation, StationsSnapshot } from './model';
import { parseDataArrayPage, parseObservationsPageSliced, parseStationsPageSliced } from './parse';
import type { ContractError } from '../contracts/errors';
import type { Result } from '../../domain/result';
import { measureSince, timingNow } from './timing';

/** How the client reaches the network: fetchJson in the app, a fake in tests. */
export type JsonFetcher = (url: string, options: { signal?: AbortSignal }) => Promise<unknown>;

export interface SensorThingsClientOptions {
  /** service root, e.g. "https://sta.example.vn/v1.1" or "/api/sta/v1.1" resolved to absolute */
  readonly baseUrl: string;
  readonly fetchJson: JsonFetcher;
  /** the clock used to refuse future times (clock skew); default Date.now */
  readonly now?: () => number;
  /** most pages followed per request; servers cap $top, a runaway nextLink must not hang us */
  readonly maxPages?: number;
  /** `$top` asked for; servers may give fewer (the mock caps at 1,000) */
  readonly pageSize?: number;
}

/** Where an incremental poll resumes: phenomenon time, and result time when the server gives it. */
export interface PollCursor {
  readonly phenomenonMs: number;
  readonly resultMs: number | null;
}

export interface ObservationBatch {
  readonly observations: readonly StaObservation[];
  readonly issues: readonly StaIssue[];
  /** where the next poll resumes (unchanged when nothing new arrived) */
  readonly cursor: PollCursor;
}

export const DEFAULT_MAX_PAGES = 50;
/**
 * Results are published after the phenomenon (the mock's air stations: 5 min later). The
 * phenomenon-time filter therefore looks back this far, and the result-time filter keeps only
 * what is new, so a late result of an earlier tick is not skipped.
 */
export const MAX_RESULT_LAG_MS = 15 * 60_000;

const LATEST = 'Observations($orderby=phenomenonTime desc;$top=1)';

/** OData literal of an instant: UTC with milliseconds, as FROST writes them. */
export function odataInstant(ms: number): string {
  return new Date(ms).toISOString();
}

function issuesOf(
  observations: readonly StaObservation[],
  duplicates: number,
  truncatedPages: number | null,
): StaIssue[] {
  const issues: StaIssue[] = [];
  if (truncatedPages !== null) issues.push({ kind: 'truncated', pages: truncatedPages });
  if (duplicates > 0) issues.push({ kind: 'duplicates', count: duplicates });
  const outOfRange = observations.filter((o) => o.outOfRange).length;
  if (outOfRange > 0) issues.push({ kind: 'out-of-range', count: outOfRange });
  const text = observations.filter(
    (o) => o.value === null && o.text !== null && !o.outOfRange,
  ).length;
  if (text > 0) issues.push({ kind: 'non-numeric', count: text });
  return issues;
}

export function createSensorThingsClient(options: SensorThingsClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const origin = new URL(base).origin;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const pageSize = options.pageSize ?? 1000;
  const now = options.now ?? Date.now;
  /** property key per datastream, learnt from the station list (for range checks on polls) */
  const propertyKeys = new Map<string, string | null>();

  function url(path: string, params: Record<string, string>): string {
    // Encoded by hand: URLSearchParams writes spaces as "+", which OData servers read literally.
    const query = Object.entries(params)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&');
    return `${base}/${path}?${query}`;
  }

  async function get(href: string, signal: AbortSignal | undefined): Promise<unknown> {
    try {
      return await options.fetchJson(href, signal ? { signal } : {});
    } catch (e) {
      throw toSensorFailure(e);
    }
  }

  function unwrap<T>(r: Result<T, ContractError>): T {
    if (!r.ok) {
      console.warn(
        `[contract] ${r.error.source ?? 'sensors'}: ${r.error.field} — ${r.error.message}`,
      );
      throw new SensorFailure('contract', `${r.error.field || '(payload)'}: ${r.error.message}`, {
        problem: r.error,
      });
    }
    return r.value;
  }

  /** A nextLink is followed only on the service's own origin (a source must not send us elsewhere). */
  function checkedNext(link: string | null): string | null {
    if (link === null) return null;
    if (new URL(link, base).origin !== origin) {
      throw new SensorFailure('contract', '@iot.nextLink: points outside the service', {
        problem: contractError('@iot.nextLink', 'points outside the service', 'sensors'),
      });
    }
    return link;
  }

  /**
   * Follows @iot.nextLink until the end or the page cap. `onCap: 'truncate'` keeps what came
   * (reported as an issue); 'fail' throws a typed page-cap failure.
   */
  async function paged<T>(
    first: string,
    parse: (
      json: unknown,
    ) => { items: T[]; nextLink: string | null } | Promise<{ items: T[]; nextLink: string | null }>,
    signal: AbortSignal | undefined,
    onCap: 'truncate' | 'fail',
  ): Promise<{ items: T[]; truncatedPages: number | null }> {
    const items: T[] = [];
    let href: string | null = first;
    for (let page = 0; href !== null; page++) {
      if (page >= maxPages) {
        if (onCap === 'fail') {
          throw new SensorFailure(
            'page-cap',
            `more than ${maxPages} pages: stopped following @iot.nextLink`,
          );
        }
        return { items, truncatedPages: maxPages };
      }
      const parsed = await parse(await get(href, signal));
      for (const item of parsed.items) items.push(item);
      href = checkedNext(parsed.nextLink);
    }
    return { items, truncatedPages: null };
  }

  /** Stations (Things) with location, datastreams and each datastream's latest observation. */
  async function stations(signal?: AbortSignal): Promise<StationsSnapshot> {
    const first = url('Things', {
      $top: String(pageSize),
      $expand: `Locations,Datastreams($expand=ObservedProperty,${LATEST})`,
    });
    const { items, truncatedPages } = await paged(
      first,
      async (json) => {
        const p = unwrap(await parseStationsPageSliced(json, { nowMs: now() }));
        return {
          items: [{ stations: p.stations, observations: p.observations }],
          nextLink: p.nextLink,
        };
      },
      signal,
      'truncate',
    );
    const mergeStart = timingNow();
    const byId = new Map<string, StaStation>();
    let repeatedStations = 0;
    const all: StaObservation[] = [];
    for (const page of items) {
      for (const s of page.stations) {
        if (byId.has(s.id)) repeatedStations++;
        byId.set(s.id, s);
        for (const d of s.datastreams) propertyKeys.set(d.id, d.propertyKey);
      }
      all.push(...page.observations);
    }
    const { observations, duplicates } = dedupeById(all);
    const latest = new Map<string, StaObservation>();
    let cursorMs: number | null = null;
    for (const o of observations) {
      const prev = latest.get(o.datastreamId);
      if (!prev || o.phenomenonTimeMs >= prev.phenomenonTimeMs) latest.set(o.datastreamId, o);
      if (cursorMs === null || o.phenomenonTimeMs > cursorMs) cursorMs = o.phenomenonTimeMs;
    }
    measureSince('merge-stations', mergeStart);
    return {
      stations: [...byId.values()],
      latest,
      issues: issuesOf(observations, duplicates + repeatedStations, truncatedPages),
      cursorMs,
    };
  }

  /**
   * Incremental poll of every datastream: what arrived after the cursor, oldest first,
   * deduplicated. `untilMs` bounds a back-fill. Pages beyond the cap are left for the next
   * poll (the cursor only advances over what was read, rows being ordered by time).
   */
  async function observationsSince(
    cursor: PollCursor,
    opts: { readonly signal?: AbortSignal; readonly untilMs?: number } = {},
  ): Promise<ObservationBatch> {
    const clauses = [
      `phenomenonTime gt ${odataInstant(cursor.phenomenonMs - (cursor.resultMs === null ? 0 : MAX_RESULT_LAG_MS))}`,
    ];
    if (cursor.resultMs !== null) clauses.push(`resultTime gt ${odataInstant(cursor.resultMs)}`);
    if (opts.untilMs !== undefined) clauses.push(`phenomenonTime le ${odataInstant(opts.untilMs)}`);
    const first = url('Observations', {
      $filter: clauses.join(' and '),
      $orderby: 'phenomenonTime asc',
      $expand: 'Datastream($select=id)',
      $top: String(pageSize),
    });
    const { items, truncatedPages } = await paged(
      first,
      async (json) => {
        const p = unwrap(
          await parseObservationsPageSliced(json, {
            nowMs: now(),
            propertyKeyOf: (id) => propertyKeys.get(id) ?? null,
          }),
        );
        return { items: p.observations, nextLink: p.nextLink };
      },
      opts.signal,
      'truncate',
    );
    const mergeStart = timingNow();
    const { observations, duplicates } = dedupeById(items);
    let next = cursor;
    for (const o of observations) {
      next = {
        phenomenonMs: Math.max(next.phenomenonMs, o.phenomenonTimeMs),
        resultMs:
          o.resultTimeMs === null
            ? next.resultMs
            : Math.max(next.resultMs ?? o.resultTimeMs, o.resultTimeMs),
      };
    }
    const issues = issuesOf(observations, duplicates, truncatedPages);
    measureSince('merge-poll', mergeStart);
    return { observations, issues, cursor: next };
  }

  /** One datastream after an instant (`phenomenonTime gt`), for a chart that is already open. */
  async function datastreamSince(
    datastreamId: string,
    afterMs: number,
    signal?: AbortSignal,
  ): Promise<StaObservation[]> {
    const first = url(`Datastreams(${datastreamId})/Observations`, {
      $filter: `phenomenonTime gt ${odataInstant(afterMs)}`,
      $orderby: 'phenomenonTime asc',
      $top: String(pageSize),
    });
    const { items } = await paged(
      first,
      async (json) => {
        const p = unwrap(
          await parseObservationsPageSliced(json, {
            nowMs: now(),
            datastreamId,
            propertyKeyOf: () => propertyKeys.get(datastreamId) ?? null,
          }),
        );
        return { items: p.observations, nextLink: p.nextLink };
      },
      signal,
      'fail',
    );
    return dedupeById(items).observations;
  }

  /** A datastream's history from an instant, in the compact dataArray form (charts). */
  async function history(
    datastreamId: string,
    fromMs: number,
    opts: { readonly signal?: AbortSignal; readonly propertyKey?: string | null } = {},
  ): Promise<{ observations: StaObservation[]; issues: StaIssue[] }> {
    const propertyKey = opts.propertyKey ?? propertyKeys.get(datastreamId) ?? null;
    const first = url(`Datastreams(${datastreamId})/Observations`, {
      $filter: `phenomenonTime ge ${odataInstant(fromMs)}`,
      $orderby: 'phenomenonTime asc',
      $select: 'id,phenomenonTime,result',
      $resultFormat: 'dataArray',
      $top: String(pageSize),
    });
    const { items, truncatedPages } = await paged(
      first,
      (json) => {
        const p = unwrap(parseDataArrayPage(json, { nowMs: now(), datastreamId, propertyKey }));
        return { items: p.observations, nextLink: p.nextLink };
      },
      opts.signal,
      'fail',
    );
    const { observations, duplicates } = dedupeById(items);
    return { observations, issues: issuesOf(observations, duplicates, truncatedPages) };
  }

  return { stations, observationsSince, datastreamSince, history, baseUrl: base };
}

export type SensorThingsClient = ReturnType<typeof createSensorThingsClient>;
