import { createI18n } from '../../i18n/i18n';
import { palettes } from '../../ui/tokens';
import { dossierStats } from '../dossier-common/testing';
import {
  backlogChartOption,
  backlogCsv,
  backlogSummary,
  toBacklogRows,
  type BacklogItem,
} from './transform';

function item(
  key: string,
  name: string,
  overrides: Parameters<typeof dossierStats>[2],
): BacklogItem {
  return {
    key,
    name,
    shortName: name,
    stats: dossierStats(2026, 10, { unitCode: `92.${key}`, ...overrides }),
  };
}

describe('backlog transform', () => {
  test.each([
    {
      name: 'most overdue first',
      items: [
        item('a', 'Sở A', { pendingOverdue: 2 }),
        item('b', 'Sở B', { pendingOverdue: 9 }),
        item('c', 'Sở C', { pendingOverdue: 5 }),
      ],
      expected: ['b', 'c', 'a'],
    },
    {
      name: 'equal overdue: the larger backlog first, then by name',
      items: [
        item('a', 'Sở Y', { pendingOverdue: 3, pendingWithinDeadline: 10 }),
        item('b', 'Sở X', { pendingOverdue: 3, pendingWithinDeadline: 10 }),
        item('c', 'Sở Z', { pendingOverdue: 3, pendingWithinDeadline: 50 }),
      ],
      expected: ['c', 'b', 'a'],
    },
  ])('$name', ({ items, expected }) => {
    expect(toBacklogRows(items).map((r) => r.key)).toEqual(expected);
  });

  test.each([
    // [early, on time, late, expected share]: on time counts early AND on time (kpis.md)
    [60, 20, 20, 80],
    [0, 10, 0, 100],
    [0, 0, 5, 0],
    [0, 0, 0, null],
  ])('early %i + on time %i, late %i → on-time share %s', (early, onTime, late, share) => {
    const [row] = toBacklogRows([
      item('a', 'Sở A', { processedEarly: early, processedOnTime: onTime, processedLate: late }),
    ]);
    expect(row?.processed).toBe(early + onTime + late);
    expect(row?.onTimeShare).toBe(share);
  });

  test('pending = within the deadline + overdue (the backlog is not only the overdue)', () => {
    const [row] = toBacklogRows([
      item('a', 'Sở A', { pendingWithinDeadline: 30, pendingOverdue: 5 }),
    ]);
    expect(row).toMatchObject({ pendingWithin: 30, pendingOverdue: 5, pending: 35 });
  });

  test('summary, chart and CSV', () => {
    const t = createI18n('vi').t;
    const rows = toBacklogRows([
      item('a', 'Sở A', { pendingOverdue: 1200, pendingWithinDeadline: 100 }),
      item('b', 'Sở B', { pendingOverdue: 0 }),
    ]);
    expect(backlogSummary(rows, t, 'vi')).toBe(
      '2 đơn vị; nhiều hồ sơ quá hạn nhất: Sở A (1.200 hồ sơ quá hạn, 1.300 đang giải quyết).',
    );
    expect(backlogSummary(toBacklogRows([item('b', 'Sở B', { pendingOverdue: 0 })]), t, 'vi')).toBe(
      '1 đơn vị; không có hồ sơ đang giải quyết quá hạn.',
    );
    const option = backlogChartOption(rows, {
      lang: 'vi',
      t,
      palette: palettes.desk,
      animate: false,
    });
    const series = option.series as { id: string; data: number[]; stack: string }[];
    expect(series.map((s) => [s.id, s.stack, s.data])).toEqual([
      ['within', 'pending', [100, 30]],
      ['overdue', 'pending', [1200, 0]],
    ]);
    const csv = backlogCsv(rows, 'Sở, ngành', '2026-10', t);
    expect(csv.rows[0]?.slice(0, 9)).toEqual([
      'a',
      'Sở A',
      '2026-10',
      100,
      100,
      80,
      100,
      1200,
      1300,
    ]);
    expect(csv.rows[0]?.[9]).toBe('2026-10-28T16:30:00.000+07:00');
  });
});
