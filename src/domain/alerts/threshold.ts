import type { KpiDefinition } from '../kpi/definition';
import type { Severity } from './types';

/**
 * Threshold alerts with hysteresis. A value crossing a level raises the alert at once; it
 * clears (or steps down) only when the value is back past the level by `clearMargin`. A value
 * hovering on the line (150, 151, 150, 151 against a 151 threshold with margin 10) therefore
 * raises one alert and keeps it, instead of flapping on every reading.
 *
 * Direction 'above': bad when high (AQI, overdue dossiers); level L is reached at value ≥ L.
 * Direction 'below': bad when low (on-time share); level L is reached at value ≤ L.
 * A missing value (null) changes nothing: no data is not good news (staleness alerts cover it).
 */
export interface ThresholdRule {
  readonly direction: 'above' | 'below';
  readonly warning?: number;
  readonly critical?: number;
  readonly clearMargin: number;
}

export type ThresholdTransition = 'raised' | 'escalated' | 'de-escalated' | 'cleared' | 'unchanged';

export interface ThresholdEvaluation {
  readonly severity: Severity | null;
  readonly transition: ThresholdTransition;
  /** the level in force, in the KPI's unit */
  readonly threshold: number | null;
}

/** The alert rule of a KPI's thresholds, or null when it has none (neutral KPIs have none). */
export function thresholdRuleOf(definition: KpiDefinition): ThresholdRule | null {
  const alert = definition.thresholds.alert;
  if (alert === undefined || definition.polarity === 'neutral') return null;
  return {
    direction: definition.polarity === 'lower-is-better' ? 'above' : 'below',
    ...(alert.warning === undefined ? {} : { warning: alert.warning }),
    ...(alert.critical === undefined ? {} : { critical: alert.critical }),
    clearMargin: alert.clearMargin,
  };
}

const LEVELS: readonly (Severity & ('warning' | 'critical'))[] = ['critical', 'warning'];

function levelValue(rule: ThresholdRule, level: 'warning' | 'critical'): number | undefined {
  return level === 'warning' ? rule.warning : rule.critical;
}

function reaches(rule: ThresholdRule, value: number, threshold: number): boolean {
  return rule.direction === 'above' ? value >= threshold : value <= threshold;
}

/** Still held at a level: not yet back past it by the margin. */
function holds(rule: ThresholdRule, value: number, threshold: number): boolean {
  return rule.direction === 'above'
    ? value > threshold - rule.clearMargin
    : value < threshold + rule.clearMargin;
}

const ORDER: Readonly<Record<'warning' | 'critical', number>> = { warning: 1, critical: 2 };

export function evaluateThreshold(
  rule: ThresholdRule,
  value: number | null,
  previous: Severity | null,
): ThresholdEvaluation {
  const previousLevel = previous === 'warning' || previous === 'critical' ? previous : null;
  const prevThreshold = previousLevel === null ? null : (levelValue(rule, previousLevel) ?? null);
  if (value === null || !Number.isFinite(value)) {
    return { severity: previousLevel, transition: 'unchanged', threshold: prevThreshold };
  }
  // the highest level reached outright
  let reached: 'warning' | 'critical' | null = null;
  for (const level of LEVELS) {
    const t = levelValue(rule, level);
    if (t !== undefined && reaches(rule, value, t)) {
      reached = level;
      break;
    }
  }
  // the highest level, at or below the previous one, still held by hysteresis
  let held: 'warning' | 'critical' | null = null;
  if (previousLevel !== null) {
    for (const level of LEVELS) {
      if (ORDER[level] > ORDER[previousLevel]) continue;
      const t = levelValue(rule, level);
      if (t !== undefined && holds(rule, value, t)) {
        held = level;
        break;
      }
    }
  }
  const candidates = [reached, held].filter((l): l is 'warning' | 'critical' => l !== null);
  const next = candidates.reduce<'warning' | 'critical' | null>(
    (best, l) => (best === null || ORDER[l] > ORDER[best] ? l : best),
    null,
  );
  const threshold = next === null ? null : (levelValue(rule, next) ?? null);
  let transition: ThresholdTransition;
  if (next === previousLevel) transition = 'unchanged';
  else if (previousLevel === null) transition = 'raised';
  else if (next === null) transition = 'cleared';
  else transition = ORDER[next] > ORDER[previousLevel] ? 'escalated' : 'de-escalated';
  return { severity: next, transition, threshold };
}

/** Runs a rule over a series of readings, returning the severity after each. */
export function evaluateSeries(
  rule: ThresholdRule,
  values: readonly (number | null)[],
  initial: Severity | null = null,
): ThresholdEvaluation[] {
  const out: ThresholdEvaluation[] = [];
  let current = initial;
  for (const v of values) {
    const e = evaluateThreshold(rule, v, current);
    out.push(e);
    current = e.severity;
  }
  return out;
}
