import { chartText, textTooltip, type ChartOption } from '../../charts';
import type { StaObservation } from '../../data/sensorthings/model';

/** Line chart of one datastream with its alarm thresholds as labelled markLines. */
export function historyOption(input: {
  readonly observations: readonly StaObservation[];
  readonly seriesName: string;
  readonly thresholds: readonly { readonly value: number; readonly label: string }[];
  readonly formatTime: (ms: number) => string;
  readonly formatValue: (v: number) => string;
  readonly animate: boolean;
}): ChartOption {
  const points = input.observations.filter((o) => o.value !== null);
  const data = points.map((o) => [o.phenomenonTimeMs, o.value as number]);
  // The axis always reaches the alarm thresholds: a river at 5 m must be seen far below its 9.5 m
  // alarm level I, not magnified into a scare by an axis fitted to the data.
  const values = [...points.map((o) => o.value as number), ...input.thresholds.map((t) => t.value)];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.05 || 1;
  return {
    animation: input.animate,
    grid: { left: 56, right: 110, top: 24, bottom: 40 },
    xAxis: { type: 'time' },
    yAxis: {
      type: 'value',
      min: input.thresholds.length > 0 ? roundDown(lo - pad) : undefined,
      max: input.thresholds.length > 0 ? roundUp(hi + pad) : undefined,
      scale: true,
    },
    tooltip: textTooltip('axis', (i) => {
      const o = points[i];
      return o
        ? {
            title: input.formatTime(o.phenomenonTimeMs),
            rows: [
              { symbol: '●', label: input.seriesName, value: input.formatValue(o.value as number) },
            ],
          }
        : null;
    }),
    series: [
      {
        type: 'line',
        name: chartText(input.seriesName),
        data,
        showSymbol: false,
        // Seven days at 5 minutes is 2,016 points: LTTB keeps the shape at a fraction of the cost.
        sampling: 'lttb',
        lineStyle: { width: 2 },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed' },
          label: { position: 'end', formatter: '{b}' },
          data: input.thresholds.map((t) => ({ yAxis: t.value, name: chartText(t.label) })),
        },
      },
    ],
  };
}

const roundDown = (v: number) => Math.floor(v * 10) / 10;
const roundUp = (v: number) => Math.ceil(v * 10) / 10;
