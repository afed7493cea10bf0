import type { ScenePanel } from '../../panels/scene';

/**
 * The overview's panels, as data (the wall lays out the same list). Other panels (the 766
 * card, the alert list) are added here as entries; the scene renders whatever the list holds.
 */
export const OVERVIEW_PANELS: readonly ScenePanel[] = [
  { panel: { type: 'kpi-tile', kpiId: 'dvc.online-dossier-share' } },
  { panel: { type: 'scorecard' } },
  { panel: { type: 'index-766-card', kpiId: 'index766.total' } },
  { panel: { type: 'ranking-bar', kpiId: 'dvc.online-dossier-share', limit: 10 } },
  { panel: { type: 'alert-list', limit: 5 } },
  { panel: { type: 'choropleth', kpiId: 'dvc.online-dossier-share' }, wide: true },
  { panel: { type: 'trend', kpiId: 'dvc.online-dossier-share' }, wide: true },
];
