import { palettes, typography, type Palette, type ThemeName } from '../ui/tokens';

/** Base text size in px: desk follows the 1rem of the page; the wall 1.6vh, as global.css. */
export function chartFontSize(theme: ThemeName, viewportHeight: number): number {
  if (theme === 'desk') return 13;
  return Math.max(14, Math.round(viewportHeight * 0.016));
}

export type ChartTheme = Record<string, unknown>;

/**
 * The ECharts theme of a design theme, built from the same tokens as the CSS. The wall gets
 * thicker lines and larger type (read from across the room); both keep a transparent
 * background so the panel surface shows through.
 */
export function chartTheme(theme: ThemeName, viewportHeight = 1080): ChartTheme {
  const p: Palette = palettes[theme];
  const fontSize = chartFontSize(theme, viewportHeight);
  const wall = theme === 'wall';
  // Single quotes: ECharts writes the family into an SVG style attribute without escaping.
  const fontFamily = typography.fontFamily.replace(/"/g, "'");
  const axisCommon = {
    axisLine: { show: true, lineStyle: { color: p.border } },
    axisTick: { show: false },
    axisLabel: { color: p.textMuted, fontSize },
    splitLine: { show: false },
    nameTextStyle: { color: p.textMuted, fontSize },
  };
  return {
    color: [...p.series],
    backgroundColor: 'transparent',
    textStyle: { color: p.text, fontFamily, fontSize },
    legend: { textStyle: { color: p.text, fontSize }, icon: 'roundRect' },
    tooltip: {
      backgroundColor: p.surfaceRaised,
      borderColor: p.border,
      textStyle: { color: p.text, fontSize },
    },
    categoryAxis: axisCommon,
    valueAxis: {
      ...axisCommon,
      axisLine: { show: false },
      splitLine: { show: true, lineStyle: { color: p.border, type: 'dashed' } },
    },
    line: {
      symbol: 'circle',
      symbolSize: wall ? 8 : 5,
      lineStyle: { width: wall ? 4 : 2 },
    },
    bar: { barMaxWidth: wall ? 40 : 28 },
    markLine: { label: { color: p.text, fontSize } },
  };
}
