import raw from '../../catalog/admin-units.json';
import { adminUnitsProblems, checkAdminUnitsData, type RawAdminUnitsData } from './validate';

interface Mutable {
  current: RawAdminUnitsData['current'][number][];
  former: RawAdminUnitsData['former'][number][];
}
type Edit = (d: Mutable) => void;

/** The real data with one deliberate defect. */
function broken(edit: Edit): RawAdminUnitsData {
  const copy = structuredClone(raw) as unknown as RawAdminUnitsData & Mutable;
  edit(copy);
  return copy;
}

describe('admin units data check', () => {
  it('accepts the catalogue data', () => {
    expect(adminUnitsProblems(raw)).toEqual([]);
    expect(checkAdminUnitsData(raw).ok).toBe(true);
  });

  it.each<[string, Edit, string]>([
    [
      'a missing current unit',
      (d) => {
        d.current.pop();
      },
      'expected 34 current units',
    ],
    [
      'an unknown type',
      (d) => {
        d.current[0] = { ...d.current[0]!, type: 'district' };
      },
      'unknown type',
    ],
    [
      'a successor that disagrees with formedFrom',
      (d) => {
        d.former[1] = { ...d.former[1]!, successor: '04' };
      },
      'listed in 08',
    ],
    [
      'a former unit in two current units',
      (d) => {
        d.current[1] = { ...d.current[1]!, formedFrom: ['04', '02'] };
      },
      'in both',
    ],
    [
      'an ASCII name that does not match',
      (d) => {
        d.former[0] = { ...d.former[0]!, nameAscii: 'Hai Phong' };
      },
      'does not match',
    ],
    [
      'a name shared by two units',
      (d) => {
        d.former[2] = { ...d.former[2]!, aliases: ['Hà Nội'] };
      },
      'names both',
    ],
    [
      'a malformed reform date',
      (d) => {
        (d as unknown as { reformDate: string }).reformDate = '1/7/2025';
      },
      'reformDate',
    ],
    [
      'a missing former unit',
      (d) => {
        d.former.pop();
      },
      'expected 63 former units',
    ],
    [
      'a three-digit code',
      (d) => {
        d.former[0] = { ...d.former[0]!, code: '001' };
      },
      'not two digits',
    ],
    [
      'a duplicate code',
      (d) => {
        d.former[1] = { ...d.former[1]!, code: '01' };
      },
      'duplicate code',
    ],
    [
      'an empty name',
      (d) => {
        d.current[0] = { ...d.current[0]!, name: ' ', nameAscii: ' ' };
      },
      'empty name',
    ],
    [
      'a unit whose code is not among its constituents',
      (d) => {
        d.current[2] = { ...d.current[2]!, formedFrom: ['02'] };
      },
      'not in formedFrom',
    ],
    [
      'a constituent that does not exist',
      (d) => {
        d.current[0] = { ...d.current[0]!, formedFrom: ['01', '99'] };
      },
      '99 is not a former unit',
    ],
    [
      'a successor that does not exist',
      (d) => {
        d.former[0] = { ...d.former[0]!, successor: '99' };
      },
      'successor 99 is not a current unit',
    ],
    [
      'a negative area',
      (d) => {
        d.current[2] = { ...d.current[2]!, areaKm2: -5 };
      },
      'area must be positive',
    ],
    [
      'a non-positive population',
      (d) => {
        d.current[2] = { ...d.current[2]!, population: -1 };
      },
      'population',
    ],
  ])('reports %s', (_label, edit, message) => {
    const result = checkAdminUnitsData(broken(edit));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.join('\n')).toContain(message);
  });
});
