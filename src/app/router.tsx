import { useCallback, useEffect } from 'react';
import {
  Outlet,
  createRootRoute,
  createRoute,
  createRouter,
  retainSearchParams,
  useNavigate,
  useSearch,
  Link,
} from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SCENES, type SceneEntry } from '../catalog/scenes';
import { ADMIN_UNITS } from '../catalog/admin-units';
import { getRuntimeConfig } from '../data/config/current-config';
import { DeskLayout } from './DeskLayout';
import { rootSearchSchema } from './search';
import { parseSearch, stringifySearch } from './search-serializer';
import { OverviewScene } from '../scenes/overview/OverviewScene';
import { NotBuiltScene } from '../scenes/not-built/NotBuiltScene';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { CrashScreen } from './CrashScreen';
import { applyTheme } from '../ui/theme';

/** The unit in the URL if it is one of the 34 current provinces, else the configured default. */
export function useSelectedUnit(): string {
  const { unit } = useSearch({ from: '__root__' });
  return unit !== undefined && ADMIN_UNITS.currentByCode(unit)
    ? unit
    : getRuntimeConfig().defaultUnit;
}

function RootLayout() {
  const { lang, theme } = useSearch({ from: '__root__' });
  const { i18n } = useTranslation();
  const language = lang ?? getRuntimeConfig().defaultLanguage;

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  useEffect(() => {
    applyTheme(theme ?? 'desk');
  }, [theme]);

  const unitCode = useSelectedUnit();
  return (
    <DeskLayout unitCode={unitCode}>
      <ErrorBoundary fallback={(error, reset) => <CrashScreen error={error} onRetry={reset} />}>
        <Outlet />
      </ErrorBoundary>
    </DeskLayout>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('scene.notFound')}</h1>
      <Link to="/">{t('scene.backHome')}</Link>
    </section>
  );
}

const rootRoute = createRootRoute({
  validateSearch: rootSearchSchema,
  // Unit, language and theme follow the user from screen to screen.
  search: { middlewares: [retainSearchParams(['lang', 'unit', 'theme'])] },
  component: RootLayout,
  notFoundComponent: NotFound,
});

function OverviewRoute() {
  const unitCode = useSelectedUnit();
  const { theme } = useSearch({ from: '__root__' });
  const navigate = useNavigate();
  const selectUnit = useCallback(
    (code: string) => {
      void navigate({
        to: '.',
        search: (prev: Record<string, unknown>) => ({ ...prev, unit: code }),
      });
    },
    [navigate],
  );
  return <OverviewScene unitCode={unitCode} theme={theme ?? 'desk'} onSelectUnit={selectUnit} />;
}

function sceneRoute(scene: SceneEntry) {
  return createRoute({
    getParentRoute: () => rootRoute,
    path: scene.path,
    component: scene.id === 'overview' ? OverviewRoute : () => <NotBuiltScene scene={scene} />,
  });
}

const routeTree = rootRoute.addChildren(SCENES.map(sceneRoute));

export function createAppRouter() {
  return createRouter({
    routeTree,
    parseSearch,
    stringifySearch,
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
