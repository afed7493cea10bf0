import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { mockNow } from '../clock';
import { beginRequest } from '../context';
import { mockProvince } from '../scenario';
import {
  applyRowFault,
  decodeCursor,
  encodeCursor,
  pageSizeFor,
  type RowFaultSpec,
} from '../scenarios/data-faults';
import { problem } from '../scenarios/transport';
import { createMemoryAlertStore, type AlertStore, type StoredAlert } from './store';
import {
  AlertConflict,
  AlertNotFound,
  createAlertService,
  evaluateConditions,
  reconcile,
  scopeOf,
  sortAlerts,
  toAlertDto,
  type AlertService,
} from './service';

/**
 * Alerts API at {alerts baseUrl} = /api/alerts/v1:
 *   GET  /alerts?unitCode=&state=&severity=&kind=&limit=&cursor=   { alerts, nextCursor? }
 *   GET  /alerts/{id}
 *   POST /alerts/{id}/acknowledge  { by, note? }
 *   POST /alerts/{id}/assign       { by, assignee, note? }
 *   POST /alerts/{id}/resolve      { by, note? }
 *   POST /alerts/{id}/notes        { by, text }
 *   POST /alerts/{id}/silence      { by, until, note? }   (until: ISO 8601 date-time)
 * Errors are RFC 9457 problems: 400 (bad body), 404 (unknown alert), 409 (not allowed in the
 * alert's state, e.g. acknowledging a resolved alert).
 */
export const ALERTS_BASE = '*/api/alerts/v1';

let service: AlertService = createAlertService(createMemoryAlertStore());

/** Chooses where alerts are kept (browser.ts: IndexedDB; default: memory). */
export function configureAlertStore(store: AlertStore): void {
  service = createAlertService(store);
}

export function alertService(): AlertService {
  return service;
}

const ALERTS_SPEC: RowFaultSpec = {
  listKey: 'alerts',
  timeFields: ['raisedAt', 'updatedAt'],
  requiredFields: ['raisedAt', 'state'],
  textFields: ['title', 'acknowledgedBy'],
  outOfRange: (r) => ({ ...r, value: 1e18, threshold: -1e18 }),
};

const DEFAULT_LIMIT = 200;
const MAX_LIMIT = 1000;
/** Under the "huge" fault: this many extra (synthetic, not stored) alerts. */
export const HUGE_ALERTS = 5000;

