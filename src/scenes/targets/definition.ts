import type { ScenePanel } from '../../panels/scene';

/**
 * The targets screen's panels, as data: the table of every catalogued target, and the glide
 * path of one of them (by default the 2030 target for fully online services, Decision 749).
 * On the desk, choosing a row of the table redraws the second panel for that target.
 */
export const TARGETS_PANELS: readonly ScenePanel[] = [
  { panel: { type: 'target-table' }, wide: true },
  {
    panel: {
      type: 'trend',
      kpiId: 'dvc.full-online-services',
      periods: 240,
      glidePath: { targetYear: 2030 },
    },
    wide: true,
  },
];
