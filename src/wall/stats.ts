import { liveChartCount } from '../charts/registry';
import { liveMapCount } from '../map/live-count';

/** What the page weighs now: for the watchdog, the soak bench and `window.iocWall.stats()`. */
export interface PageStats {
  /** used JS heap, bytes (Chromium's performance.memory); null elsewhere */
  readonly heapBytes: number | null;
  readonly heapLimitBytes: number | null;
  readonly domNodes: number;
  /** live ECharts instances */
  readonly charts: number;
  /** live MapLibre maps: one WebGL context each */
  readonly maps: number;
}

interface MemoryInfo {
  usedJSHeapSize: number;
  jsHeapSizeLimit: number;
}

export function pageStats(): PageStats {
  const memory = (performance as Performance & { memory?: MemoryInfo }).memory;
  return {
    heapBytes: memory ? memory.usedJSHeapSize : null,
    heapLimitBytes: memory ? memory.jsHeapSizeLimit : null,
    domNodes: document.getElementsByTagName('*').length,
    charts: liveChartCount(),
    maps: liveMapCount(),
  };
}
