import { formatKpiValue, formatTarget, shortPeriodLabel, unitOfMeasure } from './kpi-format';

const percent = { unit: 'percent', precision: 1 } as const;
const score = { unit: 'score', precision: 2 } as const;

describe('KPI value formatting', () => {
  test.each([
    [58.1, percent, 'vi', '58,1%'],
    [58.1, percent, 'en', '58.1%'],
    [1234.5, score, 'vi', '1.234,50'],
    [null, percent, 'vi', '—'],
  ] as const)('%s (%j, %s) → %s', (value, kpi, lang, text) => {
    expect(formatKpiValue(value, kpi, lang)).toBe(text);
  });

  test.each([
    [{ comparator: '>=', value: 80 }, '≥ 80%'],
    [{ comparator: '<', value: 2.5 }, '< 2,5%'],
  ] as const)('target %j → %s', (target, text) => {
    expect(formatTarget(target, percent, 'vi')).toBe(text);
  });

  test.each([
    ['2025-08', 'vi', '08/2025'],
    ['2025-Q3', 'vi', 'Quý III/2025'],
    ['2025', 'en', '2025'],
    ['not-a-period', 'vi', 'not-a-period'],
    // a projection far beyond the reporting calendar is still written as a month
    ['2107-02', 'vi', '02/2107'],
  ] as const)('axis label of %s (%s) is %s', (key, lang, label) => {
    expect(shortPeriodLabel(key, lang)).toBe(label);
  });

  test('unit of measure column', () => {
    expect(unitOfMeasure(percent)).toBe('%');
    expect(unitOfMeasure(score)).toBe('score');
  });
});
