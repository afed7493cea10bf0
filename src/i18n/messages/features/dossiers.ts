import type { Widen } from '../widen';

/** Messages of the dossiers feature. Vietnamese is the reference; English must have the same keys. */
export const dossiersVi = {
  title: 'Hồ sơ TTHC',
} as const;

export const dossiersEn: Widen<typeof dossiersVi> = {
  title: 'Administrative dossiers',
};
