import { ALERTS, NOW, field, freshMocks, getJson, list, postJson } from '../testing';
import { configureAlertStore } from './handlers';
import { createMemoryAlertStore } from './store';

vi.setConfig({ testTimeout: 30_000 });

/** POST /alerts/{id}/silence: an extension of the alerts API (docs/alerts.md). */
describe('silencing an alert', () => {
  beforeEach(async () => {
    configureAlertStore(createMemoryAlertStore());
    await freshMocks();
  });

  async function firstId(): Promise<string> {
    const r = await getJson(`${ALERTS}/alerts`);
    return String(field(list(r.body, 'alerts')[0], 'id'));
  }

  test('records until when, with an audit entry; it needs a future end', async () => {
    const id = await firstId();
    const until = new Date(NOW + 2 * 3_600_000).toISOString();
    const r = await postJson(`${ALERTS}/alerts/${id}/silence`, {
      by: 'Trực ban',
      until,
      note: 'Đang xử lý',
    });
    expect(r.status).toBe(200);
    expect(Date.parse(String(field(r.body, 'silencedUntil')))).toBe(Date.parse(until));
    expect(list(r.body, 'audit').at(-1)).toMatchObject({ by: 'Trực ban', action: 'silence' });
    const past = new Date(NOW - 60_000).toISOString();
    expect(
      (await postJson(`${ALERTS}/alerts/${id}/silence`, { by: 'X', until: past })).status,
    ).toBe(409);
    expect((await postJson(`${ALERTS}/alerts/${id}/silence`, { by: 'X' })).status).toBe(400);
  });

  test('a resolved alert cannot be silenced', async () => {
    const id = await firstId();
    await postJson(`${ALERTS}/alerts/${id}/resolve`, { by: 'Trực ban' });
    const until = new Date(NOW + 3_600_000).toISOString();
    expect((await postJson(`${ALERTS}/alerts/${id}/silence`, { by: 'X', until })).status).toBe(409);
  });
});
