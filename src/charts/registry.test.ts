import {
  drawnChartText,
  liveChartCount,
  registerChart,
  releaseChart,
  type Disposable,
  type DrawnText,
} from './registry';

function fakeChart(): Disposable & { disposals: number } {
  let disposed = false;
  return {
    disposals: 0,
    isDisposed: () => disposed,
    dispose() {
      disposed = true;
      this.disposals += 1;
    },
  };
}

describe('live chart registry', () => {
  test('counts registered charts until they are released', () => {
    const start = liveChartCount();
    const a = fakeChart();
    const b = fakeChart();
    registerChart(a);
    registerChart(b);
    registerChart(a); // registering twice counts once
    expect(liveChartCount()).toBe(start + 2);
    releaseChart(a);
    expect(a.disposals).toBe(1);
    expect(liveChartCount()).toBe(start + 1);
    releaseChart(b);
    expect(liveChartCount()).toBe(start);
  });

  test('a chart disposed elsewhere is no longer counted, and is not disposed twice', () => {
    const start = liveChartCount();
    const chart = fakeChart();
    registerChart(chart);
    chart.dispose();
    expect(liveChartCount()).toBe(start);
    releaseChart(chart);
    expect(chart.disposals).toBe(1);
  });

  test('many mount/unmount cycles leave nothing behind (the wall rotating for weeks)', () => {
    const start = liveChartCount();
    for (let i = 0; i < 10_000; i += 1) {
      const chart = fakeChart();
      registerChart(chart);
      releaseChart(chart);
    }
    expect(liveChartCount()).toBe(start);
  });

  test('drawn texts: only of live charts inside the given element', () => {
    // Node test: elements are stand-ins; `contains` is all the registry asks of them.
    const inside = {};
    const outside = {};
    const root = { contains: (el: unknown) => el === inside } as unknown as Element;
    const text: DrawnText = { text: '0%', fontSize: 34, left: 0, top: 0, right: 30, bottom: 40 };
    const shown = fakeChart();
    const prepared = fakeChart();
    const gone = fakeChart();
    registerChart(shown, { element: () => inside as Element, texts: () => [text] });
    registerChart(prepared, { element: () => outside as Element, texts: () => [text] });
    registerChart(gone, { element: () => inside as Element, texts: () => [text, text] });
    gone.dispose();
    expect(drawnChartText(root)).toEqual([[text]]);
    releaseChart(shown);
    releaseChart(prepared);
    expect(drawnChartText(root)).toEqual([]);
  });
});
