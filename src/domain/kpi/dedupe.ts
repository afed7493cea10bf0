import { periodKey } from '../time/period';
import type { KpiObservation } from './observation';

/**
 * Sources resend rows (corrections, overlapping pages, retries). One observation per KPI, unit
 * and period survives: a final figure beats a provisional one; among the same status the later
 * as-of wins; on a tie the later row in the input wins. Output order: by KPI, unit, period.
 */
export function observationKey(o: KpiObservation): string {
  return `${o.indicatorId}|${o.unitCode}|${periodKey(o.period)}`;
}

function supersedes(candidate: KpiObservation, existing: KpiObservation): boolean {
  if (candidate.status !== existing.status) return candidate.status === 'final';
  return candidate.asOfMs >= existing.asOfMs;
}

export function dedupeObservations(observations: readonly KpiObservation[]): KpiObservation[] {
  const byKey = new Map<string, KpiObservation>();
  for (const o of observations) {
    const key = observationKey(o);
    const existing = byKey.get(key);
    if (existing === undefined || supersedes(o, existing)) byKey.set(key, o);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, o]) => o);
}
