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
    // Loaded only when mocks are on: a deployment on real sources never downloads MSW.
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker();
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
