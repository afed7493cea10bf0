import type { AlertCondition, AlertSubject } from './types';
import { SEVERITY_RANK } from './types';

/**
 * Deduplication key: the rule and the subject, nothing that changes while the condition lasts
 * (not the severity, the value or the time). An escalation from warning to critical therefore
 * updates the same alert instead of opening a second one, and a source that sends the same
 * reading twice raises nothing new. Parts are escaped so that no two subjects share a key.
 */
export function alertKey(ruleId: string, subject: AlertSubject): string {
  const esc = (s: string): string => s.replace(/[\\|=]/g, (c) => `\\${c}`);
  const parts: string[] = [`rule=${esc(ruleId)}`];
  const fields: (keyof AlertSubject)[] = [
    'unitCode',
    'kpiId',
    'sourceId',
    'stationId',
    'departmentId',
  ];
  for (const field of fields) {
    const v = subject[field];
    if (v !== undefined) parts.push(`${field}=${esc(v)}`);
  }
  return parts.join('|');
}

/**
 * One condition per key: the most severe, and among equals the latest observation. Input order
 * does not matter.
 */
export function dedupeConditions(conditions: readonly AlertCondition[]): AlertCondition[] {
  const byKey = new Map<string, AlertCondition>();
  for (const c of conditions) {
    const existing = byKey.get(c.key);
    if (existing === undefined) {
      byKey.set(c.key, c);
      continue;
    }
    const rankDiff = SEVERITY_RANK[c.severity] - SEVERITY_RANK[existing.severity];
    if (rankDiff > 0 || (rankDiff === 0 && c.observedAtMs > existing.observedAtMs)) {
      byKey.set(c.key, c);
    }
  }
  return [...byKey.values()];
}
