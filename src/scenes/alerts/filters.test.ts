import type { AlertView } from '../../data/alerts/alert-view';
import { alertDepartmentId, alertSourceId, filterAlerts, filterChoices } from './filters';
import { searchSchema } from './search';

function alert(over: Partial<AlertView> & { id: string }): AlertView {
  return {
    key: over.id,
    ruleId: 'r',
    kind: 'flood',
    severity: 'warning',
    state: 'open',
    subject: { stationId: 'ha-noi-long-bien', unitCode: '01' },
    value: null,
    threshold: null,
    title: null,
    raisedAtMs: 0,
    updatedAtMs: 0,
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

const FLOOD = alert({ id: 'flood', severity: 'critical' });
const AIR = alert({ id: 'air', kind: 'air-quality', state: 'acknowledged' });
const SLA = alert({
  id: 'sla',
  kind: 'sla',
  severity: 'info',
  subject: { unitCode: '01', departmentId: 'so-xay-dung' },
});
const STALE = alert({
  id: 'stale',
  kind: 'staleness',
  state: 'resolved',
  subject: { sourceId: 'dx-monthly-report', departmentId: 'so-khcn', unitCode: '01' },
});
const ALL = [FLOOD, AIR, SLA, STALE];

describe('alert source and department', () => {
  test.each([
    [FLOOD, 'hydrology-stations', 'so-nnmt'],
    [AIR, 'air-quality-sensors', 'so-nnmt'],
    [SLA, 'one-stop-dossiers', 'so-xay-dung'],
    [STALE, 'dx-monthly-report', 'so-khcn'],
  ])('%#', (a, source, dept) => {
    expect(alertSourceId(a)).toBe(source);
    expect(alertDepartmentId(a)).toBe(dept);
  });
});

describe('filters', () => {
  test.each([
    [{}, ['flood', 'air', 'sla', 'stale']],
    [{ severity: 'critical' }, ['flood']],
    [{ state: 'acknowledged' }, ['air']],
    [{ state: 'active' }, ['flood', 'air', 'sla']],
    [{ dept: 'so-nnmt' }, ['flood', 'air']],
    [{ source: 'dx-monthly-report' }, ['stale']],
    [{ dept: 'so-nnmt', severity: 'warning' }, ['air']],
    [{ dept: 'nobody' }, []],
  ] as const)('%j', (search, ids) => {
    expect(filterAlerts(ALL, search).map((a) => a.id)).toEqual(ids);
  });

  test('choices list what is present', () => {
    expect(filterChoices(ALL)).toEqual({
      departments: ['so-khcn', 'so-nnmt', 'so-xay-dung'],
      sources: [
        'air-quality-sensors',
        'dx-monthly-report',
        'hydrology-stations',
        'one-stop-dossiers',
      ],
    });
  });
});

describe('search parameters', () => {
  test('valid values pass', () => {
    expect(
      searchSchema.parse({
        severity: 'critical',
        state: 'open',
        dept: 'so-nnmt',
        source: 'x',
        alert: 'al-1',
      }),
    ).toEqual({ severity: 'critical', state: 'open', dept: 'so-nnmt', source: 'x', alert: 'al-1' });
  });
  test('a bad link falls back to no filter, never throws', () => {
    expect(
      searchSchema.parse({ severity: 'huge', state: 42, dept: '<script>', source: '', alert: '' }),
    ).toEqual({});
  });
});
