import { dossierStats } from './testing';
import { departmentIdOf, departmentName, scopeName } from './names';
import { latestPeriod, reportedPeriods } from './periods';
import { scopeOf, scopeUnitCode } from './scope';

describe('dossier scope', () => {
  test.each([
    [{}, '92', null, null],
    [{ department: 'so-nnmt' }, '92.so-nnmt', 'so-nnmt', null],
    [{ department: 'so-nnmt', procedure: 'MP-NN01' }, '92.so-nnmt', 'so-nnmt', 'MP-NN01'],
    // a procedure without its department is not a drill level: ignored
    [{ procedure: 'MP-NN01' }, '92', null, null],
  ])('%o → unit %s', (spec, unitCode, departmentId, procedureCode) => {
    const scope = scopeOf('92', spec);
    expect(scopeUnitCode(scope)).toBe(unitCode);
    expect(scope.departmentId).toBe(departmentId);
    expect(scope.procedureCode).toBe(procedureCode);
  });

  test.each([
    ['so-nnmt', 'vi', false, 'Sở Nông nghiệp và Môi trường'],
    ['so-nnmt', 'en', false, 'Department of Agriculture and Environment'],
    ['so-nnmt', 'vi', true, 'Sở NN&MT'],
    // not in the catalogue: the name the source lists, else the id
    ['so-tu-phap', 'en', false, 'Sở Tư pháp'],
    ['so-unknown', 'vi', false, 'so-unknown'],
  ] as const)('department %s in %s (short %s) → %s', (id, lang, short, expected) => {
    const listed = [
      {
        code: '92.so-tu-phap',
        name: 'Sở Tư pháp',
        kind: 'department' as const,
        parent: '92',
        departmentId: 'so-tu-phap',
        inCatalogue: false,
        synthetic: false,
      },
    ];
    expect(departmentName(id, lang, listed, short)).toBe(expected);
  });

  test.each([
    ['92.so-nnmt', 'so-nnmt'],
    ['92', null],
    ['31117', null],
  ])('department id of %s → %s', (code, expected) => {
    expect(departmentIdOf(code)).toBe(expected);
  });

  test('scope names for titles', () => {
    expect(scopeName({ departmentId: null, procedureCode: null }, 'vi', [], 'toàn tỉnh')).toBe(
      'toàn tỉnh',
    );
    expect(
      scopeName({ departmentId: 'so-y-te', procedureCode: 'MP-1' }, 'vi', [], 'x', 'Cấp phép'),
    ).toBe('Sở Y tế › Cấp phép');
    expect(scopeName({ departmentId: 'so-y-te', procedureCode: 'MP-1' }, 'vi', [], 'x')).toBe(
      'Sở Y tế › MP-1',
    );
  });

  test('periods reported, newest first', () => {
    const rows = [dossierStats(2025, 12), dossierStats(2026, 2), dossierStats(2025, 7)];
    expect(latestPeriod(rows)).toBe('2026-02');
    expect(latestPeriod([])).toBeNull();
    expect(reportedPeriods(rows)).toEqual(['2026-02', '2025-12', '2025-07']);
  });
});
