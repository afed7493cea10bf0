/**
 * Live chart instances, for the soak test: the wall rotates scenes for weeks, and every chart
 * that leaves the screen must be disposed. A module-level set (no ECharts import) so the count
 * can be read without loading the chart chunk.
 */
export interface Disposable {
  isDisposed(): boolean;
  dispose(): void;
}

const live = new Set<Disposable>();

function prune(): void {
  for (const chart of live) if (chart.isDisposed()) live.delete(chart);
}

export function registerChart(chart: Disposable): void {
  prune();
  live.add(chart);
}

/** Disposes the chart if something has not already, and forgets it. */
export function releaseChart(chart: Disposable): void {
  if (!chart.isDisposed()) chart.dispose();
  live.delete(chart);
}

/** Number of chart instances alive now (disposed ones are not counted, whoever disposed them). */
export function liveChartCount(): number {
  prune();
  return live.size;
}
