import { useTranslation } from 'react-i18next';
import { SPEED_MULTIPLIERS, isSpeedMultiplier } from '../../domain/time/virtual-clock';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { offsetText } from '../live/offset-text';
import type { Scenario } from '../scenario/format';
import {
  jumpToOffset,
  pause,
  play,
  resetSession,
  setMultiplier,
  stepBack,
  stepForward,
  type SessionState,
} from '../session/session';
import styles from './Player.module.css';

interface Props {
  readonly scenario: Scenario;
  readonly session: SessionState;
  readonly nowMs: number;
}

/** Play, pause, step, speed, reset, and the timeline of the scenario's events. */
export function Player({ scenario, session, nowMs }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const clock = session.clock;
  const running = clock !== null && !clock.paused;
  // nowMs is the virtual instant: the end is reached when it is the scenario's end.
  const ended = clock !== null && clock.endMs !== null && nowMs >= clock.endMs;
  const offset = nowMs - scenario.start;
  const position = Math.min(1, Math.max(0, offset / scenario.duration));
  const step = offsetText(scenario.step).slice(1);

  return (
    <section className={styles.player} aria-labelledby="trainer-player-title">
      <h2 id="trainer-player-title" className="visually-hidden">
        {t('trainer.controls')}
      </h2>
      <div className={styles.bar}>
        <div className={styles.time}>
          <span className={styles.muted}>{t('trainer.virtualTime')}</span>
          <output className={styles.clock} data-testid="trainer-clock" data-offset-ms={offset}>
            {formatDateTime(nowMs, lang)}
          </output>
          <span className={styles.muted}>
            {ended
              ? t('trainer.ended')
              : t('trainer.elapsed', {
                  elapsed: offsetText(offset),
                  duration: offsetText(scenario.duration),
                })}
          </span>
        </div>
        <div className={styles.buttons} role="group" aria-label={t('trainer.controls')}>
          <button type="button" onClick={stepBack} disabled={session.loading}>
            « {t('trainer.stepBack', { step })}
          </button>
          {running ? (
            <button type="button" onClick={pause} data-testid="trainer-pause">
              ❚❚ {t('trainer.pause')}
            </button>
          ) : (
            <button
              type="button"
              onClick={play}
              disabled={ended || session.loading}
              data-testid="trainer-play"
            >
              ▶ {t('trainer.play')}
            </button>
          )}
          <button type="button" onClick={stepForward} disabled={ended || session.loading}>
            » {t('trainer.stepForward', { step })}
          </button>
          <label className={styles.speed}>
            {t('trainer.speed')}{' '}
            <select
              value={session.multiplier}
              data-testid="trainer-speed"
              onChange={(e) => {
                const n = Number(e.target.value);
                if (isSpeedMultiplier(n)) setMultiplier(n);
              }}
            >
              {SPEED_MULTIPLIERS.map((n) => (
                <option key={n} value={n}>
                  {t('trainer.speedOption', { n })}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => void resetSession()}
            disabled={session.loading}
            data-testid="trainer-reset"
          >
            ↺ {t('trainer.reset')}
          </button>
        </div>
      </div>

      <div id="trainer-timeline" data-panel-type="trainer-timeline" className={styles.timeline}>
        <h3 className={styles.subtitle}>{t('trainer.timeline')}</h3>
        <div
          className={styles.track}
          role="meter"
          aria-label={t('trainer.timelineLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(position * 100)}
          aria-valuetext={offsetText(offset)}
        >
          <div className={styles.progress} style={{ width: `${position * 100}%` }} />
          {scenario.events.map((e, i) => (
            <span
              key={i}
              className={styles.marker}
              style={{ left: `${(e.at / scenario.duration) * 100}%` }}
              aria-hidden="true"
            />
          ))}
          <span
            className={styles.cursor}
            style={{ left: `${position * 100}%` }}
            aria-hidden="true"
          />
        </div>
        <ol className={styles.events}>
          {scenario.events.map((e, i) => {
            const passed = e.at <= offset;
            return (
              <li key={i} data-passed={passed} data-at-ms={e.at}>
                <button
                  type="button"
                  className={styles.event}
                  onClick={() => {
                    jumpToOffset(e.at);
                  }}
                  aria-label={t('trainer.jumpTo', { at: offsetText(e.at), label: e.label[lang] })}
                >
                  <span className={styles.at}>{offsetText(e.at)}</span> {e.label[lang]}{' '}
                  <span className={styles.muted}>
                    ({passed ? t('trainer.eventPassed') : t('trainer.eventNext')})
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
