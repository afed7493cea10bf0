import { Suspense, lazy, type ComponentType } from 'react';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import type { ThemeName } from '../ui/tokens';
import { PanelFrame } from '../ui/panel/PanelFrame';
import { PanelError, PanelLoading } from '../ui/panel/PanelStates';
import { KpiTile } from './kpi-tile/KpiTile';
import { kpiTileOptionsSchema } from './kpi-tile/definition';
import { rankingBarOptionsSchema, resolveRankingBarOptions } from './ranking-bar/definition';
import { choroplethOptionsSchema } from './choropleth/definition';
import { resolveTablePanelOptions, tablePanelOptionsSchema } from './table/definition';
import { resolveTrendOptions, trendOptionsSchema } from './trend/definition';
import { scorecardOptionsSchema } from './scorecard/definition';
import { dossierBacklogOptionsSchema } from './dossier-backlog/definition';
import { agingBucketsOptionsSchema } from './aging-buckets/definition';
import { dossierFlowOptionsSchema } from './dossier-flow/definition';
import { indexRankingOptionsSchema } from './index-ranking/definition';
import { rankOverTimeOptionsSchema } from './rank-over-time/definition';
import { index766CardOptionsSchema } from './index-766-card/definition';
import { lateDossiersOptionsSchema } from './late-dossiers/definition';
import { targetTableOptionsSchema } from './target-table/definition';
import { alertListOptionsSchema, resolveAlertListOptions } from './alert-list/definition';

function lazyPanel<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

// Every panel but the KPI tile loads on demand, with the first scene that shows it: the
// overview's first download stays small (bench/bundle.mjs) and its first KPI comes sooner.
const RankingBarPanel = lazyPanel(() => import('./ranking-bar/RankingBarPanel'), 'RankingBarPanel');
const ChoroplethPanel = lazyPanel(() => import('./choropleth/ChoroplethPanel'), 'ChoroplethPanel');
const TablePanel = lazyPanel(() => import('./table/TablePanel'), 'TablePanel');
const TrendPanel = lazyPanel(() => import('./trend/TrendPanel'), 'TrendPanel');
const ScorecardPanel = lazyPanel(() => import('./scorecard/ScorecardPanel'), 'ScorecardPanel');
const Index766Card = lazyPanel(() => import('./index-766-card/Index766Card'), 'Index766Card');
const AlertListPanel = lazyPanel(() => import('./alert-list/AlertListPanel'), 'AlertListPanel');
const DossierBacklogPanel = lazyPanel(
  () => import('./dossier-backlog/DossierBacklogPanel'),
  'DossierBacklogPanel',
);
const AgingBucketsPanel = lazyPanel(
  () => import('./aging-buckets/AgingBucketsPanel'),
  'AgingBucketsPanel',
);
const DossierFlowPanel = lazyPanel(
  () => import('./dossier-flow/DossierFlowPanel'),
  'DossierFlowPanel',
);
const LateDossiersPanel = lazyPanel(
  () => import('./late-dossiers/LateDossiersPanel'),
  'LateDossiersPanel',
);
const IndexRankingPanel = lazyPanel(
  () => import('./index-ranking/IndexRankingPanel'),
  'IndexRankingPanel',
);
const RankOverTimePanel = lazyPanel(
  () => import('./rank-over-time/RankOverTimePanel'),
  'RankOverTimePanel',
);
const TargetTablePanel = lazyPanel(
  () => import('./target-table/TargetTablePanel'),
  'TargetTablePanel',
);

/** Every panel type, by id: the explicit registry scenes place panels from. */
export const panelSpecSchema = z.discriminatedUnion('type', [
  kpiTileOptionsSchema,
  trendOptionsSchema,
  rankingBarOptionsSchema,
  tablePanelOptionsSchema,
  choroplethOptionsSchema,
  scorecardOptionsSchema,
  dossierBacklogOptionsSchema,
  agingBucketsOptionsSchema,
  dossierFlowOptionsSchema,
  lateDossiersOptionsSchema,
  indexRankingOptionsSchema,
  rankOverTimeOptionsSchema,
  index766CardOptionsSchema,
  targetTableOptionsSchema,
  alertListOptionsSchema,
]);
export type PanelSpec = z.infer<typeof panelSpecSchema>;

export interface PanelContext {
  unitCode: string;
  theme: ThemeName;
  /** selects another unit (writes it to the URL); panels with a map or list offer it */
  onSelectUnit?: (code: string) => void;
  /** reporting month chosen on the desk ("2026-09"); absent = the latest available */
  period?: string | undefined;
  /** what deltas compare with: previous period (default) or same period last year */
  compare?: 'prev' | 'yoy' | undefined;
}

