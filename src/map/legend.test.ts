import {
  VN_AQI_LEGEND,
  aqiClassIndex,
  aqiLegend,
  classOf,
  classifyByThresholds,
  colorOf,
  kpiStatusLegend,
  sequentialColors,
  severityLegend,
  statusLegend,
  thresholdLegend,
} from './legend';

describe('classifyByThresholds', () => {
  it.each([
    [-5, 0],
    [39.9, 0],
    [40, 1],
    [59, 1],
    [60, 2],
    [80, 3],
    [1000, 3],
  ])('%d → band %d of [40, 60, 80]', (value, band) => {
    expect(classifyByThresholds(value, [40, 60, 80])).toBe(band);
  });

  it.each([
    [0, 0],
    [50, 0],
    [51, 1],
    [100, 1],
    [101, 2],
    [151, 3],
    [201, 4],
    [300, 4],
    [301, 5],
    [50.4, 0],
    [50.5, 1],
  ])('VN_AQI %d is band %d', (aqi, band) => {
    expect(aqiClassIndex(aqi)).toBe(band);
    expect(VN_AQI_LEGEND.classes[band]).toBeDefined();
  });

  it('has the official VN_AQI colours and names, and no class for a faulty reading', () => {
    expect(VN_AQI_LEGEND.classes.map((c) => c.color)).toEqual([
      '#00E400',
      '#FFFF00',
      '#FF7E00',
      '#FF0000',
      '#8F3F97',
      '#7E0023',
    ]);
    expect(VN_AQI_LEGEND.classes[0]?.label).toBe('Tốt (0–50)');
    expect(aqiLegend('en').classes[5]?.label).toBe('Hazardous (≥ 301)');
    expect(aqiClassIndex(-1)).toBeNull();
  });
});

describe('thresholdLegend', () => {
  const legend = thresholdLegend({
    title: 'Tỷ lệ',
    thresholds: [50, 80],
    colors: ['#a', '#b', '#c'],
    format: (v) => `${v}%`,
  });

  it('labels the bands from the thresholds', () => {
    expect(legend.classes.map((c) => c.label)).toEqual(['< 50%', '50% – < 80%', '≥ 80%']);
    expect(legend.classes.map((c) => c.key)).toEqual(['0', '1', '2']);
  });

  it('refuses unsorted thresholds and a wrong number of colours', () => {
    const format = String;
    expect(() =>
      thresholdLegend({ title: 'x', thresholds: [80, 50], colors: ['a', 'b', 'c'], format }),
    ).toThrow(/ascending/);
    expect(() => thresholdLegend({ title: 'x', thresholds: [50], colors: ['a'], format })).toThrow(
      /2 colours/,
    );
  });

  it('maps values to classes by index or status key, and unknowns to no data', () => {
    expect(classOf({ value: 90, classIndex: 2, label: '90%' }, legend)?.color).toBe('#c');
    expect(classOf({ value: 90, classIndex: 7, label: '90%' }, legend)).toBeNull();
    expect(classOf(undefined, legend)).toBeNull();
    expect(colorOf(undefined, legend)).toBe(legend.noData.color);
    const status = statusLegend('Tiến độ', [
      { key: 'on-track', label: 'Đạt', color: 'green' },
      { key: 'off-track', label: 'Không đạt', color: 'red' },
    ]);
    expect(colorOf({ value: 1, status: 'off-track', label: '1' }, status)).toBe('red');
    expect(colorOf({ value: 1, status: 'unknown', label: '1' }, status)).toBe(status.noData.color);
  });
});

describe('sequentialColors', () => {
  it('spreads n colours over the ramp, ends included', () => {
    const five = sequentialColors('desk', 5);
    expect(sequentialColors('desk', 2)).toEqual([five[0], five[4]]);
    expect(new Set(sequentialColors('wall', 4)).size).toBe(4);
    expect(() => sequentialColors('desk', 6)).toThrow();
  });
});

describe('status legends', () => {
  it('colours target statuses with the theme status colours; no-data/no-target fall to no data', () => {
    const legend = kpiStatusLegend('wall', 'Tiến độ');
    expect(legend.classes.map((c) => c.key)).toEqual(['on-track', 'at-risk', 'off-track', 'stale']);
    expect(colorOf({ value: 1, status: 'off-track', label: '' }, legend)).toBe('#ff5c5c');
    expect(colorOf({ value: null, status: 'no-target', label: '' }, legend)).toBe(
      legend.noData.color,
    );
  });

  it('orders severities by rank for incident points', () => {
    expect(severityLegend('desk', 'Sự cố').classes.map((c) => c.key)).toEqual([
      'info',
      'warning',
      'critical',
    ]);
  });
});
