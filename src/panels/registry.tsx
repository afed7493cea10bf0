import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import type { ThemeName } from '../ui/tokens';
import { PanelFrame } from '../ui/panel/PanelFrame';
import { PanelError } from '../ui/panel/PanelStates';
import { KpiTile } from './kpi-tile/KpiTile';
import { kpiTileOptionsSchema } from './kpi-tile/definition';
import { RankingBarPanel } from './ranking-bar/RankingBarPanel';
import { rankingBarOptionsSchema, resolveRankingBarOptions } from './ranking-bar/definition';
import { ChoroplethPanel } from './choropleth/ChoroplethPanel';
import { choroplethOptionsSchema } from './choropleth/definition';
import { TablePanel } from './table/TablePanel';
import { resolveTablePanelOptions, tablePanelOptionsSchema } from './table/definition';
import { TrendPanel } from './trend/TrendPanel';
import { resolveTrendOptions, trendOptionsSchema } from './trend/definition';

/** Every panel type, by id: the explicit registry scenes place panels from. */
export const panelSpecSchema = z.discriminatedUnion('type', [
  kpiTileOptionsSchema,
  trendOptionsSchema,
  rankingBarOptionsSchema,
  tablePanelOptionsSchema,
  choroplethOptionsSchema,
]);
export type PanelSpec = z.infer<typeof panelSpecSchema>;

export interface PanelContext {
  unitCode: string;
  theme: ThemeName;
  /** selects another unit (writes it to the URL); panels with a map or list offer it */
  onSelectUnit?: (code: string) => void;
}

type SpecByType = { [S in PanelSpec as S['type']]: S };
type PanelType = keyof SpecByType;

type PanelComponents = {
  [T in PanelType]: (props: { spec: SpecByType[T]; context: PanelContext }) => React.ReactNode;
};

const PANEL_COMPONENTS: PanelComponents = {
  'kpi-tile': ({ spec, context }) => <KpiTile kpiId={spec.kpiId} unitCode={context.unitCode} />,
  trend: ({ spec, context }) => (
    <TrendPanel options={resolveTrendOptions(spec)} unitCode={context.unitCode} />
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
      fallback={(_error, reset) => <CrashedPanel title={spec.kpiId} onRetry={reset} />}
    >
      <PanelBody spec={spec} context={context} />
    </ErrorBoundary>
  );
}
