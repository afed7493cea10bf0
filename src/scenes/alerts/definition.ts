import type { ScenePanel } from '../../panels/scene';

/**
 * The alerts scene's panels, as data, for the wall: the open alerts, most severe first. On the
 * desk the scene shows the same alerts as an interactive list with filters, detail, actions
 * and map (AlertsScene.tsx), which a wall without a keyboard has no use for.
 */
export const ALERTS_PANELS: readonly ScenePanel[] = [
  { panel: { type: 'alert-list', limit: 8 }, wide: true },
];