function multi(url: URL, name: string): string[] {
  return url.searchParams
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function hugeExtras(base: StoredAlert | undefined, scope: string, now: number): StoredAlert[] {
  const out: StoredAlert[] = [];
  for (let i = 0; i < HUGE_ALERTS; i++) {
    const raisedAt = now - (i + 1) * 60_000;
    out.push({
      v: 1,
      id: `al-huge-${i}`,
      scope,
      key: `huge-${i}`,
      ruleId: 'sla.dossiers-overdue',
      kind: 'sla',
      severity: i % 7 === 0 ? 'critical' : 'warning',
      state: 'open',
      subject: {
        ...(base?.subject ?? {}),
        unitCode: mockProvince(),
        departmentId: `mock-${i % 40}`,
      },
      value: 1 + (i % 50),
      threshold: 1,
      title: `Hồ sơ quá hạn #${i + 1} (kịch bản "huge")`,
      raisedAt,
      updatedAt: raisedAt,
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: null,
      assignee: null,
      assignedAt: null,
      history: [],
      notes: [],
      audit: [],
      conditionActive: true,
    });
  }
  return out;
}

const actionBody = z.object({
  by: z.string().trim().min(1).max(200),
  note: z.string().max(2000).optional(),
  assignee: z.string().trim().min(1).max(200).optional(),
  text: z.string().trim().min(1).max(2000).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
});

async function readBody(request: Request): Promise<z.infer<typeof actionBody> | string> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return 'body: expected JSON';
  }
  const parsed = actionBody.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`;
  }
  return parsed.data;
}

const ACTIONS = {
  acknowledge: 'acknowledge',
  assign: 'assign',
  resolve: 'resolve',
  notes: 'note',
  silence: 'silence',
} as const;

export const alertHandlers = [
  http.get(`${ALERTS_BASE}/alerts`, async ({ request }) => {
    const begun = await beginRequest('alerts');
    if ('response' in begun) return begun.response;
    const { gen, fault } = begun.context;
    const url = new URL(request.url);
    const province = mockProvince();
    const unitFilter = multi(url, 'unitCode');
    const states = multi(url, 'state');
    const severities = multi(url, 'severity');
    const kinds = multi(url, 'kind');
    const rawLimit = url.searchParams.get('limit');
    const limit = rawLimit === null ? DEFAULT_LIMIT : Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      return problem(400, 'Bad Request', `limit: expected 1 to ${MAX_LIMIT}`);
    }
    const cursor = url.searchParams.get('cursor');
    const offset = cursor === null ? 0 : decodeCursor(cursor);
    if (offset === null)
      return problem(400, 'Bad Request', 'cursor: not a cursor this source issued');

    const scope = scopeOf(gen.seed, province);
    let alerts: StoredAlert[];
    if (fault === 'stale') {
      // The service stopped 400 days ago: what it would have said then, not stored.
      alerts = reconcile([], evaluateConditions(gen, province), scope, gen.nowMs);
    } else {
      alerts = await service.sync(gen, province);
      if (fault === 'huge') alerts = [...alerts, ...hugeExtras(alerts[0], scope, gen.nowMs)];
    }
    const filtered = sortAlerts(alerts).filter(
      (a) =>
        (unitFilter.length === 0 || unitFilter.includes(a.subject.unitCode ?? province)) &&
        (states.length === 0 || states.includes(a.state)) &&
        (severities.length === 0 || severities.includes(a.severity)) &&
        (kinds.length === 0 || kinds.includes(a.kind)),
    );
    const size = pageSizeFor(limit, fault);
    const page = filtered.slice(offset, offset + size);
    const body = {
      alerts: page.map(toAlertDto),
      ...(offset + size < filtered.length ? { nextCursor: encodeCursor(offset + size) } : {}),
    };
    return HttpResponse.json(fault ? applyRowFault(body, fault, ALERTS_SPEC) : body);
  }),

  http.get(`${ALERTS_BASE}/alerts/:id`, async ({ params }) => {
    const begun = await beginRequest('alerts');
    if ('response' in begun) return begun.response;
    const a = await service.get(String(params.id));
    if (!a) return problem(404, 'Not Found', `no alert ${String(params.id).slice(0, 100)}`);
    return HttpResponse.json(toAlertDto(a));
  }),

  http.post(`${ALERTS_BASE}/alerts/:id/:action`, async ({ params, request }) => {
    const begun = await beginRequest('alerts');
    if ('response' in begun) return begun.response;
    const actionName = String(params.action);
    const action = (ACTIONS as Record<string, (typeof ACTIONS)[keyof typeof ACTIONS] | undefined>)[
      actionName
    ];
    if (action === undefined)
      return problem(404, 'Not Found', `no action ${actionName.slice(0, 40)}`);
    const body = await readBody(request);
    if (typeof body === 'string') return problem(400, 'Bad Request', body);
    if (action === 'assign' && body.assignee === undefined)
      return problem(400, 'Bad Request', 'assignee: required');
    if (action === 'note' && body.text === undefined)
      return problem(400, 'Bad Request', 'text: required');
    if (action === 'silence' && body.until === undefined)
      return problem(400, 'Bad Request', 'until: required');
    try {
      const updated = await service.act(
        String(params.id),
        action,
        {
          by: body.by,
          ...(action === 'note'
            ? { note: body.text }
            : body.note === undefined
              ? {}
              : { note: body.note }),
          ...(body.assignee === undefined ? {} : { assignee: body.assignee }),
          ...(body.until === undefined ? {} : { until: Date.parse(body.until) }),
        },
        Math.max(mockNow(), begun.context.gen.nowMs),
      );
      return HttpResponse.json(toAlertDto(updated));
    } catch (e) {
      if (e instanceof AlertNotFound)
        return problem(404, 'Not Found', `no alert ${String(params.id).slice(0, 100)}`);
      if (e instanceof AlertConflict) return problem(409, 'Conflict', e.message);
      throw e;
    }
  }),
];