type SpecByType = { [S in PanelSpec as S['type']]: S };
type PanelType = keyof SpecByType;

type PanelComponents = {
  [T in PanelType]: (props: { spec: SpecByType[T]; context: PanelContext }) => React.ReactNode;
};

const PANEL_COMPONENTS: PanelComponents = {
  'index-ranking': ({ spec, context }) => (
    <IndexRankingPanel kpiId={spec.kpiId} unitCode={context.unitCode} />
  ),
  'rank-over-time': ({ spec, context }) => (
    <RankOverTimePanel options={spec} unitCode={context.unitCode} />
  ),
  'index-766-card': ({ context }) => <Index766Card unitCode={context.unitCode} />,
  // Dossier panels: the scene binds its filters into the spec; the desk period is the fallback.
  'dossier-backlog': ({ spec, context }) => (
    <DossierBacklogPanel
      spec={{ ...spec, period: spec.period ?? context.period }}
      provinceCode={context.unitCode}
    />
  ),
  'aging-buckets': ({ spec, context }) => (
    <AgingBucketsPanel spec={spec} provinceCode={context.unitCode} />
  ),
  'dossier-flow': ({ spec, context }) => (
    <DossierFlowPanel
      spec={{ ...spec, period: spec.period ?? context.period }}
      provinceCode={context.unitCode}
    />
  ),
  'late-dossiers': ({ spec, context }) => (
    <LateDossiersPanel spec={spec} provinceCode={context.unitCode} />
  ),
  'kpi-tile': ({ spec, context }) => (
    <KpiTile
      kpiId={spec.kpiId}
      unitCode={context.unitCode}
      period={context.period}
      compare={context.compare}
    />
  ),
  trend: ({ spec, context }) => (
    <TrendPanel
      options={resolveTrendOptions(spec)}
      unitCode={context.unitCode}
      period={context.period}
    />
  ),
  'ranking-bar': ({ spec, context }) => (
    <RankingBarPanel options={resolveRankingBarOptions(spec)} unitCode={context.unitCode} />
  ),
  table: ({ spec, context }) => (
    <TablePanel options={resolveTablePanelOptions(spec)} unitCode={context.unitCode} />
  ),
  choropleth: ({ spec, context }) => (
    <ChoroplethPanel
      options={spec}
      unitCode={context.unitCode}
      theme={context.theme}
      {...(context.onSelectUnit ? { onSelectUnit: context.onSelectUnit } : {})}
    />
  ),
  'target-table': ({ spec, context }) => (
    <TargetTablePanel
      unitCode={context.unitCode}
      pillar={spec.pillar ?? null}
      {...(spec.pageSize === undefined ? {} : { pageSize: spec.pageSize })}
    />
  ),
  scorecard: ({ spec, context }) => (
    <ScorecardPanel options={spec} unitCode={context.unitCode} period={context.period} />
  ),
  'alert-list': ({ spec, context }) => (
    <AlertListPanel options={resolveAlertListOptions(spec)} unitCode={context.unitCode} />
  ),
};

// Generic over the type id so that TypeScript pairs each spec with its own entry (a plain
// lookup on the union would ask every entry to accept every spec). Entries only build an
// element, they hold no hooks, so calling one as a function is safe.
function renderPanel<T extends PanelType>(type: T, spec: SpecByType[T], context: PanelContext) {
  const render: PanelComponents[T] = PANEL_COMPONENTS[type];
  return render({ spec, context });
}

function PanelBody({ spec, context }: { spec: PanelSpec; context: PanelContext }) {
  return renderPanel(spec.type, spec, context);
}

function CrashedPanel({ title, onRetry }: { title: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <PanelFrame title={title}>
      <PanelError message={t('panel.crashed')} onRetry={onRetry} />
    </PanelFrame>
  );
}

/** One panel of a scene, inside its own error boundary: a crash never blanks its neighbours. */
export function PanelSlot({ spec, context }: { spec: PanelSpec; context: PanelContext }) {
  return (
    <ErrorBoundary
      fallback={(_error, reset) => (
        <CrashedPanel title={'kpiId' in spec ? spec.kpiId : spec.type} onRetry={reset} />
      )}
    >
      <Suspense fallback={<PanelLoading />}>
        <PanelBody spec={spec} context={context} />
      </Suspense>
    </ErrorBoundary>
  );
}
