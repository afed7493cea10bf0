import type { Widen } from '../widen';

/** Messages of the sensors feature. Vietnamese is the reference; English must have the same keys. */
export const sensorsVi = {
  title: 'Cảm biến đô thị',
} as const;

export const sensorsEn: Widen<typeof sensorsVi> = {
  title: 'Urban sensors',
};
