import type { Severity } from '../../domain/alerts/types';
import type { StatusTone } from '../../ui/StatusBadge';

/** Severity as a status tone (colour + icon); the word comes from alerts.severity.* */
export const SEVERITY_TONE: Readonly<Record<Severity, StatusTone>> = {
  critical: 'bad',
  warning: 'warning',
  info: 'neutral',
};
