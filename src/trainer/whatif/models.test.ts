import { INDEX_766_CONFIG } from '../../catalog/index-766';
import { KPI_DEFINITIONS, getKpi } from '../../catalog/kpis/registry';
import { scoreIndex766 } from '../../domain/scoring/index-766';
import { competitionRank } from '../../domain/scoring/rank';
import { requiredMonthlyPace } from '../../domain/targets/pace';
import { projectTargetDate } from '../../domain/targets/projection';
import { projectAtPace } from '../../domain/targets/what-if';
import { monthPeriod } from '../../domain/time/period';
import {
  gainsPerPoint,
  score766WhatIf,
  scoreRatios,
  startingRatios,
  type PublishedScore,
} from './score766-model';
import { kpisWith2030Target, target2030, targetWhatIf } from './target-model';

describe('target what-if equals the domain functions', () => {
  const kpi = getKpi('society.e-payment-accounts')!;
  const history = [
    { period: monthPeriod(2025, 5), value: 40 },
    { period: monthPeriod(2025, 6), value: 42 },
    { period: monthPeriod(2025, 8), value: 47 },
    { period: monthPeriod(2025, 7), value: 44 },
  ];

  test('only KPIs with a 2030 target are offered', () => {
    const offered = kpisWith2030Target(KPI_DEFINITIONS);
    expect(offered.length).toBeGreaterThan(3);
    for (const k of offered) expect(target2030(k)?.year).toBe(2030);
    expect(offered.map((k) => k.id)).toContain('society.e-payment-accounts');
  });

  test.each([0.5, 1, 3, -1, 0])('at %s points a month', (perMonth) => {
    const vm = targetWhatIf(kpi, history, perMonth);
    const target = target2030(kpi)!;
    const latest = { period: monthPeriod(2025, 8), value: 47 };
    expect(vm?.latest).toEqual(latest);
    expect(vm?.atPace).toEqual(projectAtPace(latest, perMonth, target));
    expect(vm?.required).toEqual(requiredMonthlyPace(47, latest.period, target));
    expect(vm?.trend).toEqual(projectTargetDate(history, target));
  });

  test('no history: no projection at the chosen pace, and the trend says why', () => {
    const vm = targetWhatIf(kpi, [], 3);
    expect(vm?.latest).toBeNull();
    expect(vm?.atPace).toBeNull();
    expect(vm?.trend.kind).toBe('insufficient-data');
  });
});

describe('766 what-if', () => {
  const groupsOf = (scores: number[]) =>
    INDEX_766_CONFIG.groups.map((g, i) => ({ id: g.id, score: scores[i] ?? null }));
  const published: PublishedScore[] = [
    { unitCode: '92', total: 80, groups: groupsOf([15, 16, 17, 17, 15]) },
    { unitCode: '01', total: 85, groups: groupsOf([16, 18, 18, 18, 15]) },
    { unitCode: '79', total: 81, groups: groupsOf([15, 17, 17, 17, 15]) },
    { unitCode: '48', total: 78, groups: groupsOf([14, 16, 16, 17, 15]) },
  ];
  const YEAR = 2025;

  test('starting ratios reproduce the published group scores', () => {
    const ratios = startingRatios(INDEX_766_CONFIG, published[0]!, YEAR);
    const score = scoreRatios(INDEX_766_CONFIG, ratios, YEAR);
    expect(score.total).toBeCloseTo(80, 3);
    expect(score.groups.map((g) => g.score)).toEqual(
      [15, 16, 17, 17, 15].map((v) => expect.closeTo(v, 3) as unknown),
    );
  });

  test('new score and rank equal scoreIndex766 and competitionRank', () => {
    const ratios = {
      ...startingRatios(INDEX_766_CONFIG, published[0]!, YEAR),
      'online.payments-online': 1,
      'digitisation.electronic-results': 1,
    };
    const vm = score766WhatIf({
      config: INDEX_766_CONFIG,
      published,
      unitCode: '92',
      year: YEAR,
      ratios,
    })!;
    const counts = Object.fromEntries(
      Object.entries(ratios).map(([id, r]) => [
        id,
        { numerator: Math.round(r * 1e6), denominator: 1e6 },
      ]),
    );
    expect(vm.adjusted.total).toBeCloseTo(scoreIndex766(INDEX_766_CONFIG, counts, YEAR).total!, 9);
    const field = published.map((p) => ({
      code: p.unitCode,
      total: p.unitCode === '92' ? vm.adjusted.total : p.total,
    }));
    expect(vm.adjustedRank).toBe(
      competitionRank(field, (f) => f.total).find((r) => r.item.code === '92')?.rank,
    );
    expect(vm.baselineRank).toBe(3);
    expect(vm.adjustedRank).toBeLessThan(3);
    expect(vm.rankOf).toBe(4);
  });

  test('gains per point are the score differences of +1 point, best first', () => {
    const ratios = startingRatios(INDEX_766_CONFIG, published[0]!, YEAR);
    const gains = gainsPerPoint(INDEX_766_CONFIG, ratios, YEAR);
    expect(gains).toHaveLength(5);
    for (let i = 1; i < gains.length; i++)
      expect(gains[i - 1]!.gainPerPoint).toBeGreaterThanOrEqual(gains[i]!.gainPerPoint);
    const top = gains[0]!;
    const bumped = scoreRatios(
      INDEX_766_CONFIG,
      { ...ratios, [top.componentId]: ratios[top.componentId]! + 0.01 },
      YEAR,
    );
    expect(top.gainPerPoint).toBeCloseTo(
      bumped.total! - scoreRatios(INDEX_766_CONFIG, ratios, YEAR).total!,
      9,
    );
    expect(top.gainPerPoint).toBeGreaterThan(0);
  });

  test('a component at its target gains nothing more', () => {
    const ratios = { ...startingRatios(INDEX_766_CONFIG, published[0]!, YEAR) };
    for (const g of INDEX_766_CONFIG.groups) for (const c of g.components) ratios[c.id] = 1;
    expect(gainsPerPoint(INDEX_766_CONFIG, ratios, YEAR).every((g) => g.gainPerPoint === 0)).toBe(
      true,
    );
  });

  test('an unknown province has no what-if', () => {
    expect(
      score766WhatIf({
        config: INDEX_766_CONFIG,
        published,
        unitCode: '02',
        year: YEAR,
        ratios: {},
      }),
    ).toBeNull();
  });
});
