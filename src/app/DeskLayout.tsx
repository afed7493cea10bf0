import type { ReactNode } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SCENES } from '../catalog/scenes';
import { ADMIN_UNITS } from '../catalog/admin-units';
import { useLanguage } from '../i18n/use-language';
import { LANGUAGES } from '../i18n/locale';
import styles from './DeskLayout.module.css';

interface Props {
  unitCode: string;
  children: ReactNode;
}

/** The browser layout for department heads: header, navigation, unit and language. */
export function DeskLayout({ unitCode, children }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();

  return (
    <div className={styles.shell}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={styles.header}>
        <div className={styles.brand}>
          <span className={styles.mark} aria-hidden="true">
            IOC
          </span>
          <span>{t('app.name')}</span>
        </div>
        <div className={styles.controls}>
          <label className={styles.control}>
            <span>{t('app.unit')}</span>
            <select
              value={unitCode}
              onChange={(event) => {
                void navigate({
                  to: '.',
                  search: (prev: Record<string, unknown>) => ({
                    ...prev,
                    unit: event.target.value,
                  }),
                });
              }}
            >
              {ADMIN_UNITS.current.map((unit) => (
                <option key={unit.code} value={unit.code}>
                  {lang === 'vi' ? unit.fullName : unit.name}
                </option>
              ))}
            </select>
          </label>
          <nav aria-label={t('app.language')} className={styles.languages}>
            {LANGUAGES.map((code) => (
              <Link
                key={code}
                to="."
                search={(prev: Record<string, unknown>) => ({ ...prev, lang: code })}
                aria-current={code === lang ? 'true' : undefined}
                lang={code}
                className={styles.language}
              >
                {code === 'vi' ? 'Tiếng Việt' : 'English'}
              </Link>
            ))}
          </nav>
        </div>
      </header>
      <nav aria-label={t('app.mainNav')} className={styles.nav}>
        <ul>
          {SCENES.map((scene) => (
            <li key={scene.id}>
              <Link
                to={scene.path}
                search={(prev: Record<string, unknown>) => prev}
                activeOptions={{ exact: scene.path === '/', includeSearch: false }}
                activeProps={{ 'aria-current': 'page', className: styles.active }}
              >
                {t(`nav.${scene.navKey}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className={styles.main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
