import type { Widen } from '../widen';

/** Messages of the trainer feature. Vietnamese is the reference; English must have the same keys. */
export const trainerVi = {
  title: 'Diễn tập',
} as const;

export const trainerEn: Widen<typeof trainerVi> = {
  title: 'Rehearsal',
};
