import type { Widen } from '../widen';

/** Messages of the sources feature. Vietnamese is the reference; English must have the same keys. */
export const sourcesVi = {
  title: 'Tình trạng nguồn dữ liệu',
} as const;

export const sourcesEn: Widen<typeof sourcesVi> = {
  title: 'Data source health',
};
