import type { FreshnessState } from '../freshness/freshness';
import type { Severity } from './types';

/**
 * Staleness alerts go to the department that owns the source: a late delivery is a warning,
 * stale data is critical (leaders may be looking at old numbers), and a source that has never
 * delivered is a warning by default (a new source) — configurable per deployment.
 */
export interface StalenessRule {
  readonly late: Severity | null;
  readonly stale: Severity | null;
  readonly noData: Severity | null;
}

export const DEFAULT_STALENESS_RULE: StalenessRule = {
  late: 'warning',
  stale: 'critical',
  noData: 'warning',
};

export function stalenessSeverity(
  state: FreshnessState,
  rule: StalenessRule = DEFAULT_STALENESS_RULE,
): Severity | null {
  switch (state) {
    case 'fresh':
      return null;
    case 'late':
      return rule.late;
    case 'stale':
      return rule.stale;
    case 'no-data':
      return rule.noData;
  }
}
