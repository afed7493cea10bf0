import { getKpi } from '../../catalog/kpis/registry';
import { getLegalSource } from '../../catalog/legal-sources';
import type { KpiDefinition } from '../../domain/kpi/definition';
import type { KpiObservation } from '../../domain/kpi/observation';
import { monthPeriod } from '../../domain/time/period';
import { toKpiTileView } from './transform';

const kpi = getKpi('dvc.online-dossier-share')!;
const pad = (n: number) => String(n).padStart(2, '0');

function obs(
  year: number,
  month: number,
  value: number | null,
  extra: Partial<KpiObservation> = {},
): KpiObservation {
  const asOfText = `${year}-${pad(month)}-28T10:00:00+07:00`;
  return {
    indicatorId: kpi.id,
    unitCode: '92',
    period: monthPeriod(year, month),
    value,
    numerator: value === null ? null : Math.round(value * 100),
    denominator: value === null ? null : 10_000,
    target: null,
    source: 'test',
    asOfMs: Date.parse(asOfText),
    asOfText,
    method: null,
    status: 'final',
    ...extra,
  };
}

/** "now" a few hours after the as-of of a month's observation: the data is fresh. */
const nowAfter = (year: number, month: number) =>
  Date.parse(`${year}-${pad(month)}-28T12:00:00+07:00`);

describe('KPI tile transform', () => {
  test('the latest period is the headline, formatted in Vietnamese, with source and as-of', () => {
    // Given out of order on purpose: the transform sorts by period.
    const view = toKpiTileView(
      kpi,
      [obs(2025, 10, 58.1), obs(2025, 9, 57.4)],
      'vi',
      getLegalSource,
      nowAfter(2025, 10),
    );
    expect(view.valueText).toBe('58,1%');
    expect(view.periodText).toBe('Tháng 10/2025');
    expect(view.asOf).toBe('2025-10-28T10:00:00+07:00');
    expect(view.source).toBe('test');
    expect(view.title).toBe('Tỷ lệ hồ sơ TTHC được xử lý hoàn toàn trực tuyến');
    expect(view.freshness).toBe('fresh');
  });

  test.each([
    // value in 2025 against the live 2025 target "≥ 80 %" (Decision 942), at-risk band 10 %
    [80, 'on-track'],
    [93.2, 'on-track'],
    [75, 'at-risk'],
    [45.8, 'off-track'], // the 2024 national figure (kpis.md §4)
  ] as const)('in 2025, value %s is %s', (value, status) => {
    const view = toKpiTileView(
      kpi,
      [obs(2025, 11, value)],
      'vi',
      getLegalSource,
      nowAfter(2025, 11),
    );
    expect(view.status).toBe(status);
    expect(view.targets).toEqual([
      { year: 2025, text: '≥ 80%', sources: ['942/QĐ-TTg'], verdict: null },
    ]);
  });

  test.each([
    [55.2, 'missed'],
    [81.5, 'achieved'],
  ] as const)(
    'after 2025, the 2025 target is judged on December 2025 (%s → %s)',
    (december, status) => {
      const view = toKpiTileView(
        kpi,
        [obs(2025, 11, 50), obs(2025, 12, december), obs(2026, 10, 60)],
        'vi',
        getLegalSource,
        nowAfter(2026, 10),
      );
      expect(view.valueText).toBe('60,0%');
      expect(view.status).toBe(status);
      expect(view.targets).toEqual([
        {
          year: 2025,
          text: '≥ 80%',
          sources: ['942/QĐ-TTg'],
          verdict: `Tháng 12/2025: ${december.toFixed(1).replace('.', ',')}%`,
        },
      ]);
    },
  );

  test('data far older than its freshness contract is stale', () => {
    const view = toKpiTileView(kpi, [obs(2025, 6, 70)], 'vi', getLegalSource, nowAfter(2025, 9));
    expect(view.freshness).toBe('stale');
    expect(view.status).toBe('stale');
  });

  test('no observation: no data, a dash, and an empty table', () => {
    const view = toKpiTileView(kpi, [], 'vi', getLegalSource, nowAfter(2025, 1));
    expect(view.status).toBe('no-data');
    expect(view.valueText).toBe('—');
    expect(view.rows).toEqual([]);
  });

  test('a null value reads "no data", not 0', () => {
    const view = toKpiTileView(kpi, [obs(2025, 1, null)], 'en', getLegalSource, nowAfter(2025, 1));
    expect(view.status).toBe('no-data');
    expect(view.valueText).toBe('—');
  });

  test.each([
    [50, 52.5, 'up', true, '+2,5 điểm %'],
    [52.5, 50, 'down', false, '-2,5 điểm %'],
    [50, 50, 'flat', null, '0,0 điểm %'],
  ] as const)(
    'delta %s → %s is %s (favourable: %s)',
    (before, after, direction, favourable, text) => {
      const view = toKpiTileView(
        kpi,
        [obs(2025, 1, before), obs(2025, 2, after)],
        'vi',
        getLegalSource,
        nowAfter(2025, 2),
      );
      expect(view.delta).toEqual({ direction, favourable, text });
    },
  );

  test('a gap month gives no month-on-month delta (the previous month is missing)', () => {
    const view = toKpiTileView(
      kpi,
      [obs(2025, 1, 40), obs(2025, 3, 45)],
      'vi',
      getLegalSource,
      nowAfter(2025, 3),
    );
    expect(view.delta).toBeNull();
  });

  test('for a lower-is-better KPI a fall is favourable', () => {
    const lower: KpiDefinition = { ...kpi, polarity: 'lower-is-better' };
    const view = toKpiTileView(
      lower,
      [obs(2025, 1, 30), obs(2025, 2, 20)],
      'vi',
      getLegalSource,
      nowAfter(2025, 2),
    );
    expect(view.delta?.favourable).toBe(true);
  });

  test('observations of other KPIs are ignored', () => {
    const view = toKpiTileView(
      kpi,
      [obs(2025, 1, 40), obs(2025, 2, 99, { indicatorId: 'other' })],
      'vi',
      getLegalSource,
      nowAfter(2025, 1),
    );
    expect(view.valueText).toBe('40,0%');
  });

  test('the table lists every period, newest first, with numerator and denominator', () => {
    const view = toKpiTileView(
      kpi,
      [obs(2025, 1, 40), obs(2025, 2, 41.5)],
      'en',
      getLegalSource,
      nowAfter(2025, 2),
    );
    expect(view.rows).toEqual([
      {
        period: '2025-02',
        periodText: '02/2025',
        valueText: '41.5%',
        numeratorText: '4,150',
        denominatorText: '10,000',
      },
      {
        period: '2025-01',
        periodText: '01/2025',
        valueText: '40.0%',
        numeratorText: '4,000',
        denominatorText: '10,000',
      },
    ]);
  });
});

