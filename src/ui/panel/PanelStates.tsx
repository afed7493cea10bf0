import { useTranslation } from 'react-i18next';
import styles from './PanelStates.module.css';

/** Holds the panel's space while data loads, so nothing shifts when it arrives. */
export function PanelLoading() {
  const { t } = useTranslation();
  return (
    <div className={styles.loading} role="status" aria-busy="true">
      <span className={styles.shimmer} aria-hidden="true" />
      <span>{t('panel.loading')}</span>
    </div>
  );
}

/** Nothing to show; `message` says what is absent when "no data for this period" is not it. */
export function PanelEmpty({ message }: { readonly message?: string } = {}) {
  const { t } = useTranslation();
  return (
    <p className={styles.empty} role="status">
      {message ?? t('panel.empty')}
    </p>
  );
}

interface ErrorProps {
  /** What went wrong, in the user's language (see panels/describe-error). */
  message: string;
  onRetry?: () => void;
}

export function PanelError({ message, onRetry }: ErrorProps) {
  const { t } = useTranslation();
  return (
    <div className={styles.error} role="alert">
      <p className={styles.errorTitle}>
        <span aria-hidden="true">✖ </span>
        {t('panel.error')}
      </p>
      <p className={styles.errorMessage}>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('panel.retry')}
        </button>
      )}
    </div>
  );
}
