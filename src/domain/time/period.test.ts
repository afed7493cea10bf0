import fc from 'fast-check';
import {
  comparePeriods,
  containsInstant,
  monthIndexToEpochMs,
  monthPeriod,
  monthPeriodOfIndex,
  monthsOf,
  nextPeriod,
  parsePeriod,
  periodDays,
  periodEnd,
  periodEndMonthIndex,
  periodKey,
  periodOfInstant,
  periodStart,
  previousPeriod,
  quarterPeriod,
  samePeriod,
  samePeriodLastYear,
  shiftPeriod,
  yearPeriod,
  type Period,
} from './period';

const vn = (iso: string): number => Date.parse(iso);

describe('parsePeriod / periodKey', () => {
  it.each([
    ['2025-08', monthPeriod(2025, 8)],
    ['2025-Q3', quarterPeriod(2025, 3)],
    ['2025', yearPeriod(2025)],
    ['2025-01', monthPeriod(2025, 1)],
    ['2025-12', monthPeriod(2025, 12)],
  ])('parses %s', (text, period) => {
    expect(parsePeriod(text)).toEqual({ ok: true, value: period });
    expect(periodKey(period)).toBe(text);
  });

  it.each([
    '2025-13',
    '2025-00',
    '2025-8',
    '2025-Q5',
    '2025-Q0',
    '25',
    '2025-W01',
    ' 2025',
    '1989',
    '2101',
    '<b>2025</b>',
    '',
  ])('refuses %j', (text) => {
    expect(parsePeriod(text).ok).toBe(false);
  });

  it('round-trips any valid period', () => {
    const arb = fc.oneof(
      fc
        .record({ y: fc.integer({ min: 1990, max: 2100 }), m: fc.integer({ min: 1, max: 12 }) })
        .map(({ y, m }) => monthPeriod(y, m)),
      fc
        .record({ y: fc.integer({ min: 1990, max: 2100 }), q: fc.integer({ min: 1, max: 4 }) })
        .map(({ y, q }) => quarterPeriod(y, q)),
      fc.integer({ min: 1990, max: 2100 }).map(yearPeriod),
    );
    fc.assert(
      fc.property(arb, (p) => {
        const parsed = parsePeriod(periodKey(p));
        return parsed.ok && samePeriod(parsed.value, p);
      }),
    );
  });
});

describe('period bounds in Asia/Ho_Chi_Minh', () => {
  it.each([
    ['2025-08', '2025-08-01T00:00:00+07:00', '2025-09-01T00:00:00+07:00'],
    ['2025-Q3', '2025-07-01T00:00:00+07:00', '2025-10-01T00:00:00+07:00'],
    ['2025', '2025-01-01T00:00:00+07:00', '2026-01-01T00:00:00+07:00'],
    ['2024-02', '2024-02-01T00:00:00+07:00', '2024-03-01T00:00:00+07:00'],
    ['2024-12', '2024-12-01T00:00:00+07:00', '2025-01-01T00:00:00+07:00'],
  ])('%s runs from %s to %s', (text, start, end) => {
    const p = parsePeriod(text);
    if (!p.ok) throw new Error(p.error);
    expect(periodStart(p.value)).toBe(vn(start));
    expect(periodEnd(p.value)).toBe(vn(end));
  });

  it('an instant late on 31 July in Vietnam is in July even though it is still 31 July in UTC and New York', () => {
    const t = vn('2025-07-31T23:30:00+07:00');
    expect(periodOfInstant(t, 'month')).toEqual(monthPeriod(2025, 7));
    const t2 = vn('2025-08-01T00:30:00+07:00'); // 31 July 13:30 in New York
    expect(periodOfInstant(t2, 'month')).toEqual(monthPeriod(2025, 8));
    expect(periodOfInstant(t2, 'quarter')).toEqual(quarterPeriod(2025, 3));
    expect(periodOfInstant(vn('2025-12-31T23:59:59+07:00'), 'year')).toEqual(yearPeriod(2025));
    expect(containsInstant(monthPeriod(2025, 8), t2)).toBe(true);
    expect(containsInstant(monthPeriod(2025, 7), t2)).toBe(false);
  });

  it.each([
    ['2024-02', 29],
    ['2025-02', 28],
    ['2025-Q1', 90],
    ['2024', 366],
    ['2025', 365],
  ])('%s has %d days', (text, days) => {
    const p = parsePeriod(text);
    if (!p.ok) throw new Error(p.error);
    expect(periodDays(p.value)).toBe(days);
  });
});

describe('previous / next / same period last year', () => {
  it.each([
    ['2025-08', '2025-07', '2025-09', '2024-08'],
    ['2025-01', '2024-12', '2025-02', '2024-01'],
    ['2025-12', '2025-11', '2026-01', '2024-12'],
    ['2025-Q1', '2024-Q4', '2025-Q2', '2024-Q1'],
    ['2025-Q4', '2025-Q3', '2026-Q1', '2024-Q4'],
    ['2025', '2024', '2026', '2024'],
  ])('%s: previous %s, next %s, last year %s', (text, prev, next, lastYear) => {
    const p = parsePeriod(text);
    if (!p.ok) throw new Error(p.error);
    expect(periodKey(previousPeriod(p.value))).toBe(prev);
    expect(periodKey(nextPeriod(p.value))).toBe(next);
    expect(periodKey(samePeriodLastYear(p.value))).toBe(lastYear);
  });

  it('shifting by 12 months equals same period last year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1991, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) =>
        samePeriod(shiftPeriod(monthPeriod(y, m), -12), samePeriodLastYear(monthPeriod(y, m))),
      ),
    );
  });

  it('previous then next is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1991, max: 2099 }), fc.integer({ min: 1, max: 4 }), (y, q) =>
        samePeriod(nextPeriod(previousPeriod(quarterPeriod(y, q))), quarterPeriod(y, q)),
      ),
    );
  });
});

describe('month index', () => {
  it('places a value at the end of its period', () => {
    expect(periodEndMonthIndex(monthPeriod(2025, 8))).toBe(2025 * 12 + 8);
    expect(periodEndMonthIndex(quarterPeriod(2025, 3))).toBe(2025 * 12 + 9);
    expect(periodEndMonthIndex(yearPeriod(2025))).toBe(2025 * 12 + 12);
  });

  it('converts to the instant at the end of the month, in Vietnam', () => {
    expect(monthIndexToEpochMs(2025 * 12 + 8)).toBe(vn('2025-09-01T00:00:00+07:00'));
    // half of September (30 days) = 15 days
    expect(monthIndexToEpochMs(2025 * 12 + 8.5)).toBe(vn('2025-09-16T00:00:00+07:00'));
    expect(periodKey(monthPeriodOfIndex(2025 * 12 + 8))).toBe('2025-08');
    expect(periodKey(monthPeriodOfIndex(2025 * 12 + 8.5))).toBe('2025-09');
  });

  it('lists the months of a quarter', () => {
    expect(monthsOf(quarterPeriod(2025, 3)).map(periodKey)).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
    ]);
  });

  it('orders periods by end, a month before the quarter it closes', () => {
    const periods: Period[] = [
      yearPeriod(2025),
      quarterPeriod(2025, 3),
      monthPeriod(2025, 9),
      monthPeriod(2025, 7),
    ];
    expect([...periods].sort(comparePeriods).map(periodKey)).toEqual([
      '2025-07',
      '2025-09',
      '2025-Q3',
      '2025',
    ]);
  });
});
