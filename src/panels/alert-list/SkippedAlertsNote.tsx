import { useTranslation } from 'react-i18next';
import type { SkippedRows } from '../../data/contracts/alerts';
import { ContractFailure } from '../../data/queries/contract-failure';
import { StatusBadge } from '../../ui/StatusBadge';
import { describeError } from '../common/describe-error';

interface Props {
  readonly skipped: SkippedRows | null;
  readonly className?: string;
}

/**
 * Says that alerts were left out because the source sent them malformed: how many, and the
 * first field at fault (in the words of a refused payload), so nobody takes the list for whole.
 */
export function SkippedAlertsNote({ skipped, className }: Props) {
  const { t } = useTranslation();
  if (skipped === null) return null;
  return (
    <p className={className} role="note" data-testid="alerts-skipped">
      <StatusBadge tone="warning" label={t('alerts.list.skippedBadge')} />{' '}
      {t('alerts.list.skipped', { count: skipped.count })}{' '}
      {describeError(new ContractFailure(skipped.first), t)}
    </p>
  );
}
