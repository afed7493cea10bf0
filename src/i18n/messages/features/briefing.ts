import type { Widen } from '../widen';

/** Messages of the briefing feature. Vietnamese is the reference; English must have the same keys. */
export const briefingVi = {
  title: 'Báo cáo giao ban',
} as const;

export const briefingEn: Widen<typeof briefingVi> = {
  title: 'Briefing report',
};
