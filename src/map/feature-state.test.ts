import { diffFills, fillsFor } from './feature-state';
import { thresholdLegend } from './legend';

const legend = thresholdLegend({
  title: 'x',
  thresholds: [50],
  colors: ['#low', '#high'],
  format: String,
  noData: { label: 'none', color: '#none' },
});

describe('fillsFor', () => {
  it('colours every unit of the set, no-data included, and ignores codes of other sets', () => {
    const fills = fillsFor(
      ['01', '02'],
      {
        '01': { value: 70, classIndex: 1, label: '70' },
        '99': { value: 1, classIndex: 0, label: '1' },
      },
      legend,
    );
    expect([...fills]).toEqual([
      ['01', '#high'],
      ['02', '#none'],
    ]);
  });
});

describe('diffFills', () => {
  it.each([
    ['nothing changed', [['01', 'a']], [['01', 'a']], [], []],
    [
      'one value changed',
      [
        ['01', 'a'],
        ['02', 'b'],
      ],
      [
        ['01', 'a'],
        ['02', 'c'],
      ],
      [['02', 'c']],
      [],
    ],
    ['first render', [], [['01', 'a']], [['01', 'a']], []],
    [
      'unit set switched',
      [
        ['44', 'a'],
        ['45', 'b'],
      ],
      [['44', 'c']],
      [['44', 'c']],
      ['45'],
    ],
  ] as const)('%s', (_name, before, after, set, remove) => {
    const diff = diffFills(new Map(before), new Map(after));
    expect(diff.set).toEqual(set);
    expect(diff.remove).toEqual(remove);
  });

  it('updates 5,000 values with 5,000 writes at most, and none when equal', () => {
    const a = new Map(Array.from({ length: 5000 }, (_, i) => [String(i), 'x'] as const));
    const b = new Map(
      Array.from({ length: 5000 }, (_, i) => [String(i), i % 2 ? 'x' : 'y'] as const),
    );
    expect(diffFills(a, b).set).toHaveLength(2500);
    expect(diffFills(b, b).set).toHaveLength(0);
  });
});
