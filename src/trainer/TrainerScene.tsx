import type { SceneProps } from '../panels/scene';

/** Placeholder until trainer mode is built: the catalogue marks it not built. */
export function TrainerScene(_props: SceneProps) {
  return null;
}
