/**
 * Test helper: draws an option with the real ECharts, server-side, to an SVG string. Lets
 * Node tests check that an option renders (labels, target lines, escaping) without a canvas.
 * Not imported by the app, so it never reaches a bundle.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ThemeName } from '../../ui/tokens';
import { scaleOption } from '../scale';
import { chartTheme } from '../theme';
import type { ChartOption } from '../types';

echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  AriaComponent,
  SVGRenderer,
]);

export function renderSvg(
  option: ChartOption,
  {
    theme = 'desk',
    width = 800,
    height = 400,
    scale = 1,
  }: { theme?: ThemeName; width?: number; height?: number; scale?: number } = {},
): string {
  // As EChart.tsx does for a display scale (the wall at 4K): theme and option scaled.
  const chart = echarts.init(null, chartTheme(theme, scale), {
    renderer: 'svg',
    ssr: true,
    width,
    height,
  });
  try {
    chart.setOption({ ...scaleOption(option, scale), animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
