import { useTranslation } from 'react-i18next';

/** Shown when a whole screen fails to render: says so, logs, and offers a way back. */
export function CrashScreen({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section role="alert">
      <h1>{t('errors.appCrashed')}</h1>
      <p>{error.message}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('panel.retry')}
      </button>{' '}
      <button
        type="button"
        className="button"
        onClick={() => {
          window.location.reload();
        }}
      >
        {t('errors.reload')}
      </button>
    </section>
  );
}