describe('KPI tile transform: year-on-year, chosen period, sparkline, stale marker', () => {
  const series = [
    obs(2024, 9, 40),
    obs(2024, 10, 42),
    obs(2025, 8, 50),
    obs(2025, 9, 51.5),
    obs(2025, 10, 55),
  ];

  test.each([
    // period, value shown, vs previous month, vs same month last year
    [undefined, '55,0%', '+3,5 điểm %', '+13,0 điểm %'],
    ['2025-09', '51,5%', '+1,5 điểm %', '+11,5 điểm %'],
    ['2025-08', '50,0%', null, null],
  ] as const)('period %s shows %s, Δprev %s, Δyoy %s', (period, value, prev, yoy) => {
    const view = toKpiTileView(
      kpi,
      series,
      'vi',
      getLegalSource,
      nowAfter(2025, 10),
      'province',
      period === undefined ? {} : { period },
    );
    expect(view.valueText).toBe(value);
    expect(view.delta?.text ?? null).toBe(prev);
    expect(view.deltaYoy?.text ?? null).toBe(yoy);
    expect(view.historical).toBe(period !== undefined);
  });

  test('a year-on-year fall of a higher-is-better KPI is unfavourable', () => {
    const view = toKpiTileView(
      kpi,
      [obs(2024, 3, 60), obs(2025, 2, 50), obs(2025, 3, 52)],
      'en',
      getLegalSource,
      nowAfter(2025, 3),
    );
    expect(view.deltaYoy).toEqual({ direction: 'down', favourable: false, text: '-8.0 pp' });
    expect(view.delta).toEqual({ direction: 'up', favourable: true, text: '+2.0 pp' });
  });

  test.each([
    [undefined, 'prev'],
    ['yoy', 'yoy'],
    ['prev', 'prev'],
  ] as const)('compare %s puts %s first', (compare, expected) => {
    const view = toKpiTileView(
      kpi,
      series,
      'vi',
      getLegalSource,
      nowAfter(2025, 10),
      'province',
      compare === undefined ? {} : { compare },
    );
    expect(view.compare).toBe(expected);
  });

  test('a month before any data: nothing to show', () => {
    const view = toKpiTileView(kpi, series, 'vi', getLegalSource, nowAfter(2025, 10), 'province', {
      period: '2023-01',
    });
    expect(view.status).toBe('no-data');
    expect(view.rows).toEqual([]);
  });

  test('a chosen past month is judged as published, not as stale today', () => {
    // Source silent since 10/2025, now 03/2026: the marker says stale, the chosen month is judged.
    const view = toKpiTileView(kpi, series, 'vi', getLegalSource, nowAfter(2026, 3), 'province', {
      period: '2025-09',
    });
    expect(view.status).toBe('off-track');
    expect(view.staleMarker?.state).toBe('stale');
  });

  test('the sparkline takes the last 12 periods with a value, up to the period shown', () => {
    const long = Array.from({ length: 20 }, (_, i) =>
      obs(2024 + Math.floor(i / 12), (i % 12) + 1, i === 15 ? null : 30 + i),
    );
    const view = toKpiTileView(kpi, long, 'vi', getLegalSource, nowAfter(2025, 8), 'province', {
      period: '2025-06',
    });
    expect(view.spark.map((p) => p.period)).toEqual([
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
      // 2025-04 has no value: skipped, not drawn as 0
      '2025-05',
      '2025-06',
    ]);
    expect(view.spark.at(-1)).toEqual({ period: '2025-06', value: 47 });
  });

  test.each([
    // now after the as-of of 2025-10 data: daily-before-17:00 source
    ['fresh', Date.parse('2025-10-28T12:00:00+07:00'), null],
    ['late', Date.parse('2025-10-29T18:00:00+07:00'), Date.parse('2025-10-29T17:00:00+07:00')],
    ['stale', Date.parse('2025-11-05T09:00:00+07:00'), Date.parse('2025-10-30T17:00:00+07:00')],
  ] as const)('data %s: marker since %s', (state, now, since) => {
    const view = toKpiTileView(kpi, [obs(2025, 10, 55)], 'vi', getLegalSource, now);
    expect(view.freshness).toBe(state);
    expect(view.staleMarker).toEqual(state === 'fresh' ? null : { state, sinceMs: since });
  });
});
