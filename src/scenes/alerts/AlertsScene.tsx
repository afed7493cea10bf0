import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { getDepartment } from '../../catalog/departments';
import { getDataSource } from '../../catalog/sources';
import { isSilenced, type AlertView } from '../../data/alerts/alert-view';
import type { QueuedAction } from '../../data/alerts/queue';
import { useAlertOutbox } from '../../data/alerts/use-alert-actions';
import { alertLocationQueries } from '../../data/queries/alerts-locations';
import { alertQueries } from '../../data/queries/alerts';
import { SEVERITY_RANK } from '../../domain/alerts/types';
import { formatAge } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { describeError } from '../../panels/common/describe-error';
import { SEVERITY_TONE } from '../../panels/alert-list/severity';
import { SkippedAlertsNote } from '../../panels/alert-list/SkippedAlertsNote';
import type { SceneProps } from '../../panels/scene';
import { PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { StatusBadge } from '../../ui/StatusBadge';
import { useNow } from '../../ui/use-now';
import { AlertDetail } from './AlertDetail';
import { AlertsMap } from './AlertsMap';
import { filterAlerts, filterChoices } from './filters';
import { Outbox } from './Outbox';
import { searchSchema, type AlertsSearch } from './search';
import styles from './AlertsScene.module.css';

type Focus = { id: string; move: number } | null;

/**
 * Alerts that need attention since the last list: new ones, and those that became more severe
 * (escalated), still open and not silenced. The most severe, then newest, comes first.
 */
function needingAttention(
  previous: ReadonlyMap<string, AlertView>,
  alerts: readonly AlertView[],
  nowMs: number,
): AlertView | null {
  const fresh = alerts.filter((a) => {
    if (a.state !== 'open' || isSilenced(a, nowMs)) return false;
    const before = previous.get(a.id);
    return (
      before === undefined ||
      before.state === 'resolved' ||
      SEVERITY_RANK[a.severity] > SEVERITY_RANK[before.severity]
    );
  });
  fresh.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.updatedAtMs - a.updatedAtMs,
  );
  return fresh[0] ?? null;
}

