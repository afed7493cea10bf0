/**
 * Test helper: stands in for LazyChart in jsdom (no canvas). Renders the accessible element
 * the real chart renders, keeps the last option for assertions, and hands the panel a handle.
 */
import { useEffect } from 'react';
import type { ChartHandle, ChartOption, ChartProps } from '../../../charts';

export const chartStubState: { lastOption: ChartOption | null; png: Blob } = {
  lastOption: null,
  png: new Blob(['png'], { type: 'image/png' }),
};

export function ChartStub({ option, label, onReady }: ChartProps) {
  useEffect(() => {
    chartStubState.lastOption = option;
  }, [option]);
  useEffect(() => {
    const handle: ChartHandle = { toPng: () => Promise.resolve(chartStubState.png) };
    onReady?.(handle);
    return () => {
      onReady?.(null);
    };
  }, [onReady]);
  return <div data-testid="chart" role="img" aria-label={label} />;
}
