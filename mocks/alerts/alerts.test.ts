import { freezeClock } from '../clock';
import { applyScenarioSpec } from '../scenario';
import { ALERTS, NOW, field, freshMocks, getJson, list, postJson } from '../testing';
import { configureAlertStore } from './handlers';
import { createMemoryAlertStore } from './store';

// Cold generation of a seed takes a second or two; the whole suite runs files in parallel.
vi.setConfig({ testTimeout: 30_000 });

/** The alerts API: list, acknowledge, assign, resolve, notes, audit trail, lifecycle. */
const HOUR = 3_600_000;

async function alerts(query = ''): Promise<unknown[]> {
  const r = await getJson(`${ALERTS}/alerts${query}`);
  expect(r.status).toBe(200);
  return list(r.body, 'alerts');
}

const byId = async (id: string) => (await getJson(`${ALERTS}/alerts/${id}`)).body;

describe('alerts API', () => {
  beforeEach(async () => {
    configureAlertStore(createMemoryAlertStore());
    await freshMocks();
  });

  test('lists alerts from the live data: open first, most severe first', async () => {
    const all = await alerts();
    expect(all.length).toBeGreaterThan(0);
    const rank = { critical: 2, warning: 1, info: 0 } as const;
    const sev = all.map((a) => rank[field(a, 'severity') as keyof typeof rank]);
    expect(sev).toEqual([...sev].sort((a, b) => b - a));
    expect(await alerts('?kind=flood')).toEqual([]);
    expect(
      (await alerts('?severity=critical')).every((a) => field(a, 'severity') === 'critical'),
    ).toBe(true);
    expect(await alerts('?unitCode=01')).toEqual([]);
  });

  test('acknowledge, assign, note, resolve — with audit trail and notes; invalid steps are 409', async () => {
    const id = String(field((await alerts())[0], 'id'));
    const ack = await postJson(`${ALERTS}/alerts/${id}/acknowledge`, {
      by: 'Trực ban IOC',
      note: 'Đã liên hệ Sở',
    });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'Trực ban IOC' });
    expect((await postJson(`${ALERTS}/alerts/${id}/acknowledge`, { by: 'X' })).status).toBe(409);
    const assigned = await postJson(`${ALERTS}/alerts/${id}/assign`, {
      by: 'Trực ban IOC',
      assignee: 'Sở Nông nghiệp và Môi trường',
    });
    expect(assigned.body).toMatchObject({
      assignee: 'Sở Nông nghiệp và Môi trường',
      state: 'acknowledged',
    });
    expect(
      (await postJson(`${ALERTS}/alerts/${id}/notes`, { by: 'Sở NN&MT', text: 'Bổ sung 2 cán bộ' }))
        .status,
    ).toBe(200);
    const resolved = await postJson(`${ALERTS}/alerts/${id}/resolve`, {
      by: 'Sở NN&MT',
      note: 'Đã giải quyết',
    });
    expect(resolved.body).toMatchObject({ state: 'resolved' });
    expect(typeof field(resolved.body, 'resolvedAt')).toBe('string');
    expect(
      (await postJson(`${ALERTS}/alerts/${id}/assign`, { by: 'X', assignee: 'Y' })).status,
    ).toBe(409);
    const final = await byId(id);
    expect(list(final, 'history').map((h) => field(h, 'event'))).toEqual([
      'acknowledge',
      'resolve',
    ]);
    expect(list(final, 'audit').map((e) => field(e, 'action'))).toEqual([
      'raise',
      'acknowledge',
      'assign',
      'note',
      'resolve',
    ]);
    expect(list(final, 'notes').map((n) => field(n, 'text'))).toEqual([
      'Đã liên hệ Sở',
      'Bổ sung 2 cán bộ',
      'Đã giải quyết',
    ]);
  });

  test('a person’s resolution holds while the condition lasts', async () => {
    const id = String(field((await alerts())[0], 'id'));
    await postJson(`${ALERTS}/alerts/${id}/resolve`, { by: 'A' });
    await alerts();
    expect(field(await byId(id), 'state')).toBe('resolved');
  });

  test.each([
    ['{}', 'by'],
    ['not json', 'JSON'],
    [JSON.stringify({ by: '' }), 'by'],
  ])('bad body %s → 400', async (body, message) => {
    const id = String(field((await alerts())[0], 'id'));
    const r = await getJson(`${ALERTS}/alerts/${id}/acknowledge`, { method: 'POST', body });
    expect(r.status).toBe(400);
    expect(String(field(r.body, 'detail'))).toContain(message);
  });

  test('unknown alert or action → 404; assign without assignee → 400', async () => {
    expect((await getJson(`${ALERTS}/alerts/nope`)).status).toBe(404);
    expect((await postJson(`${ALERTS}/alerts/nope/acknowledge`, { by: 'A' })).status).toBe(404);
    const id = String(field((await alerts())[0], 'id'));
    expect((await postJson(`${ALERTS}/alerts/${id}/explode`, { by: 'A' })).status).toBe(404);
    expect((await postJson(`${ALERTS}/alerts/${id}/assign`, { by: 'A' })).status).toBe(400);
  });

  test('actions survive a reload (a new service on the same store)', async () => {
    const store = createMemoryAlertStore();
    configureAlertStore(store);
    const id = String(field((await alerts())[0], 'id'));
    await postJson(`${ALERTS}/alerts/${id}/acknowledge`, { by: 'A' });
    configureAlertStore(store); // what a page reload does with IndexedDB
    expect(field(await byId(id), 'state')).toBe('acknowledged');
    expect(
      field(
        (await alerts()).find((a) => field(a, 'id') === id),
        'state',
      ),
    ).toBe('acknowledged');
  });

  test('flood: raised at alarm I, escalated to II and III, resolved by the system when the water falls', async () => {
    applyScenarioSpec(`province:01,story:flood/${new Date(NOW).toISOString()}`);
    const floodAlert = async (at: number) => {
      freezeClock(at);
      return (await alerts('?kind=flood'))[0];
    };
    expect(await floodAlert(NOW + HOUR)).toBeUndefined();
    const severities: string[] = [];
    let id = '';
    for (let h = 2; h <= 6; h += 0.25) {
      const a = await floodAlert(NOW + h * HOUR);
      if (a) {
        id = String(field(a, 'id'));
        if (severities.at(-1) !== field(a, 'severity'))
          severities.push(String(field(a, 'severity')));
      }
    }
    expect(severities).toEqual(['info', 'warning', 'critical']);
    const after = await floodAlert(NOW + 24 * HOUR);
    expect(field(after, 'id')).toBe(id);
    const resolved = await byId(id);
    expect(field(resolved, 'state')).toBe('resolved');
    expect(list(resolved, 'history').map((h) => field(h, 'event'))).toEqual([
      'escalate',
      'escalate',
      'resolve',
    ]);
    expect(list(resolved, 'audit').at(-1)).toMatchObject({
      by: 'Hệ thống (tự động)',
      action: 'resolve',
    });
  });

  test('a condition that comes back reopens its alert', async () => {
    applyScenarioSpec(`province:01,story:flood/${new Date(NOW).toISOString()}`);
    freezeClock(NOW + 5 * HOUR);
    const id = String(field((await alerts('?kind=flood'))[0], 'id'));
    freezeClock(NOW + 24 * HOUR);
    await alerts();
    applyScenarioSpec(`story:flood/${new Date(NOW + 25 * HOUR).toISOString()}`);
    freezeClock(NOW + 30 * HOUR);
    await alerts();
    const a = await byId(id);
    expect(field(a, 'state')).toBe('open');
    expect(
      list(a, 'history')
        .map((h) => field(h, 'event'))
        .slice(-2),
    ).toEqual(['resolve', 'reopen']);
  });
});
