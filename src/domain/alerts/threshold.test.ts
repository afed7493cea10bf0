import { getKpi } from '../../catalog/kpis/registry';
import {
  evaluateSeries,
  evaluateThreshold,
  thresholdRuleOf,
  type ThresholdRule,
} from './threshold';

const aqiRule: ThresholdRule = { direction: 'above', warning: 151, critical: 201, clearMargin: 10 };
const onTimeRule: ThresholdRule = { direction: 'below', warning: 95, critical: 90, clearMargin: 1 };

describe('threshold alerts with hysteresis', () => {
  it('does not flap when the value hovers on the line', () => {
    const series = evaluateSeries(aqiRule, [149, 151, 150, 151, 150, 149, 145, 142]);
    expect(series.map((e) => e.severity)).toEqual([
      null,
      'warning',
      'warning',
      'warning',
      'warning',
      'warning',
      'warning',
      'warning',
    ]);
    expect(series.filter((e) => e.transition === 'raised')).toHaveLength(1);
  });

  it('clears only once back past the line by the margin', () => {
    const series = evaluateSeries(aqiRule, [160, 142, 141, 150]);
    expect(series.map((e) => e.transition)).toEqual([
      'raised',
      'unchanged',
      'cleared',
      'unchanged',
    ]);
  });

  it('escalates at once and steps down with hysteresis', () => {
    const series = evaluateSeries(aqiRule, [160, 205, 195, 192, 191, 130]);
    expect(series.map((e) => e.severity)).toEqual([
      'warning',
      'critical',
      'critical',
      'critical',
      'warning',
      null,
    ]);
    expect(series.map((e) => e.transition)).toEqual([
      'raised',
      'escalated',
      'unchanged',
      'unchanged',
      'de-escalated',
      'cleared',
    ]);
  });

  it('raises straight to critical when the value jumps', () => {
    expect(evaluateThreshold(aqiRule, 350, null)).toEqual({
      severity: 'critical',
      transition: 'raised',
      threshold: 201,
    });
  });

  it('works downwards for "higher is better" KPIs (on-time share)', () => {
    const series = evaluateSeries(onTimeRule, [97, 95, 95.5, 96, 89, 90.5, 91]);
    expect(series.map((e) => e.severity)).toEqual([
      null,
      'warning',
      'warning',
      null,
      'critical',
      'critical',
      'warning',
    ]);
  });

  it('keeps the state when a reading is missing', () => {
    expect(evaluateThreshold(aqiRule, null, 'warning')).toEqual({
      severity: 'warning',
      transition: 'unchanged',
      threshold: 151,
    });
    expect(evaluateThreshold(aqiRule, Number.NaN, null)).toEqual({
      severity: null,
      transition: 'unchanged',
      threshold: null,
    });
  });

  it('derives the rule from a KPI definition', () => {
    expect(thresholdRuleOf(getKpi('env.aqi')!)).toEqual(aqiRule);
    expect(thresholdRuleOf(getKpi('dossiers.on-time-share')!)).toEqual(onTimeRule);
    expect(thresholdRuleOf(getKpi('traffic.flow')!)).toBeNull();
    expect(thresholdRuleOf(getKpi('dvc.online-dossier-share')!)).toBeNull();
  });
});
