import { useEffect, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import type { TourStep } from '../scenario/format';
import { jumpToOffset, pause } from '../session/session';
import { TOUR_IDLE, tourActionForKey, tourReducer } from './machine';
import styles from './Tour.module.css';

const HIGHLIGHT = 'data-tour-highlight';

function targetElement(target: string): HTMLElement | null {
  return (
    document.getElementById(target) ??
    document.querySelector<HTMLElement>(`[data-panel-type="${CSS.escape(target)}"]`)
  );
}

/**
 * The guided tour: a caption per step (announced politely), the step's panel highlighted,
 * the clock moved to the step's moment. The presenter drives it with the keyboard or a remote
 * (PageDown/PageUp, arrows, Space, Escape); focus goes to the caption and back to the start
 * button when the tour closes.
 */
export function Tour({ steps }: { readonly steps: readonly TourStep[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [state, dispatch] = useReducer(tourReducer, TOUR_IDLE);
  const captionRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const open = state.kind !== 'idle';
  const step = state.kind === 'open' ? steps[state.index] : undefined;

  // Presenter keys, while the tour is open (not while typing in a field).
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      const el = event.target as HTMLElement | null;
      if (el && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) return;
      const action = tourActionForKey(event.key, event.shiftKey);
      if (action === null) return;
      event.preventDefault();
      dispatch(action);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  // The step's moment, its highlighted panel, and focus on the caption.
  useEffect(() => {
    if (!step) return;
    if (step.at !== undefined) {
      pause();
      jumpToOffset(step.at);
    }
    const el = targetElement(step.target);
    el?.setAttribute(HIGHLIGHT, 'true');
    el?.scrollIntoView({ block: 'nearest' });
    captionRef.current?.focus();
    return () => {
      el?.removeAttribute(HIGHLIGHT);
    };
  }, [step]);

  // Closing gives focus back to where the tour was started.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) startRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (steps.length === 0) return null;
  return (
    <div className={styles.tour}>
      <button
        ref={startRef}
        type="button"
        onClick={() => {
          dispatch({ type: 'start', count: steps.length });
        }}
        aria-expanded={open}
        data-testid="trainer-tour-start"
      >
        {t('trainer.tourStart')}
      </button>
      {open && (
        <div
          ref={captionRef}
          className={styles.caption}
          tabIndex={-1}
          role="region"
          aria-label={t('trainer.tourStart')}
          data-testid="trainer-tour"
        >
          <div aria-live="polite" aria-atomic="true">
            {state.kind === 'open' && step ? (
              <>
                <p className={styles.heading}>
                  {t('trainer.tourHeading', { n: state.index + 1, count: state.count })}
                </p>
                <p className={styles.text} data-testid="trainer-tour-caption">
                  {step.caption[lang]}
                </p>
              </>
            ) : (
              <p className={styles.text}>{t('trainer.tourFinished')}</p>
            )}
          </div>
          <div className={styles.buttons}>
            <button
              type="button"
              onClick={() => {
                dispatch({ type: 'previous' });
              }}
            >
              ← {t('trainer.tourPrevious')}
            </button>
            {state.kind === 'open' && (
              <button
                type="button"
                onClick={() => {
                  dispatch({ type: 'next' });
                }}
              >
                {t('trainer.tourNext')} →
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                dispatch({ type: 'exit' });
              }}
            >
              {t('trainer.tourExit')}
            </button>
          </div>
          <p className={styles.keys}>{t('trainer.tourKeys')}</p>
        </div>
      )}
    </div>
  );
}
