import type { ScenePanel } from '../../panels/scene';

/** The overview's panels, as data. */
export const OVERVIEW_PANELS: readonly ScenePanel[] = [
  { panel: { type: 'kpi-tile', kpiId: 'dvc.online-dossier-share' } },
  { panel: { type: 'ranking-bar', kpiId: 'dvc.online-dossier-share', limit: 10 } },
  { panel: { type: 'choropleth', kpiId: 'dvc.online-dossier-share' }, wide: true },
  { panel: { type: 'trend', kpiId: 'dvc.online-dossier-share' }, wide: true },
];
