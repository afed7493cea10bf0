import { readSearch } from './search';

describe('targets search parameters', () => {
  test.each([
    ['a pillar', { pillar: 'digital-economy' }, { pillar: 'digital-economy' }],
    ['an unknown pillar falls back to all', { pillar: 'nonsense' }, {}],
    ['a target key', { target: 'a|b|2030|any|>=|1|x' }, { target: 'a|b|2030|any|>=|1|x' }],
    ['a number where text is expected', { target: 42 }, {}],
    ['nothing', undefined, {}],
  ])('%s', (_label, raw, expected) => {
    expect(readSearch(raw)).toEqual(expected);
  });
});
