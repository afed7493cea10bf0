import { createI18n } from '../../i18n/i18n';
import { parseCsv, toCsv } from '../common/csv';
import { lateDossier } from '../dossier-common/testing';
import { DEFAULT_LATE_SORT, filterLate, lateCsv, lateSortFrom, sortLate } from './transform';

const collator = new Intl.Collator('vi-VN', { numeric: true, sensitivity: 'base' });
const at = (iso: string) => Date.parse(iso);

const A = lateDossier({
  dossierCode: 'A',
  procedureCode: 'MP-1',
  procedureName: 'Đăng ký đất đai',
  unitName: 'Phường Bến Thành',
  receivedAtMs: at('2026-09-01T08:00:00+07:00'),
  dueAtMs: at('2026-09-20T17:00:00+07:00'),
  daysLate: 30,
});
const B = lateDossier({
  dossierCode: 'B',
  procedureCode: 'MP-2',
  procedureName: 'Cấp phép xây dựng',
  unitName: 'Xã An Hòa',
  receivedAtMs: at('2026-10-05T08:00:00+07:00'),
  dueAtMs: at('2026-10-25T17:00:00+07:00'),
  processedAtMs: at('2026-10-28T10:00:00+07:00'),
  status: 'processed-late',
  daysLate: 3,
});
const C = lateDossier({
  dossierCode: 'C',
  procedureCode: 'MP-1',
  procedureName: 'Đăng ký đất đai',
  unitName: 'Phường Ánh Dương',
  receivedAtMs: at('2026-10-10T08:00:00+07:00'),
  dueAtMs: at('2026-10-20T17:00:00+07:00'),
  daysLate: 12,
});
const ALL = [A, B, C];
const codes = (rows: readonly { dossierCode: string }[]) => rows.map((r) => r.dossierCode);

describe('late-dossier list transform', () => {
  test.each([
    // [sort, dir, expected]
    [undefined, undefined, DEFAULT_LATE_SORT],
    ['daysLate', undefined, { columnId: 'daysLate', direction: 'descending' }],
    ['receivedAt', undefined, { columnId: 'receivedAt', direction: 'ascending' }],
    ['receivedAt', 'desc', { columnId: 'receivedAt', direction: 'descending' }],
    ['daysLate', 'asc', { columnId: 'daysLate', direction: 'ascending' }],
    ['bogus', 'asc', DEFAULT_LATE_SORT],
  ] as const)('sort=%s dir=%s from the URL → %o', (sort, dir, expected) => {
    expect(lateSortFrom(sort, dir)).toEqual(expected);
  });

  test.each([
    [null, ['A', 'B', 'C']],
    ['MP-1', ['A', 'C']],
    ['MP-2', ['B']],
    ['MP-9', []],
  ] as const)('procedure filter %s keeps %o', (procedure, expected) => {
    expect(codes(filterLate(ALL, procedure))).toEqual(expected);
  });

  test.each([
    ['daysLate', 'descending', ['A', 'C', 'B']],
    ['daysLate', 'ascending', ['B', 'C', 'A']],
    ['receivedAt', 'ascending', ['A', 'B', 'C']],
    ['receivedAt', 'descending', ['C', 'B', 'A']],
    ['dueAt', 'ascending', ['A', 'C', 'B']],
    // pending dossiers (no processing date) sort last in both directions
    ['processedAt', 'ascending', ['B', 'A', 'C']],
    ['processedAt', 'descending', ['B', 'A', 'C']],
    // Vietnamese collation: "Cấp" < "Đăng"
    ['procedure', 'ascending', ['B', 'A', 'C']],
    ['unit', 'ascending', ['C', 'A', 'B']],
    ['status', 'ascending', ['A', 'C', 'B']],
    ['dossierCode', 'descending', ['C', 'B', 'A']],
  ] as const)('sorts by %s %s', (columnId, direction, expected) => {
    expect(codes(sortLate(ALL, { columnId, direction }, collator))).toEqual(expected);
  });

  test('the CSV holds every row given, typed, with Vietnamese labels and dates', () => {
    const t = createI18n('vi').t;
    const table = lateCsv([A, B], t, 'vi');
    expect(table.header[0]).toBe('Mã hồ sơ');
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]).toEqual([
      'A',
      'MP-1',
      'Đăng ký đất đai',
      '92.so-nnmt',
      'Phường Bến Thành',
      '01/09/2026 08:00',
      '20/09/2026 17:00',
      null,
      30,
      'pending-overdue',
      'Đang giải quyết quá hạn',
    ]);
    expect(table.rows[1]?.[7]).toBe('28/10/2026 10:00');
    expect(table.rows[1]?.[10]).toBe('Đã giải quyết quá hạn');
    // Round trip through the file format (BOM, quoting): same cells back.
    const text = toCsv(table);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(text)[1]?.[2]).toBe('Đăng ký đất đai');
  });

  test('English labels in the English CSV', () => {
    const t = createI18n('en').t;
    const table = lateCsv([B], t, 'en');
    expect(table.header[0]).toBe('Dossier code');
    expect(table.rows[0]?.[10]).toBe('Processed late');
  });
});
