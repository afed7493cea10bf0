import fc from 'fast-check';
import { parseUnitListings } from './units';

/** Runtime check of the result shape: ok, or a contract error naming a field. */
function isTypedResult(r: unknown): boolean {
  const x = r as { ok?: unknown; error?: { kind?: unknown; field?: unknown } };
  return x.ok === true || (x.error?.kind === 'contract' && typeof x.error.field === 'string');
}

const opts = { nowMs: Date.parse('2026-11-22T10:02:00+07:00'), source: 'mock' };

const province = {
  code: '92',
  name: 'Thành phố Cần Thơ',
  kind: 'city',
  parent: 'VN',
  synthetic: false,
};
const department = {
  code: '92.so-tu-phap',
  name: 'Sở Tư pháp',
  kind: 'department',
  parent: '92',
  departmentId: 'so-tu-phap',
  inCatalogue: false,
  synthetic: false,
};
const ward = { code: '31147', name: 'Phường Tân An', kind: 'ward', parent: '92', synthetic: false };

describe('parseUnitListings', () => {
  it('maps provinces, departments and communes', () => {
    const r = parseUnitListings({ units: [province, department, ward] }, opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.nextCursor).toBeNull();
    expect(r.value.units).toEqual([
      { ...province, departmentId: null, inCatalogue: null },
      department,
      { ...ward, departmentId: null, inCatalogue: null },
    ]);
  });

  it('accepts a bare array, a cursor, and every commune kind', () => {
    const units = ['ward', 'commune', 'special-zone'].map((kind) => ({ ...ward, kind }));
    expect(parseUnitListings(units, opts).ok).toBe(true);
    const r = parseUnitListings({ units, nextCursor: 'next' }, opts);
    expect(r.ok && r.value.nextCursor).toBe('next');
  });

  it('keeps markup in a name as text', () => {
    const name = '<iframe src="javascript:alert(1)"></iframe>Xã An Bình';
    const r = parseUnitListings({ units: [{ ...ward, name }] }, opts);
    expect(r.ok && r.value.units[0]?.name).toBe(name);
  });

  it.each<[string, object, string]>([
    ['a commune code of 6 digits', { ...ward, code: '999999' }, 'units[0].code'],
    ['a commune code as a number', { ...ward, code: 31147 }, 'units[0].code'],
    ['a missing code', { ...ward, code: undefined }, 'units[0].code'],
    ['a malformed code', { ...ward, code: '<b>31147</b>' }, 'units[0].code'],
    ['a province code of 5 digits', { ...province, code: '31147' }, 'units[0].code'],
    ['a province under another province', { ...province, parent: '01' }, 'units[0].parent'],
    ['a commune under "VN"', { ...ward, parent: 'VN' }, 'units[0].parent'],
    ['an unknown kind', { ...ward, kind: 'district' }, 'units[0].kind'],
    ['an empty name', { ...ward, name: '' }, 'units[0].name'],
    ['a huge name', { ...ward, name: 'x'.repeat(1000) }, 'units[0].name'],
    ['a name as a number', { ...ward, name: 42 }, 'units[0].name'],
    ['synthetic missing', { ...ward, synthetic: undefined }, 'units[0].synthetic'],
    ['synthetic as text', { ...ward, synthetic: 'false' }, 'units[0].synthetic'],
    [
      'a department without its id',
      { ...department, departmentId: undefined },
      'units[0].departmentId',
    ],
    [
      'a department code not under its parent',
      { ...department, code: '01.so-tu-phap' },
      'units[0].code',
    ],
    [
      'a commune with a department id',
      { ...ward, departmentId: 'so-tu-phap' },
      'units[0].departmentId',
    ],
    ['inCatalogue as text', { ...department, inCatalogue: 'yes' }, 'units[0].inCatalogue'],
  ])('refuses %s, naming the field', (_label, unit, field) => {
    const r = parseUnitListings({ units: [province, unit] }, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({
        kind: 'contract',
        field: field.replace('[0]', '[1]'),
        source: 'mock',
      });
    }
  });

  it.each<[string, unknown, string]>([
    ['null', null, ''],
    ['a number', Number.NaN, ''],
    ['a missing list', { province: '92' }, 'units'],
    ['too many units', { units: Array.from({ length: 10_001 }, () => ward) }, 'units'],
  ])('refuses %s as the payload', (_label, json, field) => {
    const r = parseUnitListings(json, opts);
    expect(!r.ok && r.error.field).toBe(field);
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => isTypedResult(parseUnitListings(json, opts))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(department)), fc.anything(), (key, value) =>
        isTypedResult(parseUnitListings([{ ...department, [key]: value }], opts)),
      ),
      { numRuns: 300 },
    );
  });
});
