import type { ScenePanel } from '../../panels/scene';

/**
 * The source-health scene's panels, as data: the staleness alerts raised to the departments
 * whose sources are late (the wall shows the same). The health table itself is the scene's own
 * component (SourcesScene.tsx).
 */
export const SOURCES_PANELS: readonly ScenePanel[] = [
  { panel: { type: 'alert-list', kinds: ['staleness'], limit: 6 }, wide: true },
];
