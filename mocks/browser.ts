import { setupWorker } from 'msw/browser';
import { getRuntimeConfig } from '../src/data/config/current-config';
import { configureAlertStore, alertService } from './alerts/handlers';
import { createIdbAlertStore } from './alerts/idb-store';
import { clockState, mockNow } from './clock';
import { handlers } from './handlers';
import {
  applyScenarioSpec,
  describeScenario,
  resetScenario,
  setProvinceProvider,
} from './scenario';

export { mockNow };

export interface MockWorkerOptions {
  /** a scenario spec from the runtime configuration; the page's ?mock= is applied after it */
  readonly scenario?: string;
}

/** The console/e2e handle: `window.iocMocks.apply('story:flood,speed:60')`. */
export interface MockControl {
  apply(spec: string): { applied: string[]; ignored: string[] };
  reset(): Promise<void>;
  describe(): ReturnType<typeof describeScenario>;
  now(): number;
  clock(): ReturnType<typeof clockState>;
}

function urlProvince(): string | null {
  const unit = new URLSearchParams(window.location.search).get('unit');
  if (unit !== null && /^\d{2}$/.test(unit)) return unit;
  try {
    return getRuntimeConfig().defaultUnit;
  } catch {
    return null;
  }
}

function applyLogged(spec: string, origin: string): void {
  const { applied, ignored } = applyScenarioSpec(spec);
  if (applied.length > 0) console.info(`[mocks] scenario (${origin}): ${applied.join(', ')}`);
  if (ignored.length > 0)
    console.warn(`[mocks] unknown scenario parts ignored: ${ignored.join(', ')}`);
}

/**
 * Start the mock service worker in the browser (dev server, demo build, e2e). A scenario may be
 * chosen by the runtime configuration (`options.scenario`) and in the page URL at start, e.g.
 * `?mock=kpi:http-503*4` or `?mock=story:flood,speed:60`. The sensor network and alerts follow
 * the page's `unit`, else the configuration's defaultUnit. Alert actions persist in IndexedDB.
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<void> {
  setProvinceProvider(urlProvince);
  if (typeof indexedDB !== 'undefined') configureAlertStore(createIdbAlertStore());
  if (options.scenario) applyLogged(options.scenario, 'configuration');
  const spec = new URLSearchParams(window.location.search).get('mock');
  if (spec) applyLogged(spec, 'URL');

  const control: MockControl = {
    apply: (s) => applyScenarioSpec(s),
    reset: async () => {
      resetScenario();
      await alertService().clear();
    },
    describe: describeScenario,
    now: mockNow,
    clock: clockState,
  };
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    // Requests the mocks do not cover (fonts, geodata, config) go to the static server.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  // The worker posts every response back to the page a second time, a clone of its body for
  // the `response:*` life-cycle events. Nothing here reads those clones, and an unread clone
  // keeps its transferred stream and message port alive: about 1,000 a minute on a wall on the
  // demo data (docs/wall.md, "Soak"). Cancelling the clone frees them; the page's own response
  // is the other branch of the tee and is not affected.
  const release = ({ response }: { response: Response }) => {
    void response.body?.cancel().catch(() => undefined);
  };
  worker.events.on('response:mocked', release);
  worker.events.on('response:bypass', release);
  // Set once the worker answers: e2e tests wait for it before calling the sources directly.
  (window as unknown as { iocMocks?: MockControl }).iocMocks = control;
}
