import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-700.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './ui/global.css';
import { applyTheme } from './ui/theme';
import { CONFIG_URL, loadRuntimeConfig } from './data/config/load-config';
import { setRuntimeConfig } from './data/config/current-config';
import { holdSourcesUntil } from './data/http/sources-ready';
import { ConfigErrorScreen } from './app/ConfigErrorScreen';
import { App } from './app/App';
import { createAppRouter } from './app/router';
import { createQueryClient } from './app/query-client';
import { createI18n } from './i18n/i18n';
import { isLanguage } from './i18n/locale';

async function start(): Promise<void> {
  applyTheme('desk');
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const root = createRoot(container);

  const loaded = await loadRuntimeConfig();
  if (!loaded.ok) {
    root.render(<ConfigErrorScreen url={CONFIG_URL} problems={loaded.problems} />);
    return;
  }
  setRuntimeConfig(loaded.config);

  if (loaded.config.mocks) {
    // Loaded only when mocks are on: a deployment on real sources never downloads MSW. Not
    // awaited: the shell (header, navigation, headings, loading states) renders while the mock
    // chunk downloads and its worker starts; requests wait at the gate until it answers.
    const started = import('../mocks/browser').then((mocks) => mocks.startMockWorker());
    started.catch((error: unknown) => {
      console.error('[mocks] the mock service worker did not start', error);
    });
    holdSourcesUntil(started);
    // Trainer mode (?trainer=) drives the mocks' control handle from its first effect: there
    // the worker must be up before anything renders.
    if (new URLSearchParams(window.location.search).has('trainer')) {
      await started.catch(() => undefined);
    }
  }

  const urlLang = new URLSearchParams(window.location.search).get('lang');
  const i18n = createI18n(isLanguage(urlLang) ? urlLang : loaded.config.defaultLanguage);
  root.render(
    <StrictMode>
      <App router={createAppRouter()} queryClient={createQueryClient()} i18n={i18n} />
    </StrictMode>,
  );
}

void start();
