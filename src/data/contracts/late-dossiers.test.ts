import fc from 'fast-check';
import { parseLateDossiers } from './late-dossiers';

/** Runtime check of the result shape: ok, or a contract error naming a field. */
function isTypedResult(r: unknown): boolean {
  const x = r as { ok?: unknown; error?: { kind?: unknown; field?: unknown } };
  return x.ok === true || (x.error?.kind === 'contract' && typeof x.error.field === 'string');
}

const NOW = Date.parse('2026-11-22T10:02:00+07:00');
const opts = { nowMs: NOW, source: 'one-stop-dossiers' };

const pending = {
  dossierCode: '000.00.147.H92-260924-0598',
  procedureCode: 'MP-XA05',
  procedureName: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận lần đầu',
  departmentId: null,
  unitCode: '31147',
  unitName: 'Phường Tân An',
  receivedAt: '2026-09-24T14:00:00+07:00',
  dueAt: '2026-10-22T17:00:00+07:00',
  processedAt: null,
  daysLate: 30,
  status: 'pending-overdue',
  synthetic: true,
};

const processed = {
  ...pending,
  dossierCode: '000.00.12.H92-261001-0001',
  departmentId: 'so-tu-phap',
  unitCode: '92.so-tu-phap',
  unitName: 'Sở Tư pháp',
  receivedAt: '2026-10-01T08:00:00+07:00',
  dueAt: '2026-11-10T17:00:00+07:00',
  processedAt: '2026-11-14T09:30:00+07:00',
  daysLate: 4,
  status: 'processed-late',
};

const page = (dossiers: unknown[], extra: Record<string, unknown> = {}) => ({
  dossiers,
  total: 120,
  asOf: '2026-11-21T16:30:00+07:00',
  ...extra,
});

describe('parseLateDossiers', () => {
  it('maps pending and processed dossiers with their times in epoch ms', () => {
    const r = parseLateDossiers(page([pending, processed], { nextCursor: 'c2' }), opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      total: 120,
      asOfMs: Date.parse('2026-11-21T16:30:00+07:00'),
      nextCursor: 'c2',
    });
    expect(r.value.dossiers[0]).toMatchObject({
      dossierCode: '000.00.147.H92-260924-0598',
      departmentId: null,
      receivedAtMs: Date.parse(pending.receivedAt),
      dueAtMs: Date.parse(pending.dueAt),
      processedAtMs: null,
      daysLate: 30,
      status: 'pending-overdue',
      synthetic: true,
    });
    expect(r.value.dossiers[1]).toMatchObject({
      departmentId: 'so-tu-phap',
      processedAtMs: Date.parse(processed.processedAt),
      status: 'processed-late',
    });
  });

  it('accepts an empty page and treats an absent synthetic flag as real data', () => {
    expect(parseLateDossiers(page([], { total: 0 }), opts).ok).toBe(true);
    const r = parseLateDossiers(page([{ ...pending, synthetic: undefined }]), opts);
    expect(r.ok && r.value.dossiers[0]?.synthetic).toBe(false);
  });

  it('keeps markup in names as text', () => {
    const unitName = '<script>alert("x")</script> Phường Tân An';
    const r = parseLateDossiers(page([{ ...pending, unitName }]), opts);
    expect(r.ok && r.value.dossiers[0]?.unitName).toBe(unitName);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['daysLate as text', { daysLate: '30' }, 'dossiers[0].daysLate'],
    ['negative daysLate', { daysLate: -4 }, 'dossiers[0].daysLate'],
    ['zero daysLate', { daysLate: 0 }, 'dossiers[0].daysLate'],
    ['NaN daysLate', { daysLate: Number.NaN }, 'dossiers[0].daysLate'],
    ['huge daysLate', { daysLate: 1e12 }, 'dossiers[0].daysLate'],
    ['a missing dueAt', { dueAt: undefined }, 'dossiers[0].dueAt'],
    ['a dueAt that is not a time', { dueAt: 'tomorrow' }, 'dossiers[0].dueAt'],
    ['a dueAt as a number', { dueAt: 1_790_000_000_000 }, 'dossiers[0].dueAt'],
    ['a future receivedAt', { receivedAt: '2027-01-01T08:00:00+07:00' }, 'dossiers[0].receivedAt'],
    ['a future dueAt', { dueAt: '2026-12-01T17:00:00+07:00' }, 'dossiers[0].dueAt'],
    ['received after due', { receivedAt: '2026-10-23T08:00:00+07:00' }, 'dossiers[0].receivedAt'],
    [
      'a processedAt on a pending dossier',
      { processedAt: '2026-11-01T08:00:00+07:00' },
      'dossiers[0].processedAt',
    ],
    ['an unknown status', { status: 'late' }, 'dossiers[0].status'],
    ['a malformed dossier code', { dossierCode: 'a b<c>' }, 'dossiers[0].dossierCode'],
    ['a missing dossier code', { dossierCode: undefined }, 'dossiers[0].dossierCode'],
    ['an empty unit name', { unitName: '' }, 'dossiers[0].unitName'],
    ['a huge unit name', { unitName: 'x'.repeat(10_000) }, 'dossiers[0].unitName'],
    ['a malformed unit code', { unitCode: '31147; DROP' }, 'dossiers[0].unitCode'],
    ['a department id as a number', { departmentId: 7 }, 'dossiers[0].departmentId'],
  ])('refuses a pending dossier with %s, naming the field', (_label, patch, field) => {
    const r = parseLateDossiers(page([{ ...pending, ...patch }]), opts);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ kind: 'contract', field, source: 'one-stop-dossiers' });
    }
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no processedAt', { processedAt: null }, 'dossiers[0].processedAt'],
    [
      'processedAt before dueAt',
      { processedAt: '2026-11-09T09:00:00+07:00' },
      'dossiers[0].processedAt',
    ],
    [
      'a future processedAt',
      { processedAt: '2026-11-30T09:00:00+07:00' },
      'dossiers[0].processedAt',
    ],
  ])('refuses a processed dossier with %s', (_label, patch, field) => {
    const r = parseLateDossiers(page([{ ...processed, ...patch }]), opts);
    expect(!r.ok && r.error.field).toBe(field);
  });

  it.each<[string, unknown, string]>([
    ['null', null, ''],
    ['a bare array (total and asOf are needed)', [pending], ''],
    ['a missing total', { dossiers: [], asOf: '2026-11-21T16:30:00+07:00' }, 'total'],
    ['a negative total', page([], { total: -1 }), 'total'],
    ['a total below the page', page([pending, processed], { total: 1 }), 'total'],
    ['a total as text', page([], { total: '120' }), 'total'],
    ['a future asOf', page([], { asOf: '2026-11-23T00:00:00+07:00' }), 'asOf'],
    ['a missing asOf', { dossiers: [], total: 0 }, 'asOf'],
    ['dossiers of the wrong type', page([], { dossiers: {} }), 'dossiers'],
  ])('refuses %s as the payload', (_label, json, field) => {
    const r = parseLateDossiers(json, opts);
    expect(!r.ok && r.error.field).toBe(field);
  });

  it('never throws on anything, including dossiers with any field replaced', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => isTypedResult(parseLateDossiers(json, opts))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(processed)),
        fc.oneof(fc.anything(), fc.double()),
        (key, value) =>
          isTypedResult(parseLateDossiers(page([{ ...processed, [key]: value }]), opts)),
      ),
      { numRuns: 300 },
    );
  });
});
