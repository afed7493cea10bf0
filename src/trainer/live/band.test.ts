import { alarmLevelsOf, eventAt, focusAt, levelBand } from './band';

const LONG_BIEN = { I: 9.5, II: 10.5, III: 11.5 };

test.each([
  [6.28, 'normal'],
  [9.49, 'normal'],
  [9.5, 'I'],
  [10.49, 'I'],
  [10.5, 'II'],
  [11.5, 'III'],
  [11.92, 'III'],
])('level %s m → band %s', (level, band) => {
  expect(levelBand(level, LONG_BIEN)).toBe(band);
});

test('alarm levels are read only when all three are numbers', () => {
  expect(alarmLevelsOf({ alarmLevels: LONG_BIEN })).toEqual(LONG_BIEN);
  expect(alarmLevelsOf({ alarmLevels: { I: 1, II: '2', III: 3 } })).toBeNull();
  expect(alarmLevelsOf({})).toBeNull();
});

test('event and focus in force at an offset', () => {
  const events = [
    { at: 0, focus: 'province' as const },
    { at: 10 },
    { at: 20, focus: 'station' as const },
    { at: 30 },
    { at: 40, focus: 'province' as const },
  ];
  expect(eventAt(events, 25)).toBe(events[2]);
  expect(eventAt(events, -1)).toBeNull();
  expect(focusAt(events, 5)).toBe('province');
  expect(focusAt(events, 35)).toBe('station');
  expect(focusAt(events, 40)).toBe('province');
});
