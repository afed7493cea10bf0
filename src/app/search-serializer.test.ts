import { parseSearch, stringifySearch } from './search-serializer';
import { rootSearchSchema } from './search';

describe('search serializer', () => {
  test.each([
    ['?unit=08&lang=en', { unit: '08', lang: 'en' }],
    ['', {}],
    ['?q=H%C3%A0%20N%E1%BB%99i', { q: 'Hà Nội' }],
  ])('parse %s', (input, expected) => {
    expect(parseSearch(input)).toEqual(expected);
  });

  test.each([
    [{ unit: '08', lang: 'en' }, '?unit=08&lang=en'],
    [{ unit: undefined, lang: 'vi' }, '?lang=vi'],
    [{}, ''],
    [{ scenes: ['overview', 'dossiers'] }, '?scenes=overview%2Cdossiers'],
  ])('stringify %j', (input, expected) => {
    expect(stringifySearch(input)).toBe(expected);
  });

  test.each([
    [
      { unit: '08', lang: 'en' },
      { unit: '08', lang: 'en' },
    ],
    [
      { unit: 'xx', lang: 'fr' },
      { unit: undefined, lang: undefined },
    ],
    [
      { unit: '<script>', lang: '1' },
      { unit: undefined, lang: undefined },
    ],
    [{}, {}],
  ])('malformed root params fall back to defaults: %j', (input, expected) => {
    expect(rootSearchSchema.parse(input)).toEqual(expected);
  });
});
