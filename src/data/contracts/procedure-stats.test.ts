import fc from 'fast-check';
import { parseProcedureStats } from './procedure-stats';

/** Runtime check of the result shape: ok, or a contract error naming a field. */
function isTypedResult(r: unknown): boolean {
  const x = r as { ok?: unknown; error?: { kind?: unknown; field?: unknown } };
  return x.ok === true || (x.error?.kind === 'contract' && typeof x.error.field === 'string');
}

const NOW = Date.parse('2026-11-22T10:02:00+07:00');
const opts = { nowMs: NOW, source: 'one-stop-dossiers' };

const valid = {
  procedureCode: 'MP-XA05',
  procedureName: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận lần đầu',
  departmentId: null,
  level: 'commune',
  processingDays: 20,
  synthetic: true,
  unitCode: '92',
  period: '2026-11',
  received: 420,
  receivedOnline: 300,
  processedEarly: 250,
  processedOnTime: 80,
  processedLate: 12,
  processed: 342,
  pendingWithinDeadline: 60,
  pendingOverdue: 5,
  returnedOrWithdrawn: 3,
  feeBearing: 200,
  paidOnline: 150,
  digitisedComponents: 380,
  electronicResults: 300,
  source: 'Hệ thống thông tin giải quyết TTHC — Cần Thơ',
  asOf: '2026-11-21T16:30:00+07:00',
};

const department = {
  ...valid,
  procedureCode: 'MP-TP01',
  procedureName: 'Cấp Phiếu lý lịch tư pháp',
  departmentId: 'so-tu-phap',
  level: 'province',
  unitCode: '92.so-tu-phap',
};

describe('parseProcedureStats', () => {
  it('maps a commune and a department procedure, keeping the dossier counts', () => {
    const r = parseProcedureStats({ procedures: [valid, department], nextCursor: 'abc' }, opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.nextCursor).toBe('abc');
    expect(r.value.procedures[0]).toMatchObject({
      procedureCode: 'MP-XA05',
      departmentId: null,
      level: 'commune',
      processingDays: 20,
      synthetic: true,
      unitCode: '92',
      received: 420,
      pendingOverdue: 5,
      asOfMs: Date.parse(valid.asOf),
    });
    expect(r.value.procedures[0]?.period).toMatchObject({ kind: 'month' });
    expect(r.value.procedures[1]).toMatchObject({ departmentId: 'so-tu-phap', level: 'province' });
  });

  it('accepts a bare array and treats an absent synthetic flag as real data', () => {
    const r = parseProcedureStats([{ ...valid, synthetic: undefined }], opts);
    expect(r.ok && r.value.procedures[0]?.synthetic).toBe(false);
  });

  it('keeps markup in the procedure name as text', () => {
    const name = '<img src=x onerror="alert(1)"> Cấp phép <b>xây dựng</b>';
    const r = parseProcedureStats({ procedures: [{ ...valid, procedureName: name }] }, opts);
    expect(r.ok && r.value.procedures[0]?.procedureName).toBe(name);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a count as text', { received: '420' }, 'procedures[0].received'],
    ['a negative count', { processedLate: -3 }, 'procedures[0].processedLate'],
    ['a fractional count', { pendingOverdue: 1.5 }, 'procedures[0].pendingOverdue'],
    ['NaN', { received: Number.NaN }, 'procedures[0].received'],
    ['Infinity', { processedEarly: Number.POSITIVE_INFINITY }, 'procedures[0].processedEarly'],
    ['a count beyond exact arithmetic', { received: 1e300 }, 'procedures[0].received'],
    ['a missing procedure code', { procedureCode: undefined }, 'procedures[0].procedureCode'],
    ['a malformed procedure code', { procedureCode: 'MP XA05<' }, 'procedures[0].procedureCode'],
    ['an empty procedure name', { procedureName: '' }, 'procedures[0].procedureName'],
    ['a huge procedure name', { procedureName: 'x'.repeat(5000) }, 'procedures[0].procedureName'],
    ['an unknown level', { level: 'national' }, 'procedures[0].level'],
    ['processing days as text', { processingDays: '20' }, 'procedures[0].processingDays'],
    ['negative processing days', { processingDays: -1 }, 'procedures[0].processingDays'],
    ['absurd processing days', { processingDays: 1e9 }, 'procedures[0].processingDays'],
    ['a department at commune level', { departmentId: 'so-tu-phap' }, 'procedures[0].departmentId'],
    [
      'no department at province level',
      { level: 'province', departmentId: null },
      'procedures[0].departmentId',
    ],
    ['a malformed department id', { departmentId: 'Sở Tư pháp' }, 'procedures[0].departmentId'],
    ['synthetic as text', { synthetic: 'yes' }, 'procedures[0].synthetic'],
    ['processed that does not add up', { processed: 1 }, 'procedures[0].processed'],
    ['online above received', { receivedOnline: 421 }, 'procedures[0].receivedOnline'],
    ['a future asOf', { asOf: '2026-11-23T00:00:00+07:00' }, 'procedures[0].asOf'],
    ['an asOf without offset', { asOf: '2026-11-21T16:30:00' }, 'procedures[0].asOf'],
    ['a malformed period', { period: '2026-13' }, 'procedures[0].period'],
    ['a missing unit', { unitCode: undefined }, 'procedures[0].unitCode'],
  ])('refuses %s, naming the field', (_label, patch, field) => {
    const r = parseProcedureStats({ procedures: [{ ...valid, ...patch }] }, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ kind: 'contract', field, source: 'one-stop-dossiers' });
    }
  });

  it.each<[string, unknown, string]>([
    ['null', null, ''],
    ['a string', '<html>', ''],
    ['a missing list', {}, 'procedures'],
    ['a list of the wrong type', { procedures: 'many' }, 'procedures'],
    ['an empty cursor', { procedures: [], nextCursor: '' }, 'nextCursor'],
  ])('refuses %s as the payload', (_label, json, field) => {
    const r = parseProcedureStats(json, opts);
    expect(!r.ok && r.error.field).toBe(field);
  });

  it('never throws on anything, including rows with any field replaced', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => isTypedResult(parseProcedureStats(json, opts))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(valid)),
        fc.oneof(fc.anything(), fc.double()),
        (key, value) =>
          isTypedResult(parseProcedureStats({ procedures: [{ ...valid, [key]: value }] }, opts)),
      ),
      { numRuns: 300 },
    );
  });
});
