import type { Widen } from '../widen';

/** Messages of the rankings feature. Vietnamese is the reference; English must have the same keys. */
export const rankingsVi = {
  title: 'Xếp hạng',
} as const;

export const rankingsEn: Widen<typeof rankingsVi> = {
  title: 'Rankings',
};
