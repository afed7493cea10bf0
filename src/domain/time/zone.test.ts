import {
  daysInMonth,
  fromVnDateTime,
  parseTimeOfDay,
  startOfVnDay,
  toVnDateTime,
  toVnIsoString,
} from './zone';

describe('Vietnamese wall clock', () => {
  it('runs in a zone far from Vietnam, so local-time mistakes show up', () => {
    expect(process.env.TZ).toBe('America/New_York');
  });

  it.each([
    // instant (UTC)              → Vietnamese calendar fields
    ['2025-06-30T16:59:59.999Z', { year: 2025, month: 6, day: 30, hour: 23, minute: 59 }],
    ['2025-06-30T17:00:00.000Z', { year: 2025, month: 7, day: 1, hour: 0, minute: 0 }],
    ['2024-12-31T17:00:00.000Z', { year: 2025, month: 1, day: 1, hour: 0, minute: 0 }],
    // 9 March 2025 is the US DST switch: no effect on Vietnam
    ['2025-03-09T07:30:00.000Z', { year: 2025, month: 3, day: 9, hour: 14, minute: 30 }],
  ])('%s is %o in Vietnam', (iso, fields) => {
    expect(toVnDateTime(Date.parse(iso))).toMatchObject(fields);
  });

  it('fromVnDateTime inverts toVnDateTime and rolls over like Date.UTC', () => {
    expect(fromVnDateTime(2025, 7, 1)).toBe(Date.parse('2025-07-01T00:00:00+07:00'));
    expect(fromVnDateTime(2025, 13, 1)).toBe(Date.parse('2026-01-01T00:00:00+07:00'));
    expect(fromVnDateTime(2025, 3, 0)).toBe(Date.parse('2025-02-28T00:00:00+07:00'));
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('%d-%d has %d days', (y, m, d) => {
    expect(daysInMonth(y, m)).toBe(d);
  });

  it('startOfVnDay is midnight in Vietnam, not in the machine zone', () => {
    expect(startOfVnDay(Date.parse('2025-09-05T23:30:00+07:00'))).toBe(
      Date.parse('2025-09-05T00:00:00+07:00'),
    );
  });

  it('formats ISO text with +07:00', () => {
    expect(toVnIsoString(Date.parse('2025-09-05T09:30:00Z'))).toBe('2025-09-05T16:30:00.000+07:00');
  });

  it.each([
    ['17:00', 1020],
    ['00:00', 0],
    ['23:59', 1439],
    ['24:00', null],
    ['7:00', null],
    ['17:60', null],
    ['', null],
  ])('parseTimeOfDay(%j) = %j', (text, minutes) => {
    expect(parseTimeOfDay(text)).toBe(minutes);
  });
});
