import { createI18n } from '../../i18n/i18n';
import { palettes } from '../../ui/tokens';
import { dossierStats } from '../dossier-common/testing';
import { flowChartOption, flowCsv, flowSummary, flowTotals, toFlowRows } from './transform';

const months = [
  dossierStats(2025, 9),
  dossierStats(2025, 7),
  dossierStats(2025, 8, { processedEarly: 0, processedOnTime: 0, processedLate: 0 }),
  dossierStats(2025, 10, {
    received: 400,
    processedEarly: 100,
    processedOnTime: 100,
    processedLate: 0,
  }),
];

describe('flow transform', () => {
  test.each([
    { upTo: null, n: 12, expected: ['2025-07', '2025-08', '2025-09', '2025-10'] },
    { upTo: '2025-09', n: 12, expected: ['2025-07', '2025-08', '2025-09'] },
    { upTo: '2025-10', n: 2, expected: ['2025-09', '2025-10'] },
    { upTo: '2025-06', n: 12, expected: [] },
    // a malformed period is ignored rather than emptying the chart
    { upTo: 'bogus', n: 12, expected: ['2025-07', '2025-08', '2025-09', '2025-10'] },
  ])('up to $upTo, $n months → $expected', ({ upTo, n, expected }) => {
    expect(toFlowRows(months, upTo, n, 'vi').map((r) => r.key)).toEqual(expected);
  });

  test('each month: counts, on-time share (early + on time), nothing processed → null', () => {
    const rows = toFlowRows(months, null, 12, 'vi');
    expect(rows[0]).toMatchObject({
      periodText: 'Tháng 07/2025',
      received: 100,
      processed: 100,
      onTimeShare: 80,
    });
    expect(rows[1]?.onTimeShare).toBeNull();
    expect(rows[3]?.onTimeShare).toBe(100);
  });

  test('totals pool the share (not an average of monthly shares)', () => {
    const rows = toFlowRows(months, null, 12, 'en');
    // (80 + 0 + 80 + 200) / (100 + 0 + 100 + 200) = 90 %, the mean of shares would be 86.7 %
    expect(flowTotals(rows)).toEqual({ received: 700, processed: 400, onTimeShare: 90 });
    expect(flowSummary(rows, createI18n('en').t, 'en')).toBe(
      '4 months to 10/2025: 700 received, 400 processed, 90.0% early or on time.',
    );
  });

  test('chart series and CSV', () => {
    const t = createI18n('vi').t;
    const rows = toFlowRows(months, null, 12, 'vi');
    const option = flowChartOption(rows, { lang: 'vi', t, palette: palettes.desk, animate: false });
    const series = option.series as { id: string; data: (number | null)[] }[];
    expect(series.map((s) => [s.id, s.data])).toEqual([
      ['received', [100, 100, 100, 400]],
      ['processed', [100, 0, 100, 200]],
      ['on-time-share', [80, null, 80, 100]],
    ]);
    const csv = flowCsv(rows, '92', t);
    expect(csv.rows[3]?.slice(0, 8)).toEqual(['92', '2025-10', 400, 200, 100, 100, 0, 100]);
  });
});
