import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueuedAction } from '../../data/alerts/queue';
import { dismissQueuedAction, retryQueuedActions } from '../../data/alerts/use-alert-actions';
import styles from './AlertsScene.module.css';

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => {
      setOnline(navigator.onLine);
    };
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/**
 * Actions not yet accepted by the alerts service: pending ones (offline, or the service failing:
 * retried with backoff) and refused ones (with the reason, until dismissed).
 */
export function Outbox({ entries }: { entries: readonly QueuedAction[] }) {
  const { t } = useTranslation();
  const online = useOnline();
  const pending = entries.filter((e) => e.status === 'pending');
  const rejected = entries.filter((e) => e.status === 'rejected');
  if (entries.length === 0) return null;
  return (
    <section className={styles.outbox} aria-label={t('alerts.outbox.label')} data-testid="outbox">
      {pending.length > 0 && (
        <>
          <p role="status">
            <strong>{t('alerts.outbox.pending', { count: pending.length })}</strong>
            {!online && <> — {t('alerts.outbox.offline')}</>}
          </p>
          <ul>
            {pending.map((e) => (
              <li key={e.id} data-pending-action={e.action.kind}>
                {t(`alerts.actions.name.${e.action.kind}`)}
                {e.attempts > 0 &&
                  e.lastError !== null &&
                  ` (${t('alerts.outbox.attempt', { count: e.attempts, error: e.lastError })})`}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button"
            onClick={() => {
              void retryQueuedActions();
            }}
          >
            {t('alerts.outbox.retry')}
          </button>
        </>
      )}
      {rejected.length > 0 && (
        <ul>
          {rejected.map((e) => (
            <li key={e.id} role="alert">
              {t('alerts.outbox.rejectedItem', {
                action: t(`alerts.actions.name.${e.action.kind}`),
                error: e.lastError ?? '',
              })}{' '}
              <button
                type="button"
                className="button"
                onClick={() => {
                  void dismissQueuedAction(e.id);
                }}
              >
                {t('alerts.outbox.dismiss')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
