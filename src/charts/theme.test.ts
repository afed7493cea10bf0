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
    expect(chartFontSize('wall', 1080)).toBeGreaterThan(chartFontSize('desk', 1080));
  });

  test.each([
    [1080, 17],
    [2160, 35],
    [600, 14], // never below 14 px
  ])('wall type follows the viewport height (%i px → %i px, like 1.6vh)', (height, size) => {
    expect(chartFontSize('wall', height)).toBe(size);
  });

  test('the font family carries no double quotes (ECharts writes it into SVG attributes)', () => {
    const { textStyle } = chartTheme('desk') as { textStyle: { fontFamily: string } };
    expect(textStyle.fontFamily).toContain('Noto Sans');
    expect(textStyle.fontFamily).not.toContain('"');
  });
});
