import { Suspense, lazy, useCallback, useEffect, type ComponentType } from 'react';
import type { z } from 'zod';
import {
  Outlet,
  createRootRoute,
  createRoute,
  createRouter,
  retainSearchParams,
  useNavigate,
  useSearch,
  Link,
  lazyRouteComponent,
} from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SCENES, type SceneEntry, type SceneId } from '../catalog/scenes';
import { ADMIN_UNITS } from '../catalog/admin-units';
import { getRuntimeConfig } from '../data/config/current-config';
import { DeskLayout } from './DeskLayout';
import { rootSearchSchema } from './search';
import { parseSearch, stringifySearch } from './search-serializer';
import { OverviewScene } from '../scenes/overview/OverviewScene';
import { wallSearchSchema } from '../wall/search';
import { searchSchema as dossiersSearch } from '../scenes/dossiers/search';
import { searchSchema as sensorsSearch } from '../scenes/sensors/search';
import { searchSchema as trainerSearch } from '../trainer/search';
import { searchSchema as rankingsSearch } from '../scenes/rankings/search';
import { overviewSearchSchema } from '../scenes/overview/search';
import { searchSchema as targetsSearch } from '../scenes/targets/search';
import { searchSchema as alertsSearch } from '../scenes/alerts/search';
import type { SceneProps } from '../panels/scene';
import { PanelLoading } from '../ui/panel/PanelStates';
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

/** Trainer mode is loaded only when a rehearsal runs (src/trainer/TrainerMode.tsx). */
const TrainerMode = lazy(() =>
  import('../trainer/TrainerMode').then((m) => ({ default: m.TrainerMode })),
);

/** Language and theme from the URL, for every screen (desk, wall, trainer). */
function RootShell() {
  const { lang, theme, trainer } = useSearch({ from: '__root__' });
  const { i18n } = useTranslation();
  const language = lang ?? getRuntimeConfig().defaultLanguage;

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  useEffect(() => {
    applyTheme(theme ?? 'desk');
  }, [theme]);

  return (
    <>
      <Outlet />
      {/* Trainer mode (?trainer=<scenario>): the rehearsal mark and clock on every screen. */}
      {trainer !== undefined && (
        <Suspense fallback={null}>
          <TrainerMode scenarioId={trainer} />
        </Suspense>
      )}
    </>
  );
}

/** The browser layout: header, navigation, and the scene below. */
function DeskShell() {
  const unitCode = useSelectedUnit();
  return (
    <DeskLayout unitCode={unitCode}>
      <ErrorBoundary fallback={(error, reset) => <CrashScreen error={error} onRetry={reset} />}>
        <Suspense fallback={<PanelLoading />}>
          <Outlet />
        </Suspense>
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
  // Unit, language, theme and the reporting period follow the user from screen to screen.
  search: {
    middlewares: [retainSearchParams(['lang', 'unit', 'theme', 'period', 'compare', 'trainer'])],
  },
  component: RootShell,
  notFoundComponent: NotFound,
});

const deskRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'desk',
  component: DeskShell,
});

/** The props every scene receives: the selected unit, the theme, and how to select another unit. */
function useSceneProps(): SceneProps {
  const unitCode = useSelectedUnit();
  const { theme } = useSearch({ from: '__root__' });
  const navigate = useNavigate();
  const onSelectUnit = useCallback(
    (code: string) => {
      void navigate({
        to: '.',
        search: (prev: Record<string, unknown>) => ({ ...prev, unit: code }),
      });
    },
    [navigate],
  );
  return { unitCode, theme: theme ?? 'desk', onSelectUnit };
}

function sceneEntry(id: SceneId): SceneEntry {
  const entry = SCENES.find((scene) => scene.id === id);
  if (!entry) throw new Error(`Scene ${id} is missing from the catalogue`);
  return entry;
}

/**
 * One desk scene: its path from the catalogue, its own search schema and its component.
 * Generic so that each route keeps its own typed search parameters.
 */
function deskScene<TSchema extends z.ZodType<object> | undefined = undefined>(
  id: SceneId,
  Scene: ComponentType<SceneProps>,
  searchSchema?: TSchema,
) {
  const entry = sceneEntry(id);
  function SceneRoute() {
    const props = useSceneProps();
    return <Scene {...props} />;
  }
  return createRoute({
    getParentRoute: () => deskRoute,
    path: entry.path,
    validateSearch: searchSchema,
    component: SceneRoute,
  });
}

/** Scenes other than the overview load on demand: their charts and maps come with them. */
function lazyScene<K extends string>(
  load: () => Promise<Record<K, ComponentType<SceneProps>>>,
  name: K,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const BriefingScene = lazyScene(() => import('../scenes/briefing/BriefingScene'), 'BriefingScene');
function BriefingRoute() {
  return <BriefingScene {...useSceneProps()} />;
}
// The printable briefing: reached from the overview, not listed in the navigation.
const briefingRoute = createRoute({
  getParentRoute: () => deskRoute,
  path: '/briefing',
  component: BriefingRoute,
});

const routeTree = rootRoute.addChildren([
  deskRoute.addChildren([
    deskScene('overview', OverviewScene, overviewSearchSchema),
    briefingRoute,
    deskScene(
      'publicServices',
      lazyScene(
        () => import('../scenes/public-services/PublicServicesScene'),
        'PublicServicesScene',
      ),
    ),
    deskScene(
      'dossiers',
      lazyScene(() => import('../scenes/dossiers/DossiersScene'), 'DossiersScene'),
      dossiersSearch,
    ),
    deskScene(
      'targets',
      lazyScene(() => import('../scenes/targets/TargetsScene'), 'TargetsScene'),
      targetsSearch,
    ),
    deskScene(
      'rankings',
      lazyScene(() => import('../scenes/rankings/RankingsScene'), 'RankingsScene'),
      rankingsSearch,
    ),
    deskScene(
      'sensors',
      lazyScene(() => import('../scenes/sensors/SensorsScene'), 'SensorsScene'),
      sensorsSearch,
    ),
    deskScene(
      'alerts',
      lazyScene(() => import('../scenes/alerts/AlertsScene'), 'AlertsScene'),
      alertsSearch,
    ),
    deskScene(
      'sources',
      lazyScene(() => import('../scenes/sources/SourcesScene'), 'SourcesScene'),
    ),
    deskScene(
      'trainer',
      lazyScene(() => import('../trainer/TrainerScene'), 'TrainerScene'),
      trainerSearch,
    ),
  ]),
  // The wall has no desk chrome: nothing to click after a reboot.
  createRoute({
    getParentRoute: () => rootRoute,
    path: sceneEntry('wall').path,
    validateSearch: wallSearchSchema,
    // Loaded on demand: the wall's code (and its map) stays out of the desk's first screen.
    component: lazyRouteComponent(() => import('../wall/WallRoute'), 'WallRoute'),
  }),
]);

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
