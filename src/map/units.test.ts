import { unitList, unitName } from './units';

describe('unitList', () => {
  it('lists 34 current and 63 former units in Vietnamese order', () => {
    expect(unitList('current')).toHaveLength(34);
    expect(unitList('former')).toHaveLength(63);
    const names = unitList('current').map((u) => u.name);
    expect(names[0]).toBe('An Giang');
    // "Đ" sorts after "D"-less names starting with "C" and before "G" in Vietnamese order.
    expect(names.indexOf('Đà Nẵng')).toBeGreaterThan(names.indexOf('Cần Thơ'));
    expect(names.indexOf('Đà Nẵng')).toBeLessThan(names.indexOf('Gia Lai'));
  });

  it('names a code within its set: 44 is Quảng Bình before the reform, Quảng Trị after', () => {
    expect(unitName('former', '44')).toBe('Quảng Bình');
    expect(unitName('current', '44')).toBe('Quảng Trị');
    expect(unitName('current', '99')).toBe('99');
  });
});
