import type { SceneProps } from '../../panels/scene';

/** Placeholder until the scene is built: the catalogue marks it not built, so the router never shows this. */
export function SensorsScene(_props: SceneProps) {
  return null;
}
