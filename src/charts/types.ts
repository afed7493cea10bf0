/**
 * Types of the chart layer. Type-only imports from echarts vanish at build time, so panels can
 * build option objects against these types without pulling ECharts into their chunk.
 */
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';

/** Every option a panel may hand to the chart: the components registered in EChart.tsx. */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | MarkAreaComponentOption
  | AriaComponentOption
>;

export type LineSeries = LineSeriesOption;
export type BarSeries = BarSeriesOption;
export type TooltipOption = TooltipComponentOption;

/** Text drawn around the chart in an exported PNG, so the image explains itself in a briefing. */
export interface PngCaption {
  title: string;
  /** Lines under the chart: unit, source, as-of time. */
  footer: readonly string[];
}

/** What a mounted chart offers its panel. Null while the chart is not mounted (table view). */
export interface ChartHandle {
  /** The chart as a PNG with its caption; null if the browser cannot encode it. */
  toPng(caption: PngCaption): Promise<Blob | null>;
}

export interface ChartProps {
  option: ChartOption;
  /**
   * One-sentence summary read by screen readers (the chart is role="img" with this label).
   * The table view carries the full numbers.
   */
  label: string;
  /** CSS height of the chart area; default 18rem. */
  height?: string;
  /** Called with the handle once the chart is drawn, and with null when it goes away. */
  onReady?: (handle: ChartHandle | null) => void;
}
