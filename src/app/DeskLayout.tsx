import { useMemo, type ReactNode } from 'react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SCENES } from '../catalog/scenes';
import { ADMIN_UNITS } from '../catalog/admin-units';
import { useLanguage } from '../i18n/use-language';
import { LANGUAGES } from '../i18n/locale';
import { formatPeriod } from '../i18n/format';
import { periodKey, periodOfInstant, shiftPeriod } from '../domain/time/period';
import { useNow } from '../ui/use-now';
import styles from './DeskLayout.module.css';

interface Props {
  unitCode: string;
  children: ReactNode;
}

/** Months offered in the period filter: the running month (Vietnamese time) and 35 before it. */
const PERIOD_CHOICES = 36;

export function recentMonths(nowMs: number, count = PERIOD_CHOICES): string[] {
  const current = periodOfInstant(nowMs, 'month');
  return Array.from({ length: count }, (_, i) => periodKey(shiftPeriod(current, -i)));
}

/** The browser layout for department heads: header, navigation, unit and language. */
export function DeskLayout({ unitCode, children }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const { period, compare } = useSearch({ from: '__root__' });
  // Re-read hourly: a wall left on past midnight of the 1st offers the new month.
  const now = useNow(60 * 60_000);
  const months = useMemo(() => recentMonths(now), [now]);
  // A shared link may name a month outside the list: keep it selectable rather than hide it.
  const periodChoices = period && !months.includes(period) ? [period, ...months] : months;
  const setSearch = (key: 'period' | 'compare', value: string) => {
    void navigate({
      to: '.',
      search: (prev: Record<string, unknown>) => ({ ...prev, [key]: value || undefined }),
    });
  };

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
          <label className={styles.control}>
            <span>{t('briefing.filters.period')}</span>
            <select
              value={period ?? ''}
              onChange={(event) => {
                setSearch('period', event.target.value);
              }}
            >
              <option value="">{t('briefing.filters.latest')}</option>
              {periodChoices.map((key) => (
                <option key={key} value={key}>
                  {formatPeriod(key, lang)}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.control}>
            <span>{t('briefing.filters.compare')}</span>
            <select
              value={compare ?? 'prev'}
              onChange={(event) => {
                setSearch('compare', event.target.value === 'prev' ? '' : event.target.value);
              }}
            >
              <option value="prev">{t('briefing.filters.prev')}</option>
              <option value="yoy">{t('briefing.filters.yoy')}</option>
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
