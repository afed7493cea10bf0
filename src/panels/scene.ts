import type { PanelContext, PanelSpec } from './registry';

/** One panel placed in a scene: scenes are lists of these, so the wall can lay out the same data. */
export interface ScenePanel {
  panel: PanelSpec;
  /** spans two grid columns (maps, long trends) */
  wide?: boolean;
}

/** What every scene component receives from the router (the wall passes the same). */
export interface SceneProps extends PanelContext {
  onSelectUnit: (code: string) => void;
}
