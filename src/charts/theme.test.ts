import { palettes } from '../ui/tokens';
import { chartFontSize, chartTheme } from './theme';

describe('chart theme from design tokens', () => {
  test.each(['desk', 'wall'] as const)(
    '%s: series colours and text colours are the tokens',
    (name) => {
      const theme = chartTheme(name);
      expect(theme.color).toEqual([...palettes[name].series]);
      expect(theme.textStyle).toMatchObject({ color: palettes[name].text });
      expect(theme.backgroundColor).toBe('transparent');
    },
  );

  test('the wall draws thicker lines and larger type than the desk', () => {
    const desk = chartTheme('desk') as { line: { lineStyle: { width: number } } };
    const wall = chartTheme('wall') as { line: { lineStyle: { width: number } } };
    expect(wall.line.lineStyle.width).toBeGreaterThan(desk.line.lineStyle.width);
    expect(chartFontSize('wall')).toBeGreaterThan(chartFontSize('desk'));
  });

  test.each([
    ['desk', 1, 13],
    ['wall', 1, 17], // 1.6 % of 1080 p, like the wall's CSS type
    ['wall', 2, 34], // 2160 p
    ['wall', 1440 / 1080, 23],
    ['wall', 0, 17], // nonsense scale: as 1
    ['desk', Number.NaN, 13],
  ] as const)('%s type at display scale %d: %i px', (theme, scale, size) => {
    expect(chartFontSize(theme, scale)).toBe(size);
  });

  test('every pixel size of the theme follows the display scale', () => {
    type T = {
      textStyle: { fontSize: number };
      categoryAxis: { axisLabel: { fontSize: number; margin: number }; nameGap: number };
      legend: { itemWidth: number; itemGap: number };
      line: { symbolSize: number; lineStyle: { width: number } };
      bar: { barMaxWidth: number };
      markLine: { label: { fontSize: number; distance: number } };
    };
    const one = chartTheme('wall', 1) as T;
    const two = chartTheme('wall', 2) as T;
    const pick = (t: T) => [
      t.textStyle.fontSize,
      t.categoryAxis.axisLabel.fontSize,
      t.categoryAxis.axisLabel.margin,
      t.categoryAxis.nameGap,
      t.legend.itemWidth,
      t.legend.itemGap,
      t.line.symbolSize,
      t.line.lineStyle.width,
      t.bar.barMaxWidth,
      t.markLine.label.fontSize,
      t.markLine.label.distance,
    ];
    expect(pick(two)).toEqual(pick(one).map((v) => v * 2));
    // The desk keeps ECharts' own tooltip padding; a scaled display sets its own.
    expect(chartTheme('desk', 1).tooltip).not.toHaveProperty('padding');
    expect(chartTheme('wall', 2).tooltip).toHaveProperty('padding', 16);
  });

  test('the font family carries no double quotes (ECharts writes it into SVG attributes)', () => {
    const { textStyle } = chartTheme('desk') as { textStyle: { fontFamily: string } };
    expect(textStyle.fontFamily).toContain('Noto Sans');
    expect(textStyle.fontFamily).not.toContain('"');
  });
});
