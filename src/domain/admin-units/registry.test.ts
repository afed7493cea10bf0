import { ADMIN_UNITS, ADMIN_UNITS_DATA } from '../../catalog/admin-units';
import { createAdminUnitIndex, normaliseCode } from './registry';

describe('admin unit lookups (catalogue data)', () => {
  it.each([
    // query, set, expected code
    ['TP.HCM', 'current', '79'],
    ['Thành phố Hồ Chí Minh', 'current', '79'],
    ['sai gon', 'current', '79'],
    ['Thừa Thiên Huế', 'current', '46'],
    ['Hue', 'current', '46'],
    ['quang tri', 'current', '44'],
    ['Quảng Trị', 'former', '45'],
    ['Quang Binh', 'former', '44'],
    ['Bà Rịa–Vũng Tàu', 'former', '77'],
    ['Ðồng Tháp', 'former', '87'],
    ['Hoà Bình', 'former', '17'],
    ['1', 'current', '01'],
    [' 01 ', 'former', '01'],
    ['Tỉnh Gia Lai', 'current', '52'],
  ] as const)('%j in the %s set is %s', (query, set, code) => {
    expect(ADMIN_UNITS.find(query, set)?.code).toBe(code);
  });

  it('returns undefined for an unknown name or code', () => {
    expect(ADMIN_UNITS.find('Atlantis', 'current')).toBeUndefined();
    expect(ADMIN_UNITS.find('99', 'former')).toBeUndefined();
    expect(ADMIN_UNITS.currentByCode('02')).toBeUndefined();
  });

  it('looks a name up in both sets at once', () => {
    const both = ADMIN_UNITS.lookup('Quảng Trị');
    expect(both.current?.code).toBe('44');
    expect(both.former?.code).toBe('45');
    const gone = ADMIN_UNITS.lookup('Hà Giang');
    expect(gone.current).toBeUndefined();
    expect(gone.former?.successor).toBe('08');
  });

  it.each([
    ['02', '08'],
    ['52', '52'],
    ['64', '52'],
    ['77', '79'],
    ['62', '51'],
  ])('former %s became part of current %s', (former, current) => {
    expect(ADMIN_UNITS.successorOf(former)?.code).toBe(current);
  });

  it('lists the constituents of a merged unit', () => {
    expect(ADMIN_UNITS.constituentsOf('79').map((u) => u.name)).toEqual([
      'Bình Dương',
      'Bà Rịa - Vũng Tàu',
      'Hồ Chí Minh',
    ]);
    expect(ADMIN_UNITS.constituentsOf('00')).toEqual([]);
    expect(ADMIN_UNITS.successorOf('00')).toBeUndefined();
  });

  it('normalises one-digit codes', () => {
    expect(normaliseCode('1')).toBe('01');
    expect(normaliseCode('79')).toBe('79');
    expect(normaliseCode('00004')).toBe('00004');
  });

  it('does not depend on the catalogue instance', () => {
    const index = createAdminUnitIndex(ADMIN_UNITS_DATA);
    expect(index.current).toHaveLength(34);
    expect(index.former).toHaveLength(63);
  });
});
