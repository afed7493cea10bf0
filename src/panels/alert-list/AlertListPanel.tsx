import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { alertQueries } from '../../data/queries/alerts';
import { formatAge, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelEmpty, PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { StatusBadge } from '../../ui/StatusBadge';
import { useNow } from '../../ui/use-now';
import { DataTable, type DataColumn } from '../common/DataTable';
import { describeError } from '../common/describe-error';
import { PanelActions } from '../common/PanelActions';
import type { ResolvedAlertListOptions } from './definition';
import { SEVERITY_TONE } from './severity';
import { SkippedAlertsNote } from './SkippedAlertsNote';
import { alertListView, type AlertListRow } from './transform';
import styles from './AlertListPanel.module.css';

interface Props {
  options: ResolvedAlertListOptions;
  unitCode: string;
}

/** The top open alerts by severity, for the overview and the wall. */
export function AlertListPanel({ options, unitCode }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const now = useNow(15_000);
  const query = useQuery(
    alertQueries.list({
      unitCode,
      states: ['open', 'acknowledged'],
      ...(options.kinds.length > 0 ? { kinds: options.kinds } : {}),
    }),
  );
  const view = useMemo(
    () => (query.data ? alertListView(query.data.alerts, options, now) : null),
    [query.data, options, now],
  );

  const title =
    options.kinds.length === 1 && options.kinds[0] !== undefined
      ? t('alerts.panel.titleKind', { kind: t(`alerts.kind.${options.kinds[0]}`) })
      : t('alerts.panel.title');

  const columns: DataColumn<AlertListRow>[] = [
    {
      id: 'severity',
      header: t('alerts.panel.columns.severity'),
      text: (r) => t(`alerts.severity.${r.severity}`),
    },
    { id: 'kind', header: t('alerts.panel.columns.kind'), text: (r) => t(`alerts.kind.${r.kind}`) },
    { id: 'title', header: t('alerts.panel.columns.title'), text: (r) => r.title, rowHeader: true },
    {
      id: 'state',
      header: t('alerts.panel.columns.state'),
      text: (r) =>
        r.silenced && r.silencedUntilMs !== null
          ? `${t(`alerts.state.${r.state}`)} · ${t('alerts.silenced', { until: formatDateTime(r.silencedUntilMs, lang) })}`
          : t(`alerts.state.${r.state}`),
    },
    {
      id: 'raisedAt',
      header: t('alerts.panel.columns.raisedAt'),
      text: (r) => formatDateTime(r.raisedAtMs, lang),
      sortValue: (r) => r.raisedAtMs,
    },
    {
      id: 'assignee',
      header: t('alerts.panel.columns.assignee'),
      text: (r) => r.assignee ?? '—',
    },
  ];

  const skippedNote = (
    <SkippedAlertsNote skipped={query.data?.skipped ?? null} className={styles.note} />
  );
  let body;
  let table;
  let actions = null;
  if (!view) {
    body = query.isError ? (
      <PanelError message={describeError(query.error, t)} onRetry={() => void query.refetch()} />
    ) : (
      <PanelLoading />
    );
  } else if (view.rows.length === 0) {
    body = (
      <>
        {skippedNote}
        <PanelEmpty message={t('alerts.panel.empty')} />
      </>
    );
  } else {
    const rows = view.rows;
    actions = (
      <PanelActions
        csv={{
          filename: 'canh-bao-dang-mo.csv',
          build: () => ({
            header: columns.map((c) => c.header),
            rows: rows.map((r) => columns.map((c) => c.text(r))),
          }),
        }}
      />
    );
    body = (
      <>
        {skippedNote}
        <p className={styles.counts}>
          {(['critical', 'warning', 'info'] as const).map((s) =>
            view.counts[s] > 0 ? (
              <StatusBadge
                key={s}
                tone={SEVERITY_TONE[s]}
                label={`${t(`alerts.severity.${s}`)}: ${String(view.counts[s])}`}
              />
            ) : null,
          )}
        </p>
        <ul className={styles.list} data-testid="alert-list">
          {rows.map((r) => (
            <li
              key={r.id}
              className={`${styles.row} ${r.silenced ? styles.silenced : ''}`}
              data-alert-id={r.id}
              data-severity={r.severity}
              data-silenced={r.silenced ? 'true' : 'false'}
            >
              <StatusBadge
                tone={SEVERITY_TONE[r.severity]}
                label={t(`alerts.severity.${r.severity}`)}
              />
              <span className={styles.title}>{r.title}</span>
              <span className={styles.meta}>
                <span>{t(`alerts.kind.${r.kind}`)}</span>
                <span>{t(`alerts.state.${r.state}`)}</span>
                <span>
                  <time dateTime={new Date(r.raisedAtMs).toISOString()}>
                    {formatAge(r.raisedAtMs, now, lang)}
                  </time>
                </span>
                {r.assignee && (
                  <span>
                    {t('alerts.detail.assignee')}: {r.assignee}
                  </span>
                )}
                {r.silenced && r.silencedUntilMs !== null && (
                  <span>
                    <span aria-hidden="true">🔕 </span>
                    {t('alerts.silenced', { until: formatDateTime(r.silencedUntilMs, lang) })}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
        {view.hiddenCount > 0 && (
          <p className={styles.more}>{t('alerts.panel.more', { count: view.hiddenCount })}</p>
        )}
      </>
    );
    table = (
      <DataTable
        caption={title}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        pageSize={options.limit}
      />
    );
  }

  return (
    <PanelFrame
      title={title}
      type="alert-list"
      source={{
        name: t('alerts.panel.source'),
        // As of the latest change among the alerts listed (raise, escalation, action).
        asOf: view?.asOfMs ?? null,
      }}
      refreshError={view !== null && query.isError ? describeError(query.error, t) : null}
      table={table}
      actions={actions}
    >
      {body}
    </PanelFrame>
  );
}
