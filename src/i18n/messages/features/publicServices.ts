import type { Widen } from '../widen';

/** Messages of the publicServices feature. Vietnamese is the reference; English must have the same keys. */
export const publicServicesVi = {
  title: 'Dịch vụ công trực tuyến',
} as const;

export const publicServicesEn: Widen<typeof publicServicesVi> = {
  title: 'Online public services',
};
