import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS, getDepartment } from '../../catalog/departments';
import { getDataSource } from '../../catalog/sources';
import { isSilenced, type AlertView } from '../../data/alerts/alert-view';
import type { QueuedAction } from '../../data/alerts/queue';
import { alertMutations } from '../../data/queries/alerts';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { StatusBadge } from '../../ui/StatusBadge';
import { SEVERITY_TONE } from '../../panels/alert-list/severity';
import { alertDepartmentId, alertSourceId } from './filters';
import { AuditTrail } from './AuditTrail';
import { readActor, writeActor } from './actor';
import styles from './AlertsScene.module.css';

const STATE_TONE = { open: 'bad', acknowledged: 'warning', resolved: 'good' } as const;
const SILENCE_HOURS = [1, 4, 24] as const;
/** Decimals of an alert's value by kind: metres to the centimetre, counts and AQI whole. */
const DECIMALS: Readonly<Record<string, number>> = { flood: 2 };

interface Props {
  alert: AlertView;
  pending: readonly QueuedAction[];
  nowMs: number;
}

/** One alert: what, where, since when; actions; audit trail. */
export function AlertDetail({ alert, pending, nowMs }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { actor: useId(), note: useId(), dept: useId(), silence: useId() };
  const [actor, setActor] = useState(() => readActor() ?? t('alerts.actions.actorDefault'));
  const [note, setNote] = useState('');
  const [dept, setDept] = useState('');
  const [hours, setHours] = useState<number>(4);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');

  const department = alertDepartmentId(alert);
  const sourceId = alertSourceId(alert);
  const silenced = isSilenced(alert, nowMs);
  const resolved = alert.state === 'resolved';
  const digits = DECIMALS[alert.kind] ?? 0;
  const deptName = (id: string | null) =>
    id === null ? '—' : (getDepartment(id)?.name[lang] ?? id);

  async function act(kind: 'acknowledge' | 'assign' | 'resolve' | 'silence') {
    setProblem('');
    const by = actor.trim();
    if (by === '') {
      setProblem(t('alerts.actions.needsActor'));
      return;
    }
    const text = note.trim();
    if (kind === 'resolve' && text === '') {
      setProblem(t('alerts.actions.resolveNeedsNote'));
      return;
    }
    if (kind === 'assign' && dept === '') {
      setProblem(t('alerts.actions.needsDepartment'));
      return;
    }
    writeActor(by);
    const withNote = text === '' ? undefined : text;
    switch (kind) {
      case 'acknowledge':
        await alertMutations.acknowledge(alert.id, by, withNote);
        break;
      case 'assign':
        await alertMutations.assign(alert.id, by, dept, withNote);
        break;
      case 'resolve':
        await alertMutations.resolve(alert.id, by, withNote);
        break;
      case 'silence':
        await alertMutations.silence(alert.id, by, nowMs + hours * 3_600_000, withNote);
        break;
    }
    setNote('');
    setMessage(
      t(navigator.onLine ? 'alerts.actions.sent' : 'alerts.actions.queued', {
        action: t(`alerts.actions.name.${kind}`),
      }),
    );
  }

  return (
    <article
      className={styles.detail}
      aria-labelledby={`${ids.actor}-title`}
      data-testid="alert-detail"
      data-alert-id={alert.id}
      data-state={alert.state}
      data-severity={alert.severity}
    >
      <h2 id={`${ids.actor}-title`}>{alert.title ?? t(`alerts.kind.${alert.kind}`)}</h2>
      <div className={styles.badges}>
        <StatusBadge
          tone={SEVERITY_TONE[alert.severity]}
          label={t(`alerts.severity.${alert.severity}`)}
        />
        <StatusBadge tone={STATE_TONE[alert.state]} label={t(`alerts.state.${alert.state}`)} />
        {silenced && alert.silencedUntilMs !== null && (
          <StatusBadge
            tone="neutral"
            label={t('alerts.silenced', { until: formatDateTime(alert.silencedUntilMs, lang) })}
          />
        )}
        {pending.some((p) => p.status === 'pending') && (
          <StatusBadge tone="warning" label={t('alerts.pending')} />
        )}
      </div>
      <dl className={styles.facts}>
        <dt>{t('alerts.detail.kind')}</dt>
        <dd>{t(`alerts.kind.${alert.kind}`)}</dd>
        <dt>{t('alerts.detail.value')}</dt>
        <dd data-testid="alert-value">{formatNumber(alert.value, lang, digits)}</dd>
        <dt>{t('alerts.detail.threshold')}</dt>
        <dd>{formatNumber(alert.threshold, lang, digits)}</dd>
        <dt>{t('alerts.detail.unit')}</dt>
        <dd>{alert.unitName ?? alert.subject.unitCode ?? '—'}</dd>
        <dt>{t('alerts.detail.department')}</dt>
        <dd>{deptName(department)}</dd>
        <dt>{t('alerts.detail.source')}</dt>
        <dd>{sourceId === null ? '—' : (getDataSource(sourceId)?.name[lang] ?? sourceId)}</dd>
        <dt>{t('alerts.detail.assignee')}</dt>
        <dd data-testid="alert-assignee">
          {alert.assignee === null ? t('alerts.detail.unassigned') : deptName(alert.assignee)}
        </dd>
        <dt>{t('alerts.detail.raisedAt')}</dt>
        <dd>{formatDateTime(alert.raisedAtMs, lang)}</dd>
        <dt>{t('alerts.detail.updatedAt')}</dt>
        <dd>{formatDateTime(alert.updatedAtMs, lang)}</dd>
      </dl>

      <fieldset className={styles.actions}>
        <legend>{t('alerts.actions.legend')}</legend>
        <label htmlFor={ids.actor}>
          {t('alerts.actions.actor')}
          <input
            id={ids.actor}
            value={actor}
            maxLength={200}
            autoComplete="name"
            onChange={(e) => {
              setActor(e.target.value);
            }}
          />
        </label>
        <label htmlFor={ids.note}>
          {t('alerts.actions.note')}
          <textarea
            id={ids.note}
            value={note}
            maxLength={2000}
            placeholder={t('alerts.actions.notePlaceholder')}
            onChange={(e) => {
              setNote(e.target.value);
            }}
          />
        </label>
        <div className={styles.actionRow}>
          <button
            type="button"
            className="button"
            disabled={alert.state !== 'open'}
            onClick={() => void act('acknowledge')}
          >
            {t('alerts.actions.acknowledge')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={resolved}
            onClick={() => void act('resolve')}
          >
            {t('alerts.actions.resolve')}
          </button>
        </div>
        <ChoiceAction
          id={ids.dept}
          label={t('alerts.actions.assignTo')}
          value={dept}
          choices={[
            { value: '', label: t('alerts.actions.chooseDepartment') },
            ...DEPARTMENTS.map((d) => ({ value: d.id, label: d.name[lang] })),
          ]}
          disabled={resolved}
          onChange={setDept}
          action={t('alerts.actions.assign')}
          onAct={() => void act('assign')}
        />
        <ChoiceAction
          id={ids.silence}
          label={t('alerts.actions.silenceFor')}
          value={String(hours)}
          choices={SILENCE_HOURS.map((h) => ({
            value: String(h),
            label: t('alerts.actions.hours', { count: h }),
          }))}
          disabled={resolved}
          onChange={(v) => {
            setHours(Number(v));
          }}
          action={t('alerts.actions.silence')}
          onAct={() => void act('silence')}
        />
        {problem !== '' && (
          <p className={styles.problem} role="alert">
            <span aria-hidden="true">✖ </span>
            {problem}
          </p>
        )}
        <p className={styles.message} role="status">
          {message}
        </p>
      </fieldset>

      <AuditTrail alert={alert} />
    </article>
  );
}

/** A choice (department, silence duration) and the button that acts on it, on one row. */
function ChoiceAction({
  id,
  label,
  value,
  choices,
  disabled,
  onChange,
  action,
  onAct,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly choices: readonly { value: string; label: string }[];
  readonly disabled: boolean;
  readonly onChange: (value: string) => void;
  readonly action: string;
  readonly onAct: () => void;
}) {
  return (
    <div className={styles.actionRow}>
      <label htmlFor={id}>
        {label}
        <select
          id={id}
          value={value}
          disabled={disabled}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" disabled={disabled} onClick={onAct}>
        {action}
      </button>
    </div>
  );
}
