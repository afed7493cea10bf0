import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../ui/global.css';
import { setRuntimeConfig } from '../../data/config/current-config';
import { runtimeConfigSchema } from '../../data/config/runtime-config';
import { DisplayScaleProvider } from '../../ui/display-scale';
import { applyTheme } from '../../ui/theme';
import { ProvinceMap, type ProvinceMapHandle } from '../ProvinceMap';
import { ProvinceTable } from '../ProvinceTable';
import type { FlyToTarget, MapPointLayer, UnitSet } from '../types';
import { harnessLegend, harnessSensors, harnessValues, sensorLayer } from './harness-data';

/**
 * A page that shows ProvinceMap alone, for e2e tests and bench/map.mjs. Not part of the app
 * build: bench/map-harness.mjs builds it on its own. Query parameters:
 * set=current|former, points=N (clustered sensors), unit=XX (selection, kept in the URL),
 * scale=2 (display scale of a 4K wall: canvas text, lines, circles and controls doubled),
 * basemap=URL (an external MapLibre style under the provinces).
 */
const params = new URLSearchParams(window.location.search);
const unitSet: UnitSet = params.get('set') === 'former' ? 'former' : 'current';
const pointCount = Number(params.get('points') ?? '0');
const displayScale = Number(params.get('scale') ?? '1');
const basemap = params.get('basemap');

setRuntimeConfig(
  runtimeConfigSchema.parse({
    mocks: false,
    defaultUnit: '92',
    sources: {
      kpi: { baseUrl: '/api/kpi/v1' },
      sensors: { baseUrl: '/api/sta/v1.1' },
      alerts: { baseUrl: '/api/alerts/v1' },
      geodata: { baseUrl: '/geo' },
    },
  }),
);
applyTheme('desk');

interface HarnessApi {
  handle: ProvinceMapHandle | null;
  readyAt: number | null;
  /** replaces every sensor value; returns the main-thread time of the update (ms) */
  updatePoints(): number;
  /** unmounts and mounts the map `times` times, waiting for each to be ready */
  remount(times: number): Promise<void>;
  flyTo(target: FlyToTarget): void;
}

declare global {
  interface Window {
    harness: HarnessApi;
  }
}

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
const values = harnessValues(unitSet);
let seed = 1;
let setPointsExternal: ((layers: readonly MapPointLayer[]) => void) | null = null;
let setMountedKey: ((k: number) => void) | null = null;

function Harness() {
  const [selected, setSelected] = useState<string | null>(params.get('unit'));
  const [points, setPoints] = useState<readonly MapPointLayer[]>(() =>
    pointCount > 0 ? [sensorLayer(harnessSensors(pointCount, seed))] : [],
  );
  const [key, setKey] = useState(0);
  const ref = useRef<ProvinceMapHandle>(null);
  useEffect(() => {
    setPointsExternal = setPoints;
    setMountedKey = setKey;
  }, []);
  const select = (code: string | null) => {
    setSelected(code);
    const url = new URL(window.location.href);
    if (code) url.searchParams.set('unit', code);
    else url.searchParams.delete('unit');
    window.history.replaceState(null, '', url);
  };
  const handleRef = useMemo(
    () => (h: ProvinceMapHandle | null) => {
      ref.current = h;
      window.harness.handle = h;
    },
    [],
  );
  return (
    <main style={{ padding: '1rem', display: 'grid', gap: '1rem' }}>
      <h1 style={{ margin: 0, fontSize: '1.25rem' }}>Bản đồ thử nghiệm</h1>
      <div style={{ height: '560px' }}>
        {key >= 0 && (
          <ProvinceMap
            key={key}
            ref={handleRef}
            unitSet={unitSet}
            values={values}
            legend={harnessLegend}
            selectedCode={selected}
            onSelect={select}
            points={points}
            ariaLabel="Chỉ số thử nghiệm theo tỉnh, thành phố"
            basemapStyleUrl={basemap}
          />
        )}
      </div>
      <ProvinceTable
        unitSet={unitSet}
        values={values}
        legend={harnessLegend}
        caption="Chỉ số thử nghiệm theo tỉnh, thành phố (bảng)"
        selectedCode={selected}
        onSelect={select}
      />
    </main>
  );
}

const waitReady = async (): Promise<void> => {
  for (;;) {
    const el = document.querySelector('[data-testid="province-map"]');
    if (el?.getAttribute('data-state') === 'ready') return;
    await new Promise((r) => setTimeout(r, 20));
  }
};

window.harness = {
  handle: null,
  readyAt: null,
  updatePoints() {
    seed += 1;
    const t0 = performance.now();
    const next = [sensorLayer(harnessSensors(pointCount, seed))];
    // flushSync runs the render and its effects now, so the time includes the map update.
    flushSync(() => setPointsExternal?.(next));
    return performance.now() - t0;
  },
  async remount(times) {
    for (let i = 1; i <= times; i++) {
      flushSync(() => setMountedKey?.(-1));
      flushSync(() => setMountedKey?.(i));
      await waitReady();
    }
  },
  flyTo(target) {
    window.harness.handle?.flyTo(target);
  },
};

void waitReady().then(() => {
  window.harness.readyAt = performance.now();
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <DisplayScaleProvider scale={displayScale}>
          <Harness />
        </DisplayScaleProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
