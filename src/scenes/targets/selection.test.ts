import { parseTargetKey } from './selection';

describe('target key from the URL', () => {
  test.each([
    [
      'a province target',
      'dvc.full-online-services|92|2030|any|>=|100|qd-749-ttg-2020',
      {
        kpiId: 'dvc.full-online-services',
        unitCode: '92',
        year: 2030,
        level: 'any',
        sourceId: 'qd-749-ttg-2020',
      },
    ],
    [
      'a national target, first of two documents',
      'rank.egdi|VN|2030|national|<=|30|qd-942-ttg-2021+qd-749-ttg-2020',
      {
        kpiId: 'rank.egdi',
        unitCode: 'VN',
        year: 2030,
        level: 'national',
        sourceId: 'qd-942-ttg-2021',
      },
    ],
    ['absent', undefined, null],
    ['too few parts', 'dvc.full-online-services|92|2030', null],
    ['a bad year', 'dvc.full-online-services|92|20x0|any|>=|100|a', null],
    ['a district level (abolished, never in the table)', 'x|92|2025|district|>=|80|a', null],
    ['markup in the id', '<img>|92|2030|any|>=|100|a', null],
  ])('%s', (_label, key, expected) => {
    expect(parseTargetKey(key)).toEqual(expected);
  });
});
