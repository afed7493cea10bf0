import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { MAX_PEERS } from '../../panels/rank-over-time/definition';
import styles from './RankingsScene.module.css';

interface Props {
  ownCode: string;
  peers: readonly string[];
  onChange: (peers: string[]) => void;
}

/**
 * Chooses the provinces compared with the own one: native checkboxes in a disclosure (Tab and
 * Space work everywhere, screen readers announce each province and its state), and the chosen
 * ones as buttons that remove them. At MAX_PEERS the others are disabled, and the reason said.
 */
export function PeerPicker({ ownCode, peers, onChange }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const full = peers.length >= MAX_PEERS;
  const nameOf = (code: string) => {
    const unit = ADMIN_UNITS.currentByCode(code);
    return unit?.name ?? code;
  };
  const candidates = ADMIN_UNITS.current.filter((u) => u.code !== ownCode);
  const toggle = (code: string, checked: boolean) => {
    onChange(checked ? [...peers, code] : peers.filter((p) => p !== code));
  };

  return (
    <div className={styles.peers}>
      <details className={styles.picker}>
        <summary>{t('rankings.peers.summary', { count: peers.length, max: MAX_PEERS })}</summary>
        <fieldset className={styles.fieldset} aria-describedby={hintId}>
          <legend>{t('rankings.peers.legend')}</legend>
          <p id={hintId} className={styles.hint}>
            {t('rankings.peers.hint', { max: MAX_PEERS })}
          </p>
          <p className={styles.hint} role="status">
            {full ? t('rankings.peers.full', { max: MAX_PEERS }) : ''}
          </p>
          <ul className={styles.checkboxes}>
            {candidates.map((u) => {
              const checked = peers.includes(u.code);
              return (
                <li key={u.code}>
                  <label>
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={full && !checked}
                      onChange={(e) => {
                        toggle(u.code, e.currentTarget.checked);
                      }}
                    />{' '}
                    {u.name}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      </details>
      <div className={styles.chosen}>
        {peers.length === 0 ? (
          <span className={styles.hint}>{t('rankings.peers.none')}</span>
        ) : (
          <>
            <span>{t('rankings.peers.chosen')}:</span>
            <ul className={styles.chips}>
              {peers.map((code) => (
                <li key={code}>
                  <button
                    type="button"
                    className={styles.chip}
                    aria-label={t('rankings.peers.remove', { unit: nameOf(code) })}
                    onClick={() => {
                      toggle(code, false);
                    }}
                  >
                    {nameOf(code)} <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              className={styles.chip}
              onClick={() => {
                onChange([]);
              }}
            >
              {t('rankings.peers.clear')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
