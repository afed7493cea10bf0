import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatAge, formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { StatusBadge, type StatusTone } from '../ui/StatusBadge';
import { summariseHealth, type WallSourceState } from './health';
import { wallQueries } from './queries';
import styles from './WallScreen.module.css';

const TONE: Record<WallSourceState, StatusTone> = {
  fresh: 'good',
  late: 'warning',
  stale: 'bad',
  down: 'bad',
};

/**
 * Every source's state (colour + icon + word) and the oldest as-of on screen, from the
 * source-health endpoint. When that check itself fails, the last good report stays, marked.
 */
export function HealthStrip({ unitCode, now }: { unitCode: string; now: number }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const query = useQuery(wallQueries.sourceHealth(unitCode));
  const summary = query.data ? summariseHealth(query.data.sources) : null;
  const sourceName = (id: string) =>
    t(`wall.source.${id}`, {
      defaultValue: query.data?.sources.find((s) => s.sourceId === id)?.name ?? id,
    });

  return (
    <section
      className={styles.health}
      aria-label={t('wall.health.label')}
      data-testid="wall-health"
    >
      {query.error && <StatusBadge tone="warning" label={t('wall.health.unavailable')} />}
      {!summary && !query.error && <span>{t('wall.health.loading')}</span>}
      {summary && (
        <>
          <ul className={styles.healthList}>
            {summary.rows.map((row) => (
              <li key={row.sourceId} data-source={row.sourceId} data-state={row.state}>
                <StatusBadge tone={TONE[row.state]} label={t(`wall.health.${row.state}`)} />
                <span>{sourceName(row.sourceId)}</span>
              </li>
            ))}
          </ul>
          {summary.oldestAsOfMs !== null && summary.oldestSourceId !== null && (
            <p className={styles.oldest} data-testid="wall-oldest">
              {t('wall.health.oldest', {
                time: formatDateTime(summary.oldestAsOfMs, lang),
                age: formatAge(summary.oldestAsOfMs, now, lang),
                source: sourceName(summary.oldestSourceId),
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
