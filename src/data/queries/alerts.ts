import { queryOptions } from '@tanstack/react-query';
import type { Severity } from '../../domain/alerts/types';
import type { AlertState } from '../../domain/alerts/lifecycle';
import type { AlertKind } from '../../domain/alerts/types';
import { fetchJson } from '../http/fetch-json';
import { sourceTimeout, sourceUrl } from '../config/current-config';
import { parseAlertView, parseAlertViews, type AlertView } from '../alerts/alert-view';
import { alertActionClient } from '../alerts/client';
import type { AlertAction } from '../alerts/actions';
import type { QueuedAction } from '../alerts/queue';
import { unwrapContract } from './contract-failure';
import type { SkippedRows } from '../contracts/alerts';

/**
 * Alerts API queries (GET /alerts, GET /alerts/{id}) and the mutation functions of the alert
 * actions. Conditions are evaluated by the alerts service (docs/alerts.md): the client lists
 * and acts, it does not raise alerts itself.
 */

export interface AlertListFilters {
  /** the province the alerts belong to (the mock follows the page's unit: part of the key) */
  readonly unitCode: string;
  readonly states?: readonly AlertState[];
  readonly severities?: readonly Severity[];
  readonly kinds?: readonly AlertKind[];
}

export interface AlertList {
  readonly alerts: readonly AlertView[];
  /** the service had more than the pages followed: the list shows the first, most urgent */
  readonly truncated: boolean;
  /** when the list was fetched (epoch ms) */
  readonly fetchedAtMs: number;
  /** rows left out because they broke the contract (over all pages), null when none */
  readonly skipped: SkippedRows | null;
}

/** Adds a page's skipped rows to the list's: counts add up, the first reason stays first. */
export function mergeSkipped(a: SkippedRows | null, b: SkippedRows | null): SkippedRows | null {
  if (a === null) return b;
  if (b === null) return a;
  return { count: a.count + b.count, first: a.first };
}

/** How often open alerts are re-read: a flood alarm must reach the wall within a minute. */
export const ALERTS_POLL_MS = 10_000;
/** Page size asked for, and most pages followed (the service sorts open and severe first). */
export const ALERTS_PAGE_SIZE = 200;
export const MAX_ALERT_PAGES = 10;

const list = (v: readonly string[] | undefined) =>
  v === undefined || v.length === 0 ? undefined : [...v].sort().join(',');

/** The same filters in the same order give the same key, whatever order the caller used. */
function normalised(filters: AlertListFilters) {
  return {
    unitCode: filters.unitCode,
    states: list(filters.states),
    severities: list(filters.severities),
    kinds: list(filters.kinds),
  };
}

export const alertQueries = {
  all: ['alerts'] as const,
  list: (filters: AlertListFilters) => {
    const f = normalised(filters);
    return queryOptions({
      queryKey: [...alertQueries.all, 'list', f] as const,
      queryFn: async ({ signal }): Promise<AlertList> => {
        const alerts: AlertView[] = [];
        let skipped: SkippedRows | null = null;
        let cursor: string | undefined;
        for (let page = 0; page < MAX_ALERT_PAGES; page++) {
          const url = sourceUrl('alerts', 'alerts', {
            unitCode: f.unitCode,
            state: f.states,
            severity: f.severities,
            kind: f.kinds,
            limit: ALERTS_PAGE_SIZE,
            cursor,
          });
          const json = await fetchJson(url, { signal, timeoutMs: sourceTimeout('alerts') });
          const parsed = unwrapContract(parseAlertViews(json, { source: 'alerts' }));
          alerts.push(...parsed.alerts);
          if (parsed.skipped !== null) {
            // Logged like a refused payload, so the source's fault shows up with the field named.
            console.warn(
              `[contract] alerts: ${parsed.skipped.count} row(s) skipped; first ${parsed.skipped.first.field} — ${parsed.skipped.first.message}`,
            );
          }
          skipped = mergeSkipped(skipped, parsed.skipped);
          if (parsed.nextCursor === null) {
            return {
              alerts: dedupeById(alerts),
              truncated: false,
              fetchedAtMs: Date.now(),
              skipped,
            };
          }
          cursor = parsed.nextCursor;
        }
        return { alerts: dedupeById(alerts), truncated: true, fetchedAtMs: Date.now(), skipped };
      },
      refetchInterval: ALERTS_POLL_MS,
      // Keep showing the last list while a refresh fails (stale marker, not a blank panel).
      placeholderData: (previous) => previous,
    });
  },
  detail: (id: string) =>
    queryOptions({
      queryKey: [...alertQueries.all, 'detail', id] as const,
      queryFn: async ({ signal }): Promise<AlertView> => {
        const url = sourceUrl('alerts', `alerts/${encodeURIComponent(id)}`);
        const json = await fetchJson(url, { signal, timeoutMs: sourceTimeout('alerts') });
        return unwrapContract(parseAlertView(json, { source: 'alerts' }));
      },
      refetchInterval: ALERTS_POLL_MS,
    }),
};

/** A page boundary moving under a refresh can repeat a row: one per id. */
function dedupeById(alerts: readonly AlertView[]): AlertView[] {
  const seen = new Set<string>();
  return alerts.filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)));
}

// ------------------------------------------------------------------------------- actions

/**
 * Mutation functions: each puts the action in the outbox (src/data/alerts/queue.ts), which
 * sends it now or, offline, later. They resolve once the action is safely stored, not when
 * the server has it: the UI shows it as pending until then.
 */
export const alertMutations = {
  acknowledge: (alertId: string, by: string, note?: string): Promise<QueuedAction> =>
    enqueue({ kind: 'acknowledge', alertId, by, ...(note ? { note } : {}) }),
  assign: (alertId: string, by: string, assignee: string, note?: string): Promise<QueuedAction> =>
    enqueue({ kind: 'assign', alertId, by, assignee, ...(note ? { note } : {}) }),
  resolve: (alertId: string, by: string, note?: string): Promise<QueuedAction> =>
    enqueue({ kind: 'resolve', alertId, by, ...(note ? { note } : {}) }),
  silence: (alertId: string, by: string, untilMs: number, note?: string): Promise<QueuedAction> =>
    enqueue({ kind: 'silence', alertId, by, untilMs, ...(note ? { note } : {}) }),
  note: (alertId: string, by: string, text: string): Promise<QueuedAction> =>
    enqueue({ kind: 'note', alertId, by, note: text }),
};

function enqueue(action: AlertAction): Promise<QueuedAction> {
  return alertActionClient().enqueue(action);
}
