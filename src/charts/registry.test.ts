import { liveChartCount, registerChart, releaseChart, type Disposable } from './registry';

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
});
