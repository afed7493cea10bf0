import { useTranslation } from 'react-i18next';
import styles from './TrainerMode.module.css';

/**
 * The DIỄN TẬP mark: a fixed high-contrast label and frame that never take a click
 * (pointer-events: none). The visual mark is hidden from screen readers; the status line says
 * it once in words.
 */
export function RehearsalMark({ title }: { readonly title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <div className={styles.frame} aria-hidden="true" data-testid="trainer-frame" />
      <div className={styles.mark} aria-hidden="true" data-testid="trainer-watermark">
        {t('trainer.watermark')}
      </div>
      <p className="visually-hidden" role="status">
        {t('trainer.announce', { scenario: title })}
      </p>
    </>
  );
}
