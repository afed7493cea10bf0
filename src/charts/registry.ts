/**
 * Live chart instances, for the soak test: the wall rotates scenes for weeks, and every chart
 * that leaves the screen must be disposed. A module-level set (no ECharts import) so the count
 * can be read without loading the chart chunk.
 */
export interface Disposable {
  isDisposed(): boolean;
  dispose(): void;
}

/** A text the chart drew on its canvas, with its box in viewport pixels. */
export interface DrawnText {
  text: string;
  /** font size in CSS px, from the font the text was drawn with */
  fontSize: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How a test reads what a chart drew: its element and its visible texts (EChart.tsx). */
export interface DrawnTextReader {
  element(): Element;
  texts(): DrawnText[];
}

const live = new Map<Disposable, DrawnTextReader | null>();

function prune(): void {
  for (const chart of live.keys()) if (chart.isDisposed()) live.delete(chart);
}

export function registerChart(chart: Disposable, reader: DrawnTextReader | null = null): void {
  prune();
  live.set(chart, reader);
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

/**
 * The texts drawn by the live charts inside `root`, one list per chart: for layout tests (the
 * wall's test hook), which cannot see into a canvas otherwise.
 */
export function drawnChartText(root: Element): DrawnText[][] {
  prune();
  const out: DrawnText[][] = [];
  for (const reader of live.values()) {
    if (reader && root.contains(reader.element())) out.push(reader.texts());
  }
  return out;
}
