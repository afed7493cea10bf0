import type { AlertView } from '../../data/alerts/alert-view';
import { resolveAlertListOptions } from './definition';
import { alertListView } from './transform';

const NOW = Date.parse('2025-08-20T10:00:00+07:00');

function alert(over: Partial<AlertView> & { id: string }): AlertView {
  return {
    key: `k-${over.id}`,
    ruleId: 'flood.alarm-level',
    kind: 'flood',
    severity: 'warning',
    state: 'open',
    subject: { stationId: 's', unitCode: '01' },
    value: 10.6,
    threshold: 10.5,
    title: `Cảnh báo ${over.id}`,
    raisedAtMs: NOW - 3_600_000,
    updatedAtMs: NOW - 3_600_000,
    acknowledgedAtMs: null,
    acknowledgedBy: null,
    resolvedAtMs: null,
    history: [],
    assignee: null,
    assignedAtMs: null,
    silencedUntilMs: null,
    notes: [],
    audit: [],
    unitName: null,
    ...over,
  };
}

const opts = (o: Parameters<typeof resolveAlertListOptions>[0]) => resolveAlertListOptions(o);

describe('alert-list transform', () => {
  test.each([
    {
      name: 'most severe first, then newest; resolved left out',
      alerts: [
        alert({ id: 'a', severity: 'info' }),
        alert({ id: 'b', severity: 'critical', raisedAtMs: NOW - 7_200_000 }),
        alert({ id: 'c', severity: 'critical', raisedAtMs: NOW - 60_000 }),
        alert({ id: 'd', severity: 'critical', state: 'resolved' }),
        alert({ id: 'e', severity: 'warning', state: 'acknowledged' }),
      ],
      options: opts({ type: 'alert-list' }),
      ids: ['c', 'b', 'e', 'a'],
      hidden: 0,
    },
    {
      name: 'limit keeps the top, counts the rest',
      alerts: [
        alert({ id: 'a', severity: 'info' }),
        alert({ id: 'b', severity: 'critical' }),
        alert({ id: 'c', severity: 'warning' }),
      ],
      options: opts({ type: 'alert-list', limit: 2 }),
      ids: ['b', 'c'],
      hidden: 1,
    },
    {
      name: 'silenced alerts go after the others, whatever their severity',
      alerts: [
        alert({ id: 'a', severity: 'critical', silencedUntilMs: NOW + 3_600_000 }),
        alert({ id: 'b', severity: 'info' }),
        alert({ id: 'c', severity: 'warning', silencedUntilMs: NOW - 1 }),
      ],
      options: opts({ type: 'alert-list' }),
      ids: ['c', 'b', 'a'],
      hidden: 0,
    },
    {
      name: 'kinds and minimum severity filter',
      alerts: [
        alert({ id: 'a', kind: 'staleness', severity: 'warning' }),
        alert({ id: 'b', kind: 'staleness', severity: 'info' }),
        alert({ id: 'c', kind: 'flood', severity: 'critical' }),
      ],
      options: opts({ type: 'alert-list', kinds: ['staleness'], minSeverity: 'warning' }),
      ids: ['a'],
      hidden: 0,
    },
    { name: 'nothing open', alerts: [], options: opts({ type: 'alert-list' }), ids: [], hidden: 0 },
  ])('$name', ({ alerts, options, ids, hidden }) => {
    const view = alertListView(alerts, options, NOW);
    expect(view.rows.map((r) => r.id)).toEqual(ids);
    expect(view.hiddenCount).toBe(hidden);
  });

  test('counts by severity and the as-of of the newest change', () => {
    const view = alertListView(
      [
        alert({ id: 'a', severity: 'critical', updatedAtMs: NOW - 5 }),
        alert({ id: 'b', severity: 'critical', updatedAtMs: NOW - 1 }),
        alert({ id: 'c', severity: 'info', updatedAtMs: NOW - 9 }),
      ],
      opts({ type: 'alert-list', limit: 1 }),
      NOW,
    );
    expect(view.counts).toEqual({ info: 1, warning: 0, critical: 2 });
    expect(view.asOfMs).toBe(NOW - 1);
    expect(view.rows[0]?.silenced).toBe(false);
  });

  test('markup in a title stays text', () => {
    const title = '<img src=x onerror="alert(1)">';
    const view = alertListView([alert({ id: 'x', title })], opts({ type: 'alert-list' }), NOW);
    expect(view.rows[0]?.title).toBe(title);
  });
});
