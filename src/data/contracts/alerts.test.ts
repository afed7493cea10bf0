import fc from 'fast-check';
import { parseAlertViews } from '../alerts/alert-view';
import { parseAlerts } from './alerts';
import { EXAMPLE_ALERT_PAGE } from './openapi';

/** Runtime check of the result shape: ok, or a contract error naming a field. */
function isTypedResult(r: unknown): boolean {
  const x = r as { ok?: unknown; error?: { kind?: unknown; field?: unknown } };
  return x.ok === true || (x.error?.kind === 'contract' && typeof x.error.field === 'string');
}

const opts = { nowMs: Date.parse('2025-09-09T00:00:00+07:00') };
const [example] = (EXAMPLE_ALERT_PAGE as { alerts: Record<string, unknown>[] }).alerts;

describe('parseAlerts', () => {
  it('maps an acknowledged SLA alert, computing its deduplication key', () => {
    const r = parseAlerts(EXAMPLE_ALERT_PAGE, opts);
    expect(r.ok && r.value.alerts[0]).toMatchObject({
      state: 'acknowledged',
      key: 'rule=sla.dossiers-overdue|unitCode=19|kpiId=dossiers.pending-overdue|departmentId=ttphcc',
      acknowledgedBy: 'Trung tâm Phục vụ hành chính công',
      history: [{ event: 'acknowledge', by: 'ttphcc' }],
    });
  });

  it('accepts a resolved and reopened alert whose history replays', () => {
    const r = parseAlerts(
      [
        {
          ...example,
          state: 'open',
          history: [
            { event: 'acknowledge', at: '2025-09-08T09:30:00+07:00' },
            { event: 'resolve', at: '2025-09-08T10:00:00+07:00' },
            { event: 'reopen', at: '2025-09-08T11:00:00+07:00' },
          ],
          updatedAt: '2025-09-08T11:00:00+07:00',
        },
      ],
      opts,
    );
    expect(r.ok).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'a state the history does not reach',
      { state: 'resolved', resolvedAt: '2025-09-08T10:00:00+07:00' },
      'alerts[0].state',
    ],
    [
      'an impossible transition',
      { history: [{ event: 'reopen', at: '2025-09-08T09:30:00+07:00' }] },
      'alerts[0].history[0].event',
    ],
    [
      'history out of order',
      { history: [{ event: 'acknowledge', at: '2025-09-08T08:00:00+07:00' }] },
      'alerts[0].history[0].at',
    ],
    ['acknowledged without a time', { acknowledgedAt: undefined }, 'alerts[0].acknowledgedAt'],
    ['updated before raised', { updatedAt: '2025-09-08T08:00:00+07:00' }, 'alerts[0].updatedAt'],
    ['a subject naming nothing', { subject: {} }, 'alerts[0].subject'],
    ['an unknown severity', { severity: 'fatal' }, 'alerts[0].severity'],
    ['a future raisedAt', { raisedAt: '2030-01-01T00:00:00+07:00' }, 'alerts[0].raisedAt'],
  ])('refuses %s', (_label, patch, field) => {
    const r = parseAlerts([{ ...example, ...patch }], opts);
    expect(!r.ok && r.error.field).toBe(field);
  });

  it('keeps a title with markup as text', () => {
    const r = parseAlerts([{ ...example, title: '<script>alert(1)</script>' }], opts);
    expect(r.ok && r.value.alerts[0]?.title).toBe('<script>alert(1)</script>');
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => {
        const r = parseAlerts(json, opts);
        return isTypedResult(r);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseAlerts, one bad row', () => {
  const good = (id: string) => ({ ...example, id });
  const bad = (id: string, patch: Record<string, unknown>) => ({ ...example, id, ...patch });

  // Each case: the page's rows, then the ids kept, the rows skipped and the first reason's field.
  it.each<[string, unknown[], string[], number, string | null]>([
    ['a clean page', [good('a'), good('b')], ['a', 'b'], 0, null],
    [
      'a value out of range first and last (the mock out-of-range fault)',
      [bad('a', { value: 1e18 }), good('b'), good('c'), bad('d', { value: -1e18 })],
      ['b', 'c'],
      2,
      'alerts[0].value',
    ],
    [
      'a lifecycle that does not replay',
      [good('a'), bad('b', { state: 'resolved', resolvedAt: '2025-09-08T10:00:00+07:00' })],
      ['a'],
      1,
      'alerts[1].state',
    ],
    ['a row that is not an object', [good('a'), 'x', null], ['a'], 2, 'alerts[1]'],
  ])('%s', (_label, rows, kept, count, field) => {
    const r = parseAlerts({ alerts: rows }, opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.alerts.map((a) => a.id)).toEqual(kept);
    expect(r.value.skipped?.count ?? 0).toBe(count);
    expect(r.value.skipped?.first.field ?? null).toBe(field);
  });

  it('refuses a page whose every row is bad, naming the first', () => {
    const r = parseAlerts(
      { alerts: [bad('a', { severity: 'fatal' }), bad('b', { value: 1e18 })] },
      opts,
    );
    expect(!r.ok && r.error.field).toBe('alerts[0].severity');
  });

  it('still refuses a wrong envelope (the list as an object)', () => {
    const r = parseAlerts({ alerts: { 0: good('a') } }, opts);
    expect(!r.ok && r.error.field).toBe('alerts');
  });

  it('an empty page is fine and skips nothing', () => {
    const r = parseAlerts({ alerts: [] }, opts);
    expect(r.ok && r.value).toEqual({ alerts: [], nextCursor: null, skipped: null });
  });

  it('alert views skip a row whose API extensions are wrong, and keep the others', () => {
    const r = parseAlertViews(
      { alerts: [good('a'), { ...good('b'), audit: 'not a list' }, good('c')] },
      opts,
    );
    expect(r.ok && r.value.alerts.map((a) => a.id)).toEqual(['a', 'c']);
    expect(r.ok && r.value.skipped).toMatchObject({
      count: 1,
      first: { field: 'alerts[1].audit' },
    });
  });
});
