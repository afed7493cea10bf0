import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { getDepartment } from '../../catalog/departments';
import { sourceHealthQueries } from '../../data/queries/source-health';
import type { FreshnessContract } from '../../domain/freshness/contract';
import { formatAge, formatDateTime, formatNumber, formatPercent } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { describeError } from '../../panels/common/describe-error';
import { PanelSlot } from '../../panels/registry';
import type { SceneProps } from '../../panels/scene';
import { PanelLoading } from '../../ui/panel/PanelStates';
import { StatusBadge, type StatusTone } from '../../ui/StatusBadge';
import { useNow } from '../../ui/use-now';
import { SOURCES_PANELS } from './definition';
import { sourceRows, stateCounts, type SourceRow, type SourceState } from './view-model';
import styles from './SourcesScene.module.css';

const STATE_TONE: Readonly<Record<SourceState, StatusTone>> = {
  fresh: 'good',
  late: 'warning',
  stale: 'bad',
  'no-data': 'neutral',
  down: 'bad',
};
const STATES: readonly SourceState[] = ['down', 'stale', 'late', 'no-data', 'fresh'];

function contractText(contract: FreshnessContract | null, t: TFunction): string {
  if (contract === null) return t('sources.contract.none');
  switch (contract.kind) {
    case 'every':
      return t('sources.contract.every', { minutes: contract.minutes });
    case 'daily':
      return t('sources.contract.daily', { time: contract.before });
    case 'monthly':
      return t('sources.contract.monthly', { day: contract.byDay });
    case 'yearly':
      return t('sources.contract.yearly', {
        day: String(contract.byDay).padStart(2, '0'),
        month: String(contract.byMonth).padStart(2, '0'),
      });
  }
}

/** A failure in the user's language; the technical detail (from outside) follows as text. */
function errorText(error: NonNullable<SourceRow['lastError']>, t: TFunction): string {
  switch (error.kind) {
    case null:
      return error.message;
    case 'http':
      return t('errors.http', { status: error.status ?? 0 });
    case 'timeout':
      return t('errors.timeout');
    case 'malformed-json':
      return t('errors.malformedJson');
    case 'network':
      return t('errors.network');
    case 'contract':
      return t('errors.contract', {
        field: error.message.split(' — ')[0] ?? '',
        message: error.message.split(' — ').slice(1).join(' — '),
      });
    case 'unknown':
      return `${t('errors.unknown')} ${error.message}`;
  }
}

