import fc from 'fast-check';
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
