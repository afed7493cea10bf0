import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { createAppRouter } from './router';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { CrashScreen } from './CrashScreen';

interface Props {
  router: ReturnType<typeof createAppRouter>;
  queryClient: QueryClient;
  i18n: I18n;
}

/** Providers, and the top-level error boundary: nothing below can blank the whole screen silently. */
export function App({ router, queryClient, i18n }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary fallback={(error, reset) => <CrashScreen error={error} onRetry={reset} />}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
