import type { LocalizedText } from '../i18n-text';
import type { Severity } from './types';

/**
 * River flood alarm levels (Báo động I, II, III; III the most dangerous), Decision
 * 05/2020/QĐ-TTg: each hydrological station has its own water levels in metres. A level is
 * reached when the water is at or above it.
 */
export type FloodAlarmLevel = 0 | 1 | 2 | 3;

export interface FloodLevels {
  readonly I: number;
  readonly II: number;
  readonly III: number;
}

export interface FloodStation {
  readonly id: string;
  readonly name: LocalizedText;
  readonly river: LocalizedText;
  /** current provincial unit code */
  readonly unitCode: string;
  readonly levels: FloodLevels;
  /** legal source of the levels (src/catalog/legal-sources.ts) */
  readonly sourceId: string;
}

export const FLOOD_ALARM_NAMES: Readonly<Record<FloodAlarmLevel, LocalizedText>> = {
  0: { vi: 'Dưới báo động I', en: 'Below alarm level I' },
  1: { vi: 'Báo động I', en: 'Alarm level I' },
  2: { vi: 'Báo động II', en: 'Alarm level II' },
  3: { vi: 'Báo động III', en: 'Alarm level III' },
};

export function floodLevelsValid(levels: FloodLevels): boolean {
  return (
    [levels.I, levels.II, levels.III].every(Number.isFinite) &&
    levels.I < levels.II &&
    levels.II < levels.III
  );
}

/** Alarm level of a water level (metres); null for a non-finite reading or invalid levels. */
export function floodAlarmLevel(waterLevelM: number, levels: FloodLevels): FloodAlarmLevel | null {
  if (!Number.isFinite(waterLevelM) || !floodLevelsValid(levels)) return null;
  if (waterLevelM >= levels.III) return 3;
  if (waterLevelM >= levels.II) return 2;
  if (waterLevelM >= levels.I) return 1;
  return 0;
}

/** Alert severity of an alarm level: I is information, II a warning, III critical. */
export function floodSeverity(level: FloodAlarmLevel): Severity | null {
  switch (level) {
    case 0:
      return null;
    case 1:
      return 'info';
    case 2:
      return 'warning';
    case 3:
      return 'critical';
  }
}

/** Metres above the reached level (or below level I when none is reached). */
export function marginToNextLevel(waterLevelM: number, levels: FloodLevels): number | null {
  const level = floodAlarmLevel(waterLevelM, levels);
  if (level === null || level === 3) return null;
  const next = [levels.I, levels.II, levels.III][level];
  return next === undefined ? null : next - waterLevelM;
}
