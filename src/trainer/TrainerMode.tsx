import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLanguage } from '../i18n/use-language';
import { leaveSession, loadScenario, sessionState, stopAtEnd } from './session/session';
import { findScenario } from './session/registry';
import { useSession } from './session/use-session';
import { RehearsalMark } from './RehearsalMark';

/** How often a running clock checks for the end, and how often every query refetches. */
const TICK_MS = 250;
const REFRESH_MS = 5_000;

let pendingLeave: number | null = null;

/**
 * Trainer mode, present on every screen while the root parameter `trainer=<scenario>` is set
 * (rendered by the app shell): the DIỄN TẬP mark, the scenario's session and its clock.
 * Loaded lazily, so screens outside trainer mode never download it.
 */
export function TrainerMode({ scenarioId }: { readonly scenarioId: string }) {
  const lang = useLanguage();
  const session = useSession();
  const queryClient = useQueryClient();

  // The scenario of the URL is the one in play (a link opens the same rehearsal).
  useEffect(() => {
    if (pendingLeave !== null) {
      window.clearTimeout(pendingLeave);
      pendingLeave = null;
    }
    const scenario = findScenario(scenarioId);
    const current = sessionState().scenario;
    if (scenario !== null && current?.id !== scenario.id && !sessionState().loading) {
      void loadScenario(scenario);
    }
  }, [scenarioId]);

  // Leaving trainer mode gives the real clock back; deferred so a re-mount (StrictMode, a
  // change of screen) does not reset the session.
  useEffect(
    () => () => {
      pendingLeave = window.setTimeout(() => {
        pendingLeave = null;
        void leaveSession();
      }, 0);
    },
    [],
  );

  // A discontinuity (load, step, jump, reset): every query refetches in the new time.
  const epoch = session.epoch;
  const firstEpoch = useRef(true);
  useEffect(() => {
    if (firstEpoch.current) {
      firstEpoch.current = false;
      return;
    }
    void queryClient.invalidateQueries();
  }, [epoch, queryClient]);

  // While the clock runs: stop at the end, and keep every screen's data moving with it.
  const running = session.clock !== null && !session.clock.paused;
  useEffect(() => {
    if (!running) return;
    const tick = window.setInterval(stopAtEnd, TICK_MS);
    const refresh = window.setInterval(() => {
      void queryClient.invalidateQueries();
    }, REFRESH_MS);
    return () => {
      window.clearInterval(tick);
      window.clearInterval(refresh);
    };
  }, [running, queryClient]);

  const title = findScenario(scenarioId)?.title[lang] ?? scenarioId;
  return <RehearsalMark title={title} />;
}