/** Tình trạng nguồn dữ liệu: every source, its freshness, whether it answers, its uptime. */
export function SourcesScene({ unitCode, theme, onSelectUnit }: SceneProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const now = useNow(15_000);
  const report = useQuery(sourceHealthQueries.report(unitCode));
  const probes = useQuery(sourceHealthQueries.probes(unitCode));
  const unit = ADMIN_UNITS.currentByCode(unitCode);
  const unitName = unit ? (lang === 'vi' ? unit.fullName : unit.name) : unitCode;

  const rows = useMemo(
    () =>
      report.data || probes.data
        ? sourceRows(report.data, probes.data ?? [], Date.now(), lang)
        : null,
    // `now` re-derives the rows as probes age out of the 24-hour window.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [report.data, probes.data, lang, now],
  );
  const counts = rows ? stateCounts(rows) : null;
  const time = (ms: number | null) =>
    ms === null ? (
      t('sources.never')
    ) : (
      <time dateTime={new Date(ms).toISOString()}>
        {formatDateTime(ms, lang)} ({formatAge(ms, now, lang)})
      </time>
    );

  return (
    <section aria-labelledby="sources-title">
      <h1 id="sources-title" className={styles.title}>
        {t('sources.title')} <span className={styles.unit}>· {unitName}</span>
      </h1>
      <p className={styles.intro}>{t('sources.intro')}</p>

      {report.isError && (
        <p className={styles.problem} role="alert">
          {t('sources.reportFailed', { error: describeError(report.error, t) })}
        </p>
      )}

      {!rows || !counts ? (
        <PanelLoading />
      ) : (
        <>
          <p className={styles.summary} data-testid="sources-summary">
            <strong>{t('sources.summary')}:</strong>
            {STATES.filter((s) => counts[s] > 0).map((s) => (
              <StatusBadge
                key={s}
                tone={STATE_TONE[s]}
                label={`${t(`sources.state.${s}`)}: ${String(counts[s])}`}
              />
            ))}
          </p>
          <div className={styles.tableWrap}>
            <table className={styles.table} data-testid="sources-table">
              <caption>
                {t('sources.healthSource')}
                {report.data && (
                  <>
                    {' · '}
                    {t('sources.checkedAt')}:{' '}
                    <time dateTime={new Date(report.data.checkedAtMs).toISOString()}>
                      {formatDateTime(report.data.checkedAtMs, lang)}
                    </time>
                  </>
                )}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('sources.columns.source')}</th>
                  <th scope="col">{t('sources.columns.state')}</th>
                  <th scope="col">{t('sources.columns.contract')}</th>
                  <th scope="col">{t('sources.columns.lastDelivery')}</th>
                  <th scope="col">{t('sources.columns.lastSuccess')}</th>
                  <th scope="col" className={styles.num}>
                    {t('sources.columns.latency')}
                  </th>
                  <th scope="col">{t('sources.columns.lastError')}</th>
                  <th scope="col" className={styles.num}>
                    {t('sources.columns.uptime')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r: SourceRow) => (
                  <tr key={r.sourceId} data-source-id={r.sourceId} data-state={r.state}>
                    <th scope="row" className={styles.name}>
                      {r.name}
                      <span className={styles.sub}>
                        {t(`sources.protocol.${r.protocol}`)} ·{' '}
                        {getDepartment(r.ownerDepartmentId)?.shortName[lang] ?? r.ownerDepartmentId}
                      </span>
                    </th>
                    <td>
                      <StatusBadge
                        tone={STATE_TONE[r.state]}
                        label={t(`sources.state.${r.state}`)}
                      />
                      {r.message !== null && r.state !== 'down' && (
                        <span className={styles.sub}>{r.message}</span>
                      )}
                      {r.silentDatastreams !== null && r.silentDatastreams > 0 && (
                        <span className={styles.sub}>
                          {t('sources.silent', {
                            silent: r.silentDatastreams,
                            total: r.datastreams ?? 0,
                          })}
                        </span>
                      )}
                    </td>
                    <td>
                      {contractText(r.contract, t)}
                      {r.state !== 'down' && r.lateAtMs !== null && r.lateAtMs > now && (
                        <span className={styles.sub}>
                          {t('sources.lateAt', { time: formatDateTime(r.lateAtMs, lang) })}
                        </span>
                      )}
                      {r.state === 'late' && r.staleAtMs !== null && (
                        <span className={styles.sub}>
                          {t('sources.staleAt', { time: formatDateTime(r.staleAtMs, lang) })}
                        </span>
                      )}
                    </td>
                    <td>{time(r.lastDeliveryAtMs)}</td>
                    <td>{r.endpoint === null ? t('sources.noProbe') : time(r.lastSuccessAtMs)}</td>
                    <td className={styles.num}>
                      {r.latencyMs === null
                        ? '—'
                        : r.latencyMs >= 1000
                          ? t('sources.latencySeconds', {
                              s: formatNumber(r.latencyMs / 1000, lang, 1),
                            })
                          : t('sources.latency', { ms: formatNumber(r.latencyMs, lang) })}
                    </td>
                    <td className={styles.error}>
                      {r.lastError ? (
                        <>
                          {errorText(r.lastError, t)}
                          {r.lastError.atMs !== null && (
                            <span className={styles.sub}>
                              {formatDateTime(r.lastError.atMs, lang)}
                            </span>
                          )}
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td className={styles.num}>
                      {r.uptime === null
                        ? '—'
                        : t('sources.uptime', {
                            share: formatPercent(r.uptime, lang, 1),
                            count: r.probes,
                          })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <div className={styles.panels}>
        {SOURCES_PANELS.map(({ panel }, index) => (
          <PanelSlot
            key={`${panel.type}-${String(index)}`}
            spec={panel}
            context={{ unitCode, theme, onSelectUnit }}
          />
        ))}
      </div>
    </section>
  );
}
