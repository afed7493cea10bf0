import { palettes, typography, type Palette, type ThemeName } from '../ui/tokens';

/**
 * Base text size in px at display scale 1: desk 13 px (beside 16 px page text); wall 17 px,
 * 1.6 % of 1080 px like the wall's CSS type (1.6vh, global.css). The wall provides its display
 * scale (viewport height / 1080, src/wall/use-viewport-scale.ts), so 34 px at 2160 p.
 */
export function chartFontSize(theme: ThemeName, scale = 1): number {
  const base = theme === 'desk' ? 13 : 17;
  return Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1));
}

export type ChartTheme = Record<string, unknown>;

/**
 * The ECharts theme of a design theme, built from the same tokens as the CSS. The wall gets
 * thicker lines and larger type (read from across the room); both keep a transparent
 * background so the panel surface shows through. Every pixel size is multiplied by the display
 * scale, including ECharts' own defaults that a theme can set (axis label margin, name gap,
 * legend marks): left at their 1080 p values they make labels collide at 4K.
 */
export function chartTheme(theme: ThemeName, scale = 1): ChartTheme {
  const p: Palette = palettes[theme];
  const s = Number.isFinite(scale) && scale > 0 ? scale : 1;
  const px = (value: number) => Math.round(value * s * 100) / 100;
  const fontSize = chartFontSize(theme, s);
  const wall = theme === 'wall';
  // Single quotes: ECharts writes the family into an SVG style attribute without escaping.
  const fontFamily = typography.fontFamily.replace(/"/g, "'");
  const axisCommon = {
    axisLine: { show: true, lineStyle: { color: p.border, width: px(1) } },
    axisTick: { show: false },
    // 8 and 15 px are ECharts' defaults.
    axisLabel: { color: p.textMuted, fontSize, margin: px(8) },
    splitLine: { show: false },
    nameGap: px(15),
    nameTextStyle: { color: p.textMuted, fontSize },
  };
  return {
    color: [...p.series],
    backgroundColor: 'transparent',
    textStyle: { color: p.text, fontFamily, fontSize },
    legend: {
      textStyle: { color: p.text, fontSize },
      icon: 'roundRect',
      itemWidth: px(25),
      itemHeight: px(14),
      itemGap: px(10),
      padding: px(5),
    },
    tooltip: {
      backgroundColor: p.surfaceRaised,
      borderColor: p.border,
      // ECharts picks the padding by render mode; only a scaled display needs its own.
      ...(s === 1 ? {} : { padding: px(8) }),
      textStyle: { color: p.text, fontSize },
    },
    categoryAxis: axisCommon,
    valueAxis: {
      ...axisCommon,
      axisLine: { show: false },
      splitLine: { show: true, lineStyle: { color: p.border, type: 'dashed', width: px(1) } },
    },
    line: {
      symbol: 'circle',
      symbolSize: px(wall ? 8 : 5),
      lineStyle: { width: px(wall ? 4 : 2) },
      // 5 px: ECharts' default gap between a label and its point or bar.
      label: { distance: px(5) },
    },
    bar: { barMaxWidth: px(wall ? 40 : 28), label: { distance: px(5) } },
    markLine: {
      label: { color: p.text, fontSize, distance: px(5) },
      lineStyle: { width: px(1) },
    },
  };
}
