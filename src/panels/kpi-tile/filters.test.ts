import { deskFilters } from './filters';

describe('desk filters from a search object', () => {
  test.each([
    [
      { period: '2026-09', compare: 'yoy' },
      { period: '2026-09', compare: 'yoy' },
    ],
    [{ period: '2026-13', compare: 'mom' }, {}],
    [{ period: 202609 }, {}],
    [null, {}],
    ['period=2026-09', {}],
  ])('%j → %j', (search, expected) => {
    expect(deskFilters(search)).toEqual(expected);
  });
});
