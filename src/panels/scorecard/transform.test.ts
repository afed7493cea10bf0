import { getKpi } from '../../catalog/kpis/registry';
import { getLegalSource } from '../../catalog/legal-sources';
import type { KpiDefinition } from '../../domain/kpi/definition';
import type { KpiObservation } from '../../domain/kpi/observation';
import { createI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/locale';
import { observation } from '../common/testing/observations';
import { scorecardKpis } from './definition';
import { scorecardCsv, scorecardSummary, toScorecardRows } from './transform';

// 2025 ≥ 80 % (Decision 942); 2030 ≥ 100 %.
const services = getKpi('dvc.full-online-services')!;
// only a 2025 target (≥ 80 %)
const dossiers = getKpi('dvc.online-dossier-share')!;

const ctx = (lang: Language, nowMs: number, period?: string) => ({
  lang,
  t: createI18n(lang).t,
  legalSource: getLegalSource,
  nowMs,
  period,
});
const nowAfter = (year: number, month: number) =>
  Date.parse(`${year}-${String(month).padStart(2, '0')}-28T12:00:00+07:00`);

/** A monthly series of `kpi` for unit 92, one value per month from start, step per month. */
function series(
  kpi: KpiDefinition,
  start: { year: number; month: number },
  values: readonly (number | null)[],
): KpiObservation[] {
  return values.map((v, i) => {
    const index = start.year * 12 + start.month - 1 + i;
    return observation(kpi.id, '92', Math.floor(index / 12), (index % 12) + 1, v);
  });
}

describe('scorecard rows', () => {
  test('every catalogued KPI with a provincial target is listed by default', () => {
    const kpis = scorecardKpis({});
    expect(kpis.length).toBeGreaterThan(20);
    expect(
      kpis.every((k) => k.targets.some((t) => t.level === 'province' || t.level === 'any')),
    ).toBe(true);
    expect(kpis.map((k) => k.id)).toContain('dvc.online-dossier-share');
    // A KPI whose only targets are national is not the province's to meet.
    expect(scorecardKpis({ kpiIds: ['dvc.satisfaction', 'no.such'] }).map((k) => k.id)).toEqual([
      'dvc.satisfaction',
    ]);
  });

  test('one row per target year: 2025 judged on December 2025, 2030 live with a projection', () => {
    // 60 → 82 over 2025 (December meets 80), then 84, 86 … in 2026: rising 2 points a month.
    const obs = series(services, { year: 2025, month: 1 }, [
      ...Array.from({ length: 12 }, (_, i) => 60 + i * 2),
      84,
      86,
      88,
    ]);
    const rows = toScorecardRows(
      [{ kpi: services, observations: obs }],
      ctx('vi', nowAfter(2026, 3)),
    );
    const byYear = Object.fromEntries(rows.map((r) => [r.year, r]));
    expect(byYear[2025]).toMatchObject({
      status: 'achieved',
      tone: 'good',
      valueText: '82,0%',
      periodText: 'Tháng 12/2025',
      targetText: '≥ 80%',
      projection: { kind: 'closed', text: 'Hết hạn (Tháng 12/2025)' },
    });
    expect(byYear[2030]).toMatchObject({
      status: 'off-track',
      valueText: '88,0%',
      periodText: 'Tháng 03/2026',
      targetText: '≥ 100%',
      projection: { kind: 'projected' },
    });
    // 88 + 2/month reaches 100 six months later: September 2026, well before 2030.
    expect(byYear[2030]?.projection.text).toBe('Tháng 09/2026 (kịp hạn)');
  });

  test.each([
    // December 2025 value → verdict on the 2025 target ≥ 80 %, on the value shown
    [79.9, 'missed', 'bad', '79,9%'],
    [80, 'achieved', 'good', '80,0%'],
    // no December value: the last value of 2025 (November, 70) is the one judged
    [null, 'missed', 'bad', '70,0%'],
  ] as const)('a closed 2025 target with December %s is %s', (december, status, tone, shown) => {
    const obs = [
      ...series(dossiers, { year: 2025, month: 11 }, [70, december]),
      ...series(dossiers, { year: 2026, month: 1 }, [90]),
    ];
    const rows = toScorecardRows(
      [{ kpi: dossiers, observations: obs }],
      ctx('vi', nowAfter(2026, 1)),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ year: 2025, status, tone, valueText: shown });
  });

  test('the chosen period moves the value, the status and the projection back in time', () => {
    const obs = series(dossiers, { year: 2025, month: 1 }, [50, 52, 54, 56, 58, 60]);
    const [latest] = toScorecardRows(
      [{ kpi: dossiers, observations: obs }],
      ctx('vi', nowAfter(2025, 6)),
    );
    const [march] = toScorecardRows(
      [{ kpi: dossiers, observations: obs }],
      ctx('vi', nowAfter(2025, 6), '2025-03'),
    );
    expect(latest).toMatchObject({ valueText: '60,0%', status: 'off-track' });
    expect(march).toMatchObject({ valueText: '54,0%', period: '2025-03' });
    expect(march?.projection.kind).toBe('projected');
  });

  test('a flat or falling series is "not improving"; two points are not enough', () => {
    const falling = series(dossiers, { year: 2025, month: 1 }, [60, 58, 57, 55]);
    const short = series(dossiers, { year: 2025, month: 1 }, [60, 61]);
    const now = nowAfter(2025, 4);
    expect(
      toScorecardRows([{ kpi: dossiers, observations: falling }], ctx('en', now))[0]?.projection,
    ).toEqual({ kind: 'not-improving', text: 'Not reached at the current pace' });
    expect(
      toScorecardRows([{ kpi: dossiers, observations: short }], ctx('en', now))[0]?.projection,
    ).toEqual({ kind: 'insufficient-data', text: 'Not enough data' });
  });

  test('problems come first, then catalogue order; the summary counts good and bad', () => {
    const now = nowAfter(2025, 3);
    const rows = toScorecardRows(
      [
        { kpi: services, observations: series(services, { year: 2025, month: 1 }, [88, 89, 90]) },
        { kpi: dossiers, observations: series(dossiers, { year: 2025, month: 1 }, [48, 49, 50]) },
      ],
      ctx('vi', now),
    );
    expect(rows.map((r) => `${r.kpiId}@${String(r.year)}:${r.status}`)).toEqual([
      'dvc.online-dossier-share@2025:off-track',
      // 90 against ≥ 100 by 2030: short by 10, within the 10 % band
      'dvc.full-online-services@2030:at-risk',
      'dvc.full-online-services@2025:on-track',
    ]);
    expect(scorecardSummary(rows)).toEqual({ total: 3, good: 1, bad: 1 });
  });

  test('data older than its freshness contract is stale, not judged green', () => {
    const obs = series(dossiers, { year: 2025, month: 1 }, [81, 82, 83]);
    const [row] = toScorecardRows(
      [{ kpi: dossiers, observations: obs }],
      ctx('vi', nowAfter(2025, 9)),
    );
    expect(row).toMatchObject({ status: 'stale', tone: 'warning', valueText: '83,0%' });
  });

  test('CSV has the codes, numbers as numbers and the source with its as-of', () => {
    const obs = series(dossiers, { year: 2025, month: 1 }, [50, 52, 54]);
    const rows = toScorecardRows(
      [{ kpi: dossiers, observations: obs }],
      ctx('vi', nowAfter(2025, 3)),
    );
    const csv = scorecardCsv(rows, createI18n('vi').t);
    expect(csv.header[0]).toBe('Mã chỉ tiêu');
    expect(csv.rows[0]).toEqual([
      'dvc.online-dossier-share',
      'Tỷ lệ hồ sơ TTHC được xử lý hoàn toàn trực tuyến',
      2025,
      '≥ 80%',
      '942/QĐ-TTg',
      '2025-03',
      54,
      'Chậm tiến độ',
      expect.stringMatching(/^Tháng \d{2}\/\d{4} \((kịp hạn|sau hạn 2025)\)$/),
      'test',
      '2025-03-28T10:00:00+07:00',
    ]);
  });
});
