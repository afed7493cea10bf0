import type { ScenePanel } from '../../panels/scene';

/**
 * The dossier scene's panels, as data. The scene binds its drill-down (period, department,
 * procedure) into each spec; the wall lays out the same list for the whole province.
 */
export const DOSSIERS_PANELS: readonly ScenePanel[] = [
  { panel: { type: 'dossier-backlog' } },
  { panel: { type: 'aging-buckets' } },
  { panel: { type: 'dossier-flow' }, wide: true },
  { panel: { type: 'late-dossiers', pageSize: 10 }, wide: true },
];
