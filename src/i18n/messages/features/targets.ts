import type { Widen } from '../widen';

/** Messages of the targets feature. Vietnamese is the reference; English must have the same keys. */
export const targetsVi = {
  title: 'Mục tiêu 2025–2030',
} as const;

export const targetsEn: Widen<typeof targetsVi> = {
  title: 'Targets 2025–2030',
};
