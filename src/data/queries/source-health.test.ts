import { applyDefaultConfig } from '../../../test/config';
import { fetchJson } from '../http/fetch-json';
import { probeEndpoint } from './source-health';

vi.mock('../http/fetch-json', () => ({ fetchJson: vi.fn() }));
const fetchMock = vi.mocked(fetchJson);

beforeEach(() => {
  fetchMock.mockReset();
  // sourceUrl resolves relative base URLs against the page; Node has no page.
  vi.stubGlobal('location', new URL('http://127.0.0.1:4173/'));
  applyDefaultConfig();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const NOW = Date.now();
const iso = (ms: number) => new Date(ms).toISOString();
const alert = (id: string) => ({
  id,
  ruleId: 'sla.dossiers-overdue',
  kind: 'sla',
  severity: 'warning',
  state: 'open',
  subject: { unitCode: '92' },
  value: 4,
  threshold: 1,
  title: 'Sở Nội vụ: 4 hồ sơ đang quá hạn giải quyết',
  raisedAt: iso(NOW - 3_600_000),
  updatedAt: iso(NOW - 3_600_000),
  history: [],
});

describe('probeEndpoint: the alerts endpoint under its contract', () => {
  test.each([
    ['every row good: up', [alert('a1'), alert('a2')], true, null],
    [
      'one row breaks the contract: a failure naming it',
      [alert('a1'), { id: 'a2' }],
      false,
      'alerts[1]',
    ],
    ['every row bad: a failure', [{ id: 'x' }], false, 'alerts[0]'],
  ] as const)('%s', async (_label, rows, ok, field) => {
    fetchMock.mockResolvedValue({ alerts: rows });
    const result = await probeEndpoint('alerts', '92');
    expect(result.ok).toBe(ok);
    if (field) {
      expect(result.errorKind).toBe('contract');
      expect(result.error).toContain(field);
    }
  });
});
