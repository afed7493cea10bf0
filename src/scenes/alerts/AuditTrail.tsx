import { useTranslation } from 'react-i18next';
import { getDepartment } from '../../catalog/departments';
import type { AlertView, AuditEntry } from '../../data/alerts/alert-view';
import type { Language } from '../../i18n/locale';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import styles from './AlertsScene.module.css';

/** An assignment names a department by id ("so-nnmt — note"): shown by its name. */
function detailText(entry: AuditEntry, lang: Language): string {
  const detail = entry.detail ?? '';
  if (entry.action !== 'assign') return detail;
  const [id = '', ...rest] = detail.split(' — ');
  const dept = getDepartment(id);
  return dept ? [dept.name[lang], ...rest].join(' — ') : detail;
}

/** Who did what when, oldest first, from the alert's audit trail (kept by the alerts service). */
export function AuditTrail({ alert }: { alert: AlertView }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (alert.audit.length === 0) return <p>{t('alerts.audit.empty')}</p>;
  return (
    <table className={styles.audit} data-testid="audit-trail">
      <caption>{t('alerts.audit.label')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('alerts.audit.when')}</th>
          <th scope="col">{t('alerts.audit.who')}</th>
          <th scope="col">{t('alerts.audit.what')}</th>
          <th scope="col">{t('alerts.audit.detail')}</th>
        </tr>
      </thead>
      <tbody>
        {alert.audit.map((entry, i) => (
          <tr key={`${String(entry.atMs)}-${String(i)}`} data-action={entry.action}>
            <td>
              <time dateTime={new Date(entry.atMs).toISOString()}>
                {formatDateTime(entry.atMs, lang)}
              </time>
            </td>
            <td>{entry.by}</td>
            <td>{t(`alerts.audit.action.${entry.action}`)}</td>
            <td>{detailText(entry, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
