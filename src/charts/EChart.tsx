/**
 * The only module that loads ECharts: loaded on demand through LazyChart, never in the
 * first-screen bundle. Tree-shaken: only the series and components the panels use.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
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
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { palettes } from '../ui/tokens';
import { composePng } from './png';
import { registerChart, releaseChart } from './registry';
import { chartTheme } from './theme';
import type { ChartHandle, ChartProps } from './types';
import { useThemeName } from './use-theme-name';

// Namespace call: a bare `use` would read as React's hook to the linter.
echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  AriaComponent,
  CanvasRenderer,
]);

// A stable object: echarts-for-react rebuilds the instance whenever `opts` changes.
const OPTS = { renderer: 'canvas' } as const;
const PNG_PIXEL_RATIO = 2;

export default function EChart({ option, label, height = '18rem', onReady }: ChartProps) {
  const themeName = useThemeName();
  const theme = useMemo(() => chartTheme(themeName, window.innerHeight), [themeName]);
  const instance = useRef<echarts.EChartsType | null>(null);
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onReadyRef.current = onReady;
  });

  // aria: ECharts sets role="img" and this label on the chart element (text, not markup).
  const fullOption = useMemo(
    () => ({ ...option, aria: { enabled: true, label: { description: label } } }),
    [option, label],
  );

  // The export draws from the latest option and theme, not those of the first render.
  const latest = useRef({ option: fullOption, theme, themeName });
  useEffect(() => {
    latest.current = { option: fullOption, theme, themeName };
  });

  const handleReady = useCallback((chart: echarts.EChartsType) => {
    // A theme change makes echarts-for-react dispose the old instance and build a new one.
    if (instance.current && instance.current !== chart) releaseChart(instance.current);
    instance.current = chart;
    registerChart(chart);
    const handle: ChartHandle = {
      toPng: (caption) => {
        if (chart.isDisposed()) return Promise.resolve(null);
        const { option: current, theme: currentTheme, themeName: name } = latest.current;
        const palette = palettes[name];
        // Drawn by a throwaway instance, off screen and without animation: no hover tooltip,
        // no half-finished transition in the picture. Disposed before this returns.
        const copy = echarts.init(document.createElement('div'), currentTheme, {
          renderer: 'canvas',
          width: chart.getWidth(),
          height: chart.getHeight(),
        });
        let url: string;
        try {
          copy.setOption({ ...current, animation: false });
          url = copy.getDataURL({
            type: 'png',
            pixelRatio: PNG_PIXEL_RATIO,
            backgroundColor: palette.surface,
          });
        } finally {
          copy.dispose();
        }
        return composePng(url, caption, palette, PNG_PIXEL_RATIO);
      },
    };
    onReadyRef.current?.(handle);
  }, []);

  useEffect(
    () => () => {
      // echarts-for-react disposes on unmount; this makes sure, and keeps the count honest.
      if (instance.current) releaseChart(instance.current);
      instance.current = null;
      onReadyRef.current?.(null);
    },
    [],
  );

  return (
    <ReactEChartsCore
      echarts={echarts}
      option={fullOption}
      theme={theme}
      opts={OPTS}
      notMerge
      onChartReady={handleReady}
      style={{ height, width: '100%' }}
      role="img"
      aria-label={label}
    />
  );
}
