import { DATA_SOURCES } from '../../catalog/sources';
import type { ProbeResult } from '../../data/queries/source-health-probes';
import { endpointStats, pruneProbes } from '../../data/queries/source-health-probes';
import type { SourceHealth, SourceHealthReport } from '../../domain/freshness/source-health';
import { sourceRows, stateCounts } from './view-model';

const NOW = Date.parse('2025-08-20T10:00:00+07:00');
const MIN = 60_000;

function health(sourceId: string, over: Partial<SourceHealth> = {}): SourceHealth {
  const cat = DATA_SOURCES.find((s) => s.id === sourceId);
  return {
    sourceId,
    name: cat?.name.vi ?? sourceId,
    protocol: cat?.protocol ?? 'kpi-rest',
    ownerDepartmentId: cat?.ownerDepartmentId ?? 'vp-ubnd',
    status: 'up',
    freshness: 'fresh',
    lastDeliveryAtMs: NOW - 10 * MIN,
    lateAtMs: NOW + 60 * MIN,
    staleAtMs: NOW + 120 * MIN,
    datastreams: null,
    silentDatastreams: null,
    message: null,
    ...over,
  };
}

const report = (sources: SourceHealth[]): SourceHealthReport => ({
  checkedAtMs: NOW,
  province: '01',
  sources,
});

const probe = (
  endpoint: ProbeResult['endpoint'],
  ago: number,
  ok: boolean,
  latencyMs = 40,
): ProbeResult => ({
  endpoint,
  atMs: NOW - ago,
  ok,
  latencyMs,
  error: ok ? null : 'HTTP 503',
  ...(ok ? {} : { errorKind: 'http' as const, status: 503 }),
});

describe('source-health rows', () => {
  test('every catalogue source is listed, even when the report is missing', () => {
    const rows = sourceRows(undefined, [], NOW, 'vi');
    expect(rows.map((r) => r.sourceId).sort()).toEqual(DATA_SOURCES.map((s) => s.id).sort());
    expect(rows.every((r) => r.state === 'no-data')).toBe(true);
  });

  test.each([
    ['report says down', { status: 'down' as const, message: 'Nguồn không phản hồi' }, [], 'down'],
    ['fresh and answering', {}, [probe('sensors', MIN, true)], 'fresh'],
    ['late', { freshness: 'late' as const }, [], 'late'],
    ['stale', { freshness: 'stale' as const }, [probe('sensors', MIN, true)], 'stale'],
    [
      'last probe failed: down, whatever the report',
      {},
      [probe('sensors', 2 * MIN, true), probe('sensors', MIN, false)],
      'down',
    ],
    [
      'an old failure followed by a success: up',
      {},
      [probe('sensors', 2 * MIN, false), probe('sensors', MIN, true)],
      'fresh',
    ],
  ] as const)('%s', (_name, over, probes, state) => {
    const rows = sourceRows(report([health('hydrology-stations', over)]), probes, NOW, 'vi');
    expect(rows.find((r) => r.sourceId === 'hydrology-stations')?.state).toBe(state);
  });

  test('probe stats: last success, latency, last error, uptime over the window', () => {
    const probes = [
      probe('kpi', 25 * 60 * MIN, false), // outside 24 h: ignored
      probe('kpi', 30 * MIN, true, 120),
      probe('kpi', 20 * MIN, false, 15_000),
      probe('kpi', 10 * MIN, true, 80),
      probe('kpi', 5 * MIN, true, 95),
    ];
    const row = sourceRows(report([health('one-stop-dossiers')]), probes, NOW, 'en').find(
      (r) => r.sourceId === 'one-stop-dossiers',
    );
    expect(row).toMatchObject({
      state: 'fresh',
      name: 'Provincial administrative-procedure (one-stop) information system',
      lastSuccessAtMs: NOW - 5 * MIN,
      latencyMs: 95,
      lastError: { atMs: NOW - 20 * MIN, message: 'HTTP 503', kind: 'http', status: 503 },
      uptime: 0.75,
      probes: 4,
    });
  });

  test('file imports have no endpoint to probe', () => {
    const fileSource = DATA_SOURCES.find((s) => s.protocol === 'file-import');
    if (!fileSource) return;
    const row = sourceRows(report([]), [probe('kpi', MIN, false)], NOW, 'vi').find(
      (r) => r.sourceId === fileSource.id,
    );
    expect(row).toMatchObject({ endpoint: null, uptime: null, state: 'no-data' });
  });

  test('worst first, and counts', () => {
    const rows = sourceRows(
      report([
        health('hydrology-stations', { status: 'down' }),
        health('dx-monthly-report', { freshness: 'late' }),
      ]),
      [],
      NOW,
      'vi',
    );
    expect(rows[0]?.sourceId).toBe('hydrology-stations');
    expect(rows[1]?.sourceId).toBe('dx-monthly-report');
    const counts = stateCounts(rows);
    expect(counts.down).toBe(1);
    expect(counts.late).toBe(1);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(rows.length);
  });

  test('a source the catalogue lacks is still shown, by the report’s name', () => {
    const rows = sourceRows(
      report([health('new-feed', { name: '<b>Nguồn mới</b>' })]),
      [],
      NOW,
      'vi',
    );
    expect(rows.find((r) => r.sourceId === 'new-feed')).toMatchObject({
      catalogued: false,
      name: '<b>Nguồn mới</b>',
    });
  });
});

describe('probe log', () => {
  test('pruned to 24 h and a bounded length; stats with no probe', () => {
    const log = pruneProbes([probe('kpi', 25 * 60 * MIN, true), probe('kpi', MIN, true)], NOW);
    expect(log).toHaveLength(1);
    expect(endpointStats([], 'alerts', NOW)).toMatchObject({
      uptime: null,
      probes: 0,
      failing: false,
    });
  });
});
