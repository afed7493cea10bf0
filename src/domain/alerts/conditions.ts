import type { FreshnessAssessment } from '../freshness/freshness';
import { aqiBand } from './aqi';
import { alertKey } from './dedup';
import { floodAlarmLevel, floodSeverity, type FloodStation } from './flood';
import type { SlaEvaluation } from './sla';
import { stalenessSeverity, type StalenessRule } from './staleness';
import type { ThresholdEvaluation } from './threshold';
import type { AlertCondition, AlertSubject } from './types';

/**
 * Builders from the evaluations of the rule modules to alert conditions with their
 * deduplication key. Each returns null when nothing is to be raised. Rule ids are stable names
 * chosen by the caller ("threshold.env.aqi", "sla.dossiers-overdue"…).
 */

export function thresholdCondition(
  ruleId: string,
  subject: AlertSubject,
  evaluation: ThresholdEvaluation,
  value: number | null,
  observedAtMs: number,
): AlertCondition | null {
  if (evaluation.severity === null) return null;
  return {
    key: alertKey(ruleId, subject),
    ruleId,
    kind: 'threshold',
    severity: evaluation.severity,
    subject,
    value,
    threshold: evaluation.threshold,
    observedAtMs,
  };
}

export function slaCondition(
  ruleId: string,
  subject: AlertSubject,
  evaluation: SlaEvaluation,
  observedAtMs: number,
): AlertCondition | null {
  if (evaluation.severity === null) return null;
  return {
    key: alertKey(ruleId, subject),
    ruleId,
    kind: 'sla',
    severity: evaluation.severity,
    subject,
    value: evaluation.overdue,
    threshold: null,
    observedAtMs,
  };
}

/** A staleness alert about a source, addressed to the department that owns it. */
export function stalenessCondition(
  sourceId: string,
  departmentId: string,
  freshness: FreshnessAssessment,
  nowMs: number,
  rule?: StalenessRule,
): AlertCondition | null {
  const severity = stalenessSeverity(freshness.state, rule);
  if (severity === null) return null;
  const subject: AlertSubject = { sourceId, departmentId };
  const ruleId = 'staleness';
  return {
    key: alertKey(ruleId, subject),
    ruleId,
    kind: 'staleness',
    severity,
    subject,
    // age in minutes: what a person reads first ("no data for 3 hours")
    value: freshness.ageMs === null ? null : Math.floor(freshness.ageMs / 60_000),
    threshold: null,
    observedAtMs: nowMs,
  };
}

export function floodCondition(
  station: FloodStation,
  waterLevelM: number,
  observedAtMs: number,
): AlertCondition | null {
  const level = floodAlarmLevel(waterLevelM, station.levels);
  if (level === null || level === 0) return null;
  const severity = floodSeverity(level);
  if (severity === null) return null;
  const subject: AlertSubject = { stationId: station.id, unitCode: station.unitCode };
  const ruleId = 'flood.alarm-level';
  const threshold = [station.levels.I, station.levels.II, station.levels.III][level - 1] ?? null;
  return {
    key: alertKey(ruleId, subject),
    ruleId,
    kind: 'flood',
    severity,
    subject,
    value: waterLevelM,
    threshold,
    observedAtMs,
  };
}

/** Air quality: "Xấu" (151+) is a warning, "Rất xấu" and "Nguy hại" (201+) critical. */
export function airQualityCondition(
  stationId: string,
  unitCode: string,
  aqi: number,
  observedAtMs: number,
): AlertCondition | null {
  const band = aqiBand(aqi);
  if (band === null) return null;
  const severity =
    band.id === 'bad'
      ? 'warning'
      : band.id === 'very-bad' || band.id === 'hazardous'
        ? 'critical'
        : null;
  if (severity === null) return null;
  const subject: AlertSubject = { stationId, unitCode };
  const ruleId = 'air-quality.vn-aqi';
  return {
    key: alertKey(ruleId, subject),
    ruleId,
    kind: 'air-quality',
    severity,
    subject,
    value: aqi,
    threshold: band.min,
    observedAtMs,
  };
}
