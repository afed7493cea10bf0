/**
 * The chart layer's public surface. Nothing here imports ECharts: the library arrives with the
 * first chart on screen (LazyChart → EChart.tsx, a separate chunk).
 */
export { LazyChart } from './LazyChart';
export { liveChartCount } from './registry';
export { chartText } from './text';
export { textTooltip, tooltipText, type TooltipContent, type TooltipRow } from './tooltip';
export { saveBlob, safeFileName } from './download';
export { useThemeName } from './use-theme-name';
export { chartAnimation } from './motion';
export type {
  BarSeries,
  ChartHandle,
  ChartOption,
  ChartProps,
  LineSeries,
  PngCaption,
  TooltipOption,
} from './types';
