import { getKpi } from '../../catalog/kpis/registry';
import type { RankedRow } from '../ranking-bar/transform';
import { bandOf, choroplethThresholds, toUnitValues } from './transform';

const share = getKpi('dvc.online-dossier-share')!;

function row(code: string, value: number | null): RankedRow {
  return {
    code,
    name: code,
    value,
    valueText: value === null ? '—' : `${value}%`,
    rank: null,
    rankText: '',
    own: false,
    asOfText: null,
    source: null,
  };
}

describe('choropleth transform', () => {
  test('percent KPIs use fixed 20-point bands, the top one starting at the 80 % target', () => {
    expect(choroplethThresholds(share)).toEqual([20, 40, 60, 80]);
  });

  test('other units split their range in five', () => {
    expect(choroplethThresholds({ ...share, unit: 'score', range: { min: 0, max: 100 } })).toEqual([
      20, 40, 60, 80,
    ]);
    expect(choroplethThresholds({ ...share, unit: 'aqi', range: { min: 0, max: 500 } })).toEqual([
      100, 200, 300, 400,
    ]);
  });

  test.each([
    [0, 0],
    [19.99, 0],
    [20, 1],
    [45.8, 2],
    [79.9, 3],
    [80, 4],
    [100, 4],
  ])('value %s is in band %s', (value, band) => {
    expect(bandOf(value, [20, 40, 60, 80])).toBe(band);
  });

  test('rows become map values; a unit without data has no class', () => {
    expect(toUnitValues([row('08', 45.8), row('92', null)], [20, 40, 60, 80])).toEqual({
      '08': { value: 45.8, classIndex: 2, label: '45.8%' },
      '92': { value: null, label: '—' },
    });
  });
});
