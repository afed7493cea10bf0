import type { Widen } from '../widen';

/** Messages of the alerts feature. Vietnamese is the reference; English must have the same keys. */
export const alertsVi = {
  title: 'Cảnh báo',
} as const;

export const alertsEn: Widen<typeof alertsVi> = {
  title: 'Alerts',
};
