import {
  formatAge,
  formatClock,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPointsDelta,
} from './format';

describe('format module', () => {
  test('the tests run in a zone other than Vietnam (so local-time mistakes show)', () => {
    expect(new Date('2026-01-15T00:00:00Z').getTimezoneOffset()).not.toBe(-420);
  });

  test.each([
    [1234.5, 'vi', 1, '1.234,5'],
    [1234.5, 'en', 1, '1,234.5'],
    [1234567, 'vi', 0, '1.234.567'],
    [0, 'vi', 0, '0'],
    [-12.345, 'vi', 2, '-12,35'],
    [Number.NaN, 'vi', 0, '—'],
    [null, 'en', 0, '—'],
    [Number.POSITIVE_INFINITY, 'vi', 0, '—'],
  ] as const)('formatNumber(%s, %s, %s) = %s', (value, lang, digits, expected) => {
    expect(formatNumber(value, lang, digits)).toBe(expected);
  });

  test.each([
    [0.458, 'vi', 1, '45,8%'],
    [0.458, 'en', 1, '45.8%'],
    [0.712, 'vi', 1, '71,2%'],
    [1, 'vi', 0, '100%'],
    [undefined, 'vi', 1, '—'],
  ] as const)('formatPercent(%s, %s) = %s', (value, lang, digits, expected) => {
    expect(formatPercent(value, lang, digits)).toBe(expected);
  });

  test.each([
    [2.3, 'vi', '+2,3 điểm %'],
    [-4.25, 'en', '-4.3 pp'],
    [0, 'vi', '0,0 điểm %'],
  ] as const)('formatPointsDelta(%s, %s) = %s', (value, lang, expected) => {
    expect(formatPointsDelta(value, lang)).toBe(expected);
  });

  test.each([
    // 20:00 UTC is already the next day in Vietnam (UTC+7).
    ['2026-11-22T20:00:00Z', 'vi', '23/11/2026', '23/11/2026 03:00'],
    ['2026-11-22T20:00:00Z', 'en', '23/11/2026', '23/11/2026 03:00'],
    ['2025-06-30T17:00:00Z', 'vi', '01/07/2025', '01/07/2025 00:00'],
    ['2025-08-31T23:59:00+07:00', 'vi', '31/08/2025', '31/08/2025 23:59'],
  ] as const)('dates of %s in %s', (iso, lang, date, dateTime) => {
    expect(formatDate(iso, lang)).toBe(date);
    expect(formatDateTime(iso, lang)).toBe(dateTime);
    expect(formatDateTime(Date.parse(iso), lang)).toBe(dateTime);
  });

  test('invalid dates give a dash, never "Invalid Date"', () => {
    expect(formatDate('not a date', 'vi')).toBe('—');
    expect(formatDateTime(Number.NaN, 'en')).toBe('—');
    expect(formatClock('x', 'vi')).toBe('—');
  });

  test('the clock shows Vietnam time', () => {
    expect(formatClock('2026-11-22T01:02:03Z', 'vi')).toBe('08:02:03');
  });

  test.each([
    ['2026-11-22T10:55:00Z', '2026-11-22T11:00:00Z', 'vi', '5 phút trước'],
    ['2026-11-22T10:55:00Z', '2026-11-22T11:00:00Z', 'en', '5 minutes ago'],
    ['2026-11-20T11:00:00Z', '2026-11-22T11:00:00Z', 'vi', '2 ngày trước'],
    ['2026-11-22T12:00:00Z', '2026-11-22T11:00:00Z', 'en', 'in 1 hour'],
  ] as const)('formatAge(%s, now=%s, %s) = %s', (asOf, now, lang, expected) => {
    expect(formatAge(asOf, now, lang)).toBe(expected);
  });

  test.each([
    ['2025-08', 'vi', 'Tháng 08/2025'],
    ['2025-08', 'en', '08/2025'],
    ['2025-Q3', 'vi', 'Quý III/2025'],
    ['2025-Q3', 'en', 'Q3 2025'],
    ['2025', 'vi', 'Năm 2025'],
    ['2025', 'en', '2025'],
    ['<b>x</b>', 'vi', '<b>x</b>'],
  ] as const)('formatPeriod(%s, %s) = %s', (period, lang, expected) => {
    expect(formatPeriod(period, lang)).toBe(expected);
  });
});
