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
import { useDisplayScale } from '../ui/display-scale';
import { palettes } from '../ui/tokens';
import { composePng } from './png';
import { registerChart, releaseChart, type DrawnText } from './registry';
import { scaleOption } from './scale';
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

/** The visible texts the chart drew, boxes in viewport pixels (layout tests, registry.ts). */
function drawnTexts(chart: echarts.EChartsType): DrawnText[] {
  if (chart.isDisposed()) return [];
  const origin = chart.getDom().getBoundingClientRect();
  const out: DrawnText[] = [];
  for (const el of chart.getZr().storage.getDisplayList(true)) {
    const style = el.style as { text?: unknown; font?: unknown; opacity?: unknown };
    if (typeof style.text !== 'string' || style.text.trim() === '' || el.invisible) continue;
    if (style.opacity === 0) continue;
    const rect = el.getBoundingRect().clone();
    rect.applyTransform(el.getComputedTransform());
    const size = /(\d+(?:\.\d+)?)px/.exec(typeof style.font === 'string' ? style.font : '');
    out.push({
      text: style.text,
      fontSize: size ? Number(size[1]) : Number.NaN,
      left: origin.left + rect.x,
      top: origin.top + rect.y,
      right: origin.left + rect.x + rect.width,
      bottom: origin.top + rect.y + rect.height,
    });
  }
  return out;
}

export default function EChart({ option, label, height = '18rem', onReady }: ChartProps) {
  const themeName = useThemeName();
  // 1 on the desk; viewport height / 1080 on the wall. A new scale rebuilds the instance (new
  // theme), as a theme change does.
  const scale = useDisplayScale();
  const theme = useMemo(() => chartTheme(themeName, scale), [themeName, scale]);
  const instance = useRef<echarts.EChartsType | null>(null);
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onReadyRef.current = onReady;
  });

  // aria: ECharts sets role="img" and this label on the chart element (text, not markup).
  // Panels build options in desk pixels; scaleOption sizes them for the display (same object at 1).
  const fullOption = useMemo(
    () => scaleOption({ ...option, aria: { enabled: true, label: { description: label } } }, scale),
    [option, label, scale],
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
    registerChart(chart, { element: () => chart.getDom(), texts: () => drawnTexts(chart) });
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
