import type { Widen } from '../widen';

/** Messages of the wall feature. Vietnamese is the reference; English must have the same keys. */
export const wallVi = {
  title: 'Màn hình tường',
} as const;

export const wallEn: Widen<typeof wallVi> = {
  title: 'Video wall',
};
