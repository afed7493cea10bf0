import { FLOOD_STATIONS } from '../../catalog/flood-stations';
import { FLOOD_ALARM_NAMES, floodAlarmLevel, floodSeverity, marginToNextLevel } from './flood';

const longBien = FLOOD_STATIONS.find((s) => s.id === 'ha-noi-long-bien')!;

describe('river flood alarm levels (Decision 05/2020/QĐ-TTg)', () => {
  it.each([
    [8.2, 0, null],
    [9.5, 1, 'info'],
    [10.49, 1, 'info'],
    [10.5, 2, 'warning'],
    [11.5, 3, 'critical'],
    [12.3, 3, 'critical'],
  ] as const)('Red River at Hà Nội (Long Biên) %d m → level %d', (metres, level, severity) => {
    expect(floodAlarmLevel(metres, longBien.levels)).toBe(level);
    expect(floodSeverity(level)).toBe(severity);
  });

  it('names the levels as the decision does', () => {
    expect(FLOOD_ALARM_NAMES[3].vi).toBe('Báo động III');
  });

  it('refuses a bad reading or inconsistent levels', () => {
    expect(floodAlarmLevel(Number.NaN, longBien.levels)).toBeNull();
    expect(floodAlarmLevel(10, { I: 11, II: 10, III: 12 })).toBeNull();
  });

  it('gives the margin to the next level', () => {
    expect(marginToNextLevel(9, longBien.levels)).toBeCloseTo(0.5, 10);
    expect(marginToNextLevel(10, longBien.levels)).toBeCloseTo(0.5, 10);
    expect(marginToNextLevel(12, longBien.levels)).toBeNull();
  });
});