/** Cảnh báo: every alert of the province, filtered by URL, with detail, actions and map. */
export function AlertsScene({ unitCode, theme }: SceneProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const now = useNow(15_000);
  const ids = { title: useId(), severity: useId(), state: useId(), dept: useId(), source: useId() };
  const raw: unknown = useSearch({ strict: false });
  const search = useMemo(() => searchSchema.parse(raw ?? {}), [raw]);
  const unit = ADMIN_UNITS.currentByCode(unitCode);
  const unitName = unit ? (lang === 'vi' ? unit.fullName : unit.name) : unitCode;

  const list = useQuery(alertQueries.list({ unitCode }));
  const locations = useQuery(alertLocationQueries.stations(unitCode));
  const outbox = useAlertOutbox();
  const all = useMemo(() => list.data?.alerts ?? [], [list.data]);
  const shown = useMemo(() => filterAlerts(all, search), [all, search]);
  const choices = useMemo(() => {
    const c = filterChoices(all);
    // A filter from a link stays choosable even when no alert has it right now.
    if (search.dept && !c.departments.includes(search.dept)) c.departments.push(search.dept);
    if (search.source && !c.sources.includes(search.source)) c.sources.push(search.source);
    return c;
  }, [all, search.dept, search.source]);

  const selectedInList = all.find((a) => a.id === search.alert);
  const detail = useQuery({
    ...alertQueries.detail(search.alert ?? ''),
    enabled: search.alert !== undefined && list.isSuccess && selectedInList === undefined,
  });
  const selected = selectedInList ?? (search.alert !== undefined ? detail.data : undefined);

  // Where the map looks: the alert just selected, or one that newly needs attention. Adjusted
  // while rendering (not in an effect) when the list or the selection changes.
  const [focus, setFocus] = useState<Focus>(null);
  const [seenData, setSeenData] = useState<typeof list.data>(undefined);
  const [seenSelection, setSeenSelection] = useState<string | undefined>(undefined);
  const [known, setKnown] = useState<ReadonlyMap<string, AlertView> | null>(null);
  if (list.data !== seenData) {
    setSeenData(list.data);
    if (list.data) {
      const next = new Map(list.data.alerts.map((a) => [a.id, a]));
      // The first list is the starting point: only later changes call for attention.
      // Only alerts the user is looking at (the filters apply) call the map to them.
      const hot =
        known === null
          ? null
          : needingAttention(known, filterAlerts(list.data.alerts, search), now);
      setKnown(next);
      if (hot) setFocus({ id: hot.id, move: (focus?.move ?? 0) + 1 });
    }
  }
  if (search.alert !== seenSelection) {
    setSeenSelection(search.alert);
    if (search.alert !== undefined) setFocus({ id: search.alert, move: (focus?.move ?? 0) + 1 });
  }
  const focusAlert = focus ? (all.find((a) => a.id === focus.id) ?? selected ?? null) : null;

  const update = (patch: Partial<AlertsSearch>) => {
    void navigate({
      to: '.',
      search: (prev: Record<string, unknown>) => ({ ...prev, ...patch }),
      replace: patch.alert === undefined,
    });
  };
  const pendingOf = (id: string): QueuedAction[] => outbox.filter((e) => e.action.alertId === id);
  const filtered =
    search.severity !== undefined ||
    search.state !== undefined ||
    search.dept !== undefined ||
    search.source !== undefined;

  return (
    <section aria-labelledby={ids.title}>
      <h1 id={ids.title} className={styles.title}>
        {t('alerts.title')} <span className={styles.unit}>· {unitName}</span>
      </h1>

      <Outbox entries={outbox} />

      <fieldset className={styles.filters}>
        <legend>{t('alerts.filters.legend')}</legend>
        <label htmlFor={ids.severity}>
          {t('alerts.filters.severity')}
          <select
            id={ids.severity}
            value={search.severity ?? ''}
            onChange={(e) => {
              const v = e.target.value;
              update({ severity: v === '' ? undefined : (v as AlertsSearch['severity']) });
            }}
          >
            <option value="">{t('alerts.filters.all')}</option>
            {(['critical', 'warning', 'info'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`alerts.severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.state}>
          {t('alerts.filters.state')}
          <select
            id={ids.state}
            value={search.state ?? ''}
            onChange={(e) => {
              const v = e.target.value;
              update({ state: v === '' ? undefined : (v as AlertsSearch['state']) });
            }}
          >
            <option value="">{t('alerts.filters.all')}</option>
            <option value="active">
              {t('alerts.state.open')} + {t('alerts.state.acknowledged')}
            </option>
            {(['open', 'acknowledged', 'resolved'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`alerts.state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.dept}>
          {t('alerts.filters.unit')}
          <select
            id={ids.dept}
            value={search.dept ?? ''}
            onChange={(e) => {
              update({ dept: e.target.value === '' ? undefined : e.target.value });
            }}
          >
            <option value="">{t('alerts.filters.all')}</option>
            {choices.departments.map((d) => (
              <option key={d} value={d}>
                {getDepartment(d)?.name[lang] ?? d}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.source}>
          {t('alerts.filters.source')}
          <select
            id={ids.source}
            value={search.source ?? ''}
            onChange={(e) => {
              update({ source: e.target.value === '' ? undefined : e.target.value });
            }}
          >
            <option value="">{t('alerts.filters.all')}</option>
            {choices.sources.map((s) => (
              <option key={s} value={s}>
                {getDataSource(s)?.name[lang] ?? s}
              </option>
            ))}
          </select>
        </label>
        {filtered && (
          <button
            type="button"
            className="button"
            onClick={() => {
              update({ severity: undefined, state: undefined, dept: undefined, source: undefined });
            }}
          >
            {t('alerts.filters.clear')}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={list.isFetching}
          onClick={() => void list.refetch()}
        >
          {t('alerts.filters.refresh')}
        </button>
        {list.data && (
          <p className={styles.count} role="status" data-testid="alert-count">
            {t('alerts.filters.count', { shown: shown.length, total: all.length })}
          </p>
        )}
      </fieldset>

      <div className={styles.layout}>
        <div className={styles.column}>
          {list.isError && list.data && (
            <p className={styles.problem} role="status">
              <StatusBadge tone="warning" label={t('kpi.status.stale')} />{' '}
              {describeError(list.error, t)}
            </p>
          )}
          <SkippedAlertsNote skipped={list.data?.skipped ?? null} className={styles.problem} />
          {!list.data ? (
            list.isError ? (
              <PanelError
                message={describeError(list.error, t)}
                onRetry={() => void list.refetch()}
              />
            ) : (
              <PanelLoading />
            )
          ) : shown.length === 0 ? (
            <p role="status">{t('alerts.list.empty')}</p>
          ) : (
            <ul
              className={styles.listBox}
              aria-label={t('alerts.list.label')}
              data-testid="alerts-list"
            >
              {list.data.truncated && <li>{t('alerts.list.truncated', { count: all.length })}</li>}
              {shown.map((a) => {
                const silenced = isSilenced(a, now);
                const pending = pendingOf(a.id).some((e) => e.status === 'pending');
                return (
                  <li
                    key={a.id}
                    className={styles.item}
                    data-alert-id={a.id}
                    data-kind={a.kind}
                    data-severity={a.severity}
                    data-state={a.state}
                    data-silenced={silenced ? 'true' : 'false'}
                    data-pending={pending ? 'true' : 'false'}
                  >
                    <button
                      type="button"
                      className={styles.itemButton}
                      aria-current={a.id === search.alert ? 'true' : undefined}
                      onClick={() => {
                        update({ alert: a.id });
                      }}
                    >
                      <StatusBadge
                        tone={SEVERITY_TONE[a.severity]}
                        label={t(`alerts.severity.${a.severity}`)}
                      />
                      <span className={styles.itemTitle}>
                        {a.title ?? t(`alerts.kind.${a.kind}`)}
                      </span>
                      <span className={styles.itemMeta}>
                        <span>{t(`alerts.kind.${a.kind}`)}</span>
                        <span>{t(`alerts.state.${a.state}`)}</span>
                        <span>
                          {t('alerts.list.raisedAt')}{' '}
                          <time dateTime={new Date(a.raisedAtMs).toISOString()}>
                            {formatAge(a.raisedAtMs, now, lang)}
                          </time>
                        </span>
                        {silenced && (
                          <span className={styles.mark}>
                            <span aria-hidden="true">🔕 </span>
                            {t('alerts.silencedShort')}
                          </span>
                        )}
                        {pending && (
                          <span className={styles.mark}>
                            <span aria-hidden="true">⏳ </span>
                            {t('alerts.pending')}
                          </span>
                        )}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>

        <div className={styles.column}>
          <AlertsMap
            unitCode={unitCode}
            unitName={unitName}
            theme={theme}
            alerts={shown}
            locations={locations.data}
            focus={focusAlert && focus ? { alert: focusAlert, move: focus.move } : null}
          />
          {selected ? (
            <AlertDetail alert={selected} pending={pendingOf(selected.id)} nowMs={now} />
          ) : search.alert !== undefined && detail.isError ? (
            <p role="status">{t('alerts.detail.notFound')}</p>
          ) : (
            <p className={styles.detail}>{t('alerts.detail.none')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
