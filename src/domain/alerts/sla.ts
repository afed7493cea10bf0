import type { Severity } from './types';

/**
 * SLA alerts: dossiers pending past their legal deadline, citizen feedback not handled in time.
 * Any overdue item breaches the SLA (warning from the first one); the breach is critical when
 * the count or the share of overdue items among all pending reaches the rule's critical level.
 */
export interface SlaRule {
  /** overdue items from which a warning is raised (default 1) */
  readonly warningCount?: number;
  readonly criticalCount?: number;
  /** share (0–1] of pending items overdue from which the breach is critical */
  readonly criticalShare?: number;
}

export interface SlaEvaluation {
  readonly severity: Severity | null;
  readonly overdue: number;
  /** overdue / pending, null when nothing is pending */
  readonly overdueShare: number | null;
}

export const DEFAULT_DOSSIER_SLA: SlaRule = {
  warningCount: 1,
  criticalCount: 50,
  criticalShare: 0.1,
};
export const DEFAULT_FEEDBACK_SLA: SlaRule = {
  warningCount: 1,
  criticalCount: 20,
  criticalShare: 0.2,
};

export function evaluateSla(overdue: number, pending: number, rule: SlaRule): SlaEvaluation {
  const safeOverdue = Number.isFinite(overdue) && overdue > 0 ? overdue : 0;
  const overdueShare = Number.isFinite(pending) && pending > 0 ? safeOverdue / pending : null;
  const critical =
    (rule.criticalCount !== undefined && safeOverdue >= rule.criticalCount) ||
    (rule.criticalShare !== undefined &&
      overdueShare !== null &&
      safeOverdue > 0 &&
      overdueShare >= rule.criticalShare);
  let severity: Severity | null = null;
  if (critical) severity = 'critical';
  else if (safeOverdue >= (rule.warningCount ?? 1)) severity = 'warning';
  return { severity, overdue: safeOverdue, overdueShare };
}
