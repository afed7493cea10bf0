import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { render, type RenderResult } from '@testing-library/react';
import { createI18n } from '../src/i18n/i18n';
import type { Language } from '../src/i18n/locale';
import { applyDefaultConfig } from './config';

/** Render with a fresh QueryClient (no retries: a failure shows at once) and i18n. */
export function renderWithProviders(ui: ReactNode, lang: Language = 'vi'): RenderResult {
  applyDefaultConfig();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nextProvider i18n={createI18n(lang)}>
      <QueryClientProvider client={client}>{ui}</QueryClientProvider>
    </I18nextProvider>,
  );
}
