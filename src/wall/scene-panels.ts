import type { SceneId } from '../catalog/scenes';
import type { ScenePanel } from '../panels/scene';
import { ALERTS_PANELS } from '../scenes/alerts/definition';
import { DOSSIERS_PANELS } from '../scenes/dossiers/definition';
import { OVERVIEW_PANELS } from '../scenes/overview/definition';
import { PUBLIC_SERVICES_PANELS } from '../scenes/public-services/definition';
import { RANKINGS_PANELS } from '../scenes/rankings/definition';
import { SOURCES_PANELS } from '../scenes/sources/definition';
import { TARGETS_PANELS } from '../scenes/targets/definition';

/**
 * The panels of each scene the wall can show, by scene id. Scenes are data (their
 * `definition.ts`), so the wall lays out the same list in its own grid. Adding a scene to the
 * wall is one line here (and its import); a scene missing here is skipped with a note.
 */
export const WALL_SCENE_PANELS: Partial<Record<SceneId, readonly ScenePanel[]>> = {
  overview: OVERVIEW_PANELS,
  publicServices: PUBLIC_SERVICES_PANELS,
  dossiers: DOSSIERS_PANELS,
  targets: TARGETS_PANELS,
  rankings: RANKINGS_PANELS,
  alerts: ALERTS_PANELS,
  sources: SOURCES_PANELS,
  // sensors: its definition lists sections (SensorsSection[]), not panels, so far.
};

export function scenePanels(id: SceneId): readonly ScenePanel[] | undefined {
  const panels = WALL_SCENE_PANELS[id];
  return panels && panels.length > 0 ? panels : undefined;
}
