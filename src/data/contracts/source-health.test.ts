import fc from 'fast-check';
import { parseSourceHealth } from './source-health';

/** Runtime check of the result shape: ok, or a contract error naming a field. */
function isTypedResult(r: unknown): boolean {
  const x = r as { ok?: unknown; error?: { kind?: unknown; field?: unknown } };
  return x.ok === true || (x.error?.kind === 'contract' && typeof x.error.field === 'string');
}

const NOW = Date.parse('2026-11-22T10:02:00+07:00');
const opts = { nowMs: NOW, source: 'mock' };

const dossiers = {
  sourceId: 'one-stop-dossiers',
  name: 'Hệ thống thông tin giải quyết TTHC',
  protocol: 'kpi-rest',
  ownerDepartmentId: 'ttphcc',
  status: 'up',
  freshness: 'fresh',
  lastDeliveryAt: '2026-11-21T16:30:00+07:00',
  lateAt: '2026-11-22T16:30:00+07:00',
  staleAt: '2026-11-23T16:30:00+07:00',
};
const sensors = {
  sourceId: 'air-quality-sensors',
  name: 'Trạm quan trắc không khí',
  protocol: 'sensorthings',
  ownerDepartmentId: 'so-nnmt',
  status: 'degraded',
  freshness: 'fresh',
  lastDeliveryAt: '2026-11-22T10:00:00+07:00',
  lateAt: '2026-11-22T11:00:00+07:00',
  staleAt: '2026-11-22T12:00:00+07:00',
  datastreams: 60,
  silentDatastreams: 3,
  message: '3/60 luồng dữ liệu không gửi số liệu',
};
const noData = {
  sourceId: 'dx-annual-report',
  name: 'Báo cáo chuyển đổi số năm',
  protocol: 'file-import',
  ownerDepartmentId: 'so-khcn',
  status: 'up',
  freshness: 'no-data',
  lastDeliveryAt: null,
  lateAt: null,
  staleAt: null,
};

const report = (sources: unknown[], extra: Record<string, unknown> = {}) => ({
  checkedAt: '2026-11-22T10:02:00+07:00',
  province: '92',
  sources,
  ...extra,
});

describe('parseSourceHealth', () => {
  it('maps a report with deadlines ahead of now and sensor counts', () => {
    const r = parseSourceHealth(report([dossiers, sensors, noData]), opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ checkedAtMs: NOW, province: '92' });
    expect(r.value.sources[0]).toMatchObject({
      sourceId: 'one-stop-dossiers',
      protocol: 'kpi-rest',
      status: 'up',
      freshness: 'fresh',
      lastDeliveryAtMs: Date.parse(dossiers.lastDeliveryAt),
      lateAtMs: Date.parse(dossiers.lateAt),
      staleAtMs: Date.parse(dossiers.staleAt),
      datastreams: null,
      silentDatastreams: null,
      message: null,
    });
    expect(r.value.sources[1]).toMatchObject({ datastreams: 60, silentDatastreams: 3 });
    expect(r.value.sources[2]).toMatchObject({
      freshness: 'no-data',
      lastDeliveryAtMs: null,
      lateAtMs: null,
    });
  });

  it('keeps markup in a message as text', () => {
    const message = '<a href="javascript:alert(1)">Đơn vị chưa cập nhật</a>';
    const r = parseSourceHealth(report([{ ...dossiers, message }]), opts);
    expect(r.ok && r.value.sources[0]?.message).toBe(message);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown status', { status: 'ok' }, 'sources[0].status'],
    ['a missing status', { status: undefined }, 'sources[0].status'],
    ['an unknown freshness', { freshness: 'old' }, 'sources[0].freshness'],
    ['an unknown protocol', { protocol: 'ftp' }, 'sources[0].protocol'],
    ['a malformed source id', { sourceId: 'One Stop' }, 'sources[0].sourceId'],
    ['a missing name', { name: undefined }, 'sources[0].name'],
    ['a huge message', { message: 'x'.repeat(5000) }, 'sources[0].message'],
    ['a delivery time as a number', { lastDeliveryAt: 1_790_000_000 }, 'sources[0].lastDeliveryAt'],
    [
      'a future delivery',
      { lastDeliveryAt: '2026-11-23T10:00:00+07:00' },
      'sources[0].lastDeliveryAt',
    ],
    ['no delivery but fresh', { lastDeliveryAt: null }, 'sources[0].lastDeliveryAt'],
    ['a delivery but no-data', { freshness: 'no-data' }, 'sources[0].freshness'],
    ['stale before late', { staleAt: '2026-11-22T08:00:00+07:00' }, 'sources[0].staleAt'],
    ['a lateAt that is not a time', { lateAt: 'soon' }, 'sources[0].lateAt'],
    ['negative datastreams', { datastreams: -1 }, 'sources[0].datastreams'],
    ['NaN datastreams', { datastreams: Number.NaN }, 'sources[0].datastreams'],
    ['huge datastreams', { datastreams: 1e300 }, 'sources[0].datastreams'],
    ['silent streams without datastreams', { silentDatastreams: 2 }, 'sources[0].datastreams'],
    [
      'more silent than all streams',
      { datastreams: 2, silentDatastreams: 3 },
      'sources[0].silentDatastreams',
    ],
  ])('refuses a source with %s, naming the field', (_label, patch, field) => {
    const r = parseSourceHealth(report([{ ...dossiers, ...patch }]), opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ kind: 'contract', field, source: 'mock' });
  });

  it.each<[string, unknown, string]>([
    ['null', null, ''],
    ['a bare array', [dossiers], ''],
    ['a future checkedAt', report([], { checkedAt: '2026-11-22T11:00:00+07:00' }), 'checkedAt'],
    ['a checkedAt without offset', report([], { checkedAt: '2026-11-22T10:00:00' }), 'checkedAt'],
    ['a missing province', report([], { province: undefined }), 'province'],
    ['a province as a number', report([], { province: 92 }), 'province'],
    ['sources of the wrong type', report([], { sources: 'all' }), 'sources'],
    ['a source listed twice', report([dossiers, dossiers]), 'sources[1].sourceId'],
  ])('refuses %s as the payload', (_label, json, field) => {
    const r = parseSourceHealth(json, opts);
    expect(!r.ok && r.error.field).toBe(field);
  });

  it('never throws on anything, including sources with any field replaced', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => isTypedResult(parseSourceHealth(json, opts))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(sensors)),
        fc.oneof(fc.anything(), fc.double()),
        (key, value) =>
          isTypedResult(parseSourceHealth(report([{ ...sensors, [key]: value }]), opts)),
      ),
      { numRuns: 300 },
    );
  });
});
