import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAge, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { StatusBadge, type StatusTone } from '../StatusBadge';
import { useNow } from '../use-now';
import styles from './PanelFrame.module.css';

import type { FreshnessState } from '../../domain/freshness/freshness';

const FRESHNESS_TONE: Record<FreshnessState, StatusTone> = {
  fresh: 'good',
  late: 'warning',
  stale: 'bad',
  'no-data': 'neutral',
};

export interface PanelSource {
  /** Name of the source, from the catalogue or the data itself (rendered as text). */
  name: string;
  /** As-of time of the data shown (ISO 8601 or epoch ms); absent while nothing is loaded. */
  asOf?: string | number | null;
  freshness?: FreshnessState;
}

interface Props {
  title: string;
  /** Panel type id, exposed as data-panel-type for tests and the wall's health checks. */
  type?: string;
  source?: PanelSource;
  /** A table listing the same values as the chart: every chart has one. */
  table?: ReactNode;
  /** Panel actions (CSV / PNG export), shown in the header in both views. */
  actions?: ReactNode;
  /** Set when a refresh failed and the data shown is the last good one. */
  refreshError?: string | null;
  children: ReactNode;
}

/** Panel chrome: title, body or table view, and the source with its as-of time and age. */
export function PanelFrame({ title, type, source, table, actions, refreshError, children }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [showTable, setShowTable] = useState(false);
  const now = useNow();
  const titleId = useId();
  const bodyId = useId();

  return (
    <section
      className={styles.panel}
      aria-labelledby={titleId}
      data-panel={title}
      data-panel-type={type}
    >
      <header className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        <div className={styles.tools}>
          {actions}
          {table !== undefined && (
            <button
              type="button"
              className={styles.toggle}
              aria-controls={bodyId}
              aria-pressed={showTable}
              onClick={() => {
                setShowTable((v) => !v);
              }}
            >
              {showTable ? t('panel.showChart') : t('panel.showTable')}
            </button>
          )}
        </div>
      </header>
      <div id={bodyId} className={styles.body}>
        {refreshError && (
          <p className={styles.staleOverlay} role="status">
            <StatusBadge tone="warning" label={t('kpi.status.stale')} /> {refreshError}
          </p>
        )}
        {showTable ? table : children}
      </div>
      {source && (
        <footer className={styles.footer}>
          <span>
            {t('panel.source')}: {source.name}
          </span>
          {source.asOf !== undefined && source.asOf !== null && (
            <span>
              {t('panel.asOf')}:{' '}
              <time dateTime={new Date(source.asOf).toISOString()}>
                {formatDateTime(source.asOf, lang)}
              </time>{' '}
              ({formatAge(source.asOf, now, lang)})
            </span>
          )}
          {source.freshness && source.freshness !== 'fresh' && (
            <StatusBadge
              tone={FRESHNESS_TONE[source.freshness]}
              label={t(`panel.freshness.${source.freshness}`)}
            />
          )}
        </footer>
      )}
    </section>
  );
}
