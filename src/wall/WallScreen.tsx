import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../catalog/admin-units';
import { formatClock, formatDate, formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { drawnChartText, type DrawnText } from '../charts/registry';
import { DisplayScaleProvider } from '../ui/display-scale';
import { clockNow } from '../ui/clock';
import { StatusBadge } from '../ui/StatusBadge';
import { useNow } from '../ui/use-now';
import { actionForKey, type WallAction } from './commands';
import { HealthStrip } from './HealthStrip';
import { alertMutations, alertQueries } from '../data/queries/alerts';
import { RESUME_KEY, encodeResume, type ResumeState } from './resume';
import { command, remainingMs, tick, type RotationState } from './rotation';
import {
  followSchedule,
  slotAt,
  slotKey,
  startScheduled,
  type ScheduledRotation,
} from './schedule';
import { SceneGrid, sceneFailed } from './SceneGrid';
import { scenePanels } from './scene-panels';
import type { WallConfig, WallIssue } from './search';
import { pageStats } from './stats';
import { INITIAL_TAKEOVER, dismissTakeover, stepTakeover, type TakeoverState } from './takeover';
import { TakeoverView } from './TakeoverView';
import { useRefreshPolicy } from './use-refresh-policy';
import { useWakeLock } from './use-wake-lock';
import { useViewportScale } from './use-viewport-scale';
import { useWatchdog } from './use-watchdog';
import styles from './WallScreen.module.css';

const TICK_MS = 250;

interface Props {
  config: WallConfig;
  issues: readonly WallIssue[];
  unitCode: string;
  /** position and reason of the watchdog reload this page comes from, if any */
  resume: ResumeState | null;
  signature: string;
}

const noop = () => undefined;

/** While the wall is open: rem follows the viewport height, and the page never scrolls. */
function useWallDocument(): void {
  useEffect(() => {
    const root = document.documentElement;
    const previous = { fontSize: root.style.fontSize, overflow: root.style.overflow };
    root.style.fontSize = 'calc(100vh / 67.5)';
    root.style.overflow = 'hidden';
    return () => {
      root.style.fontSize = previous.fontSize;
      root.style.overflow = previous.overflow;
    };
  }, []);
}

export interface WallTestHook {
  stats(): ReturnType<typeof pageStats> & {
    index: number;
    advances: number;
    paused: boolean;
    takeover: string | null;
    /** ms until the takeover on screen gives the wall back by itself; null without one */
    takeoverLeftMs: number | null;
  };
  run(action: WallAction): void;
  /** texts drawn by the charts inside the first element matching `selector`, per chart */
  chartText(selector: string): DrawnText[][];
  /** the display scale charts and maps draw with */
  displayScale: number;
}

declare global {
  interface Window {
    iocWall?: WallTestHook;
  }
}

/** The wall: header with the clock, the rotating scene, the data-health strip and status line. */
export function WallScreen({ config, issues, unitCode, resume, signature }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  useRefreshPolicy(config.refreshMs);
  useWakeLock();
  const now = useNow(1000);
  useWallDocument();
  const displayScale = useViewportScale();

  // Rotation, through the day's schedule: the playlist of the time of day (or the wall's own
  // outside every slot), switched only at a rotation step (schedule.ts).
  const [wall, setWall] = useState<ScheduledRotation>(() =>
    startScheduled(config.schedule, config.entries, clockNow(), resume ?? undefined),
  );
  const { rotation, entries } = wall;
  const durations = useMemo(() => entries.map((e) => e.seconds * 1000), [entries]);
  const setRotation = useCallback((step: (s: RotationState) => RotationState) => {
    setWall((w) => ({ ...w, rotation: step(w.rotation) }));
  }, []);
  const slots = useRef(new Map<number, HTMLDivElement>());
  const available = useCallback((index: number) => !sceneFailed(slots.current.get(index)), []);
  const register = useCallback((index: number, element: HTMLDivElement | null) => {
    if (element) slots.current.set(index, element);
    else slots.current.delete(index);
  }, []);

  // Takeover.
  const alertsQuery = useQuery(alertQueries.list({ unitCode, severities: ['critical'] }));
  const [takeover, setTakeover] = useState<TakeoverState>(() => ({
    ...INITIAL_TAKEOVER,
    seen: new Set(resume?.seenAlerts ?? []),
  }));
  const alerts = alertsQuery.data?.alerts;
  const takeoverActive = takeover.active !== null;
  const alertsRef = useRef(alerts);
  const fedRef = useRef<typeof alerts>(undefined);
  useEffect(() => {
    alertsRef.current = alerts;
  }, [alerts]);

  // One clock for rotation and the takeover timeout; the rotation waits while an alert holds the wall.
  useEffect(() => {
    let last = Date.now();
    const id = window.setInterval(() => {
      const at = Date.now();
      const dt = at - last;
      last = at;
      // New alert lists (and, during a takeover, the passing time) go to the takeover machine.
      const list = alertsRef.current;
      if (list && (list !== fedRef.current || takeoverActive)) {
        fedRef.current = list;
        setTakeover((s) => stepTakeover(s, list, at, config.takeoverMs));
      }
      if (takeoverActive) return;
      setWall((w) =>
        followSchedule(
          w,
          tick(w.rotation, dt, available),
          config.schedule,
          config.entries,
          clockNow(),
        ),
      );
    }, TICK_MS);
    return () => {
      window.clearInterval(id);
    };
  }, [available, takeoverActive, config.takeoverMs, config.schedule, config.entries]);

  const latest = useRef({ rotation, takeover });
  useEffect(() => {
    latest.current = { rotation, takeover };
  });

  const run = useCallback(
    (action: WallAction) => {
      if (action.type === 'acknowledge') {
        // Acknowledged through the alerts API (queued if offline), and off the wall at once.
        const id = latest.current.takeover.active?.alert.id;
        if (id) {
          alertMutations
            .acknowledge(id, config.device ?? t('wall.title'))
            .catch((error: unknown) => {
              console.warn('[wall] acknowledge failed', error);
            });
        }
        setTakeover(dismissTakeover);
      } else setRotation((s) => command(s, action, available));
    },
    [available, config.device, t, setRotation],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = actionForKey(event);
      if (!action) return;
      event.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [run]);

  // Watchdog and the state-preserving reload.
  const longest = Math.max(...durations);
  useWatchdog(
    longest,
    () => ({
      advances: latest.current.rotation.advances,
      // An alert holding the wall is not a stalled rotation.
      paused: latest.current.rotation.paused || latest.current.takeover.active !== null,
    }),
    (decision) => {
      const r = latest.current.rotation;
      const state: ResumeState = {
        index: r.index,
        elapsedMs: r.elapsedMs,
        paused: r.paused,
        reason: decision.reason,
        detail: decision.detail,
        atMs: Date.now(),
        signature,
        seenAlerts: [...latest.current.takeover.seen],
      };
      // A warning, not an error: the wall healing itself is expected behaviour.
      console.warn(`[wall] watchdog reload: ${decision.reason} (${decision.detail})`);
      try {
        sessionStorage.setItem(RESUME_KEY, encodeResume(state));
      } catch {
        // Storage full or disabled: reload from the top rather than not at all.
      }
      window.location.reload();
    },
  );

  // Test hook for e2e and the soak bench.
  useEffect(() => {
    window.iocWall = {
      stats: () => ({
        ...pageStats(),
        index: latest.current.rotation.index,
        advances: latest.current.rotation.advances,
        paused: latest.current.rotation.paused,
        takeover: latest.current.takeover.active?.alert.id ?? null,
        takeoverLeftMs: latest.current.takeover.active
          ? latest.current.takeover.active.startedAtMs + config.takeoverMs - Date.now()
          : null,
      }),
      run,
      chartText: (selector) => {
        const root = document.querySelector(selector);
        return root ? drawnChartText(root) : [];
      },
      displayScale,
    };
    return () => {
      delete window.iocWall;
    };
  }, [run, config.takeoverMs, displayScale]);

  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => {
      setOnline(navigator.onLine);
    };
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  const unit = ADMIN_UNITS.currentByCode(unitCode);
  const unitName = unit ? (lang === 'vi' ? unit.fullName : unit.name) : unitCode;
  const context = useMemo(
    () => ({ unitCode, theme: config.theme, onSelectUnit: noop }),
    [unitCode, config.theme],
  );
  const n = entries.length;
  const nextIndex = (rotation.index + 1) % n;
  const sceneTitle = (index: number) => {
    const entry = entries[index];
    return entry ? t(`nav.${entry.scene}`) : '';
  };
  // The scene on screen and the next one, prepared off-screen; keyed by playlist and position
  // so the prepared scene becomes the visible one without remounting. When the schedule's next
  // slot is due, its first scene is the one prepared (registered as -1 until it is on).
  const pendingSlot = config.schedule.length > 0 ? slotAt(config.schedule, now) : null;
  const pendingKey = slotKey(pendingSlot);
  const switching = config.schedule.length > 0 && pendingKey !== wall.key;
  const pendingEntries = pendingSlot?.entries ?? config.entries;
  const listKey = (key: string | null) => key ?? 'own';
  const mounted: { key: string; index: number; scene: (typeof entries)[number] | undefined }[] = [
    {
      key: `${listKey(wall.key)}:${String(rotation.index)}`,
      index: rotation.index,
      scene: entries[rotation.index],
    },
  ];
  if (switching) {
    mounted.push({ key: `${listKey(pendingKey)}:0`, index: -1, scene: pendingEntries[0] });
  } else if (n > 1) {
    mounted.push({
      key: `${listKey(wall.key)}:${String(nextIndex)}`,
      index: nextIndex,
      scene: entries[nextIndex],
    });
  }

  const notes: { key: string; text: string; tone: 'warning' | 'neutral' }[] = [];
  if (resume) {
    notes.push({
      key: 'reloaded',
      tone: 'neutral',
      text: t('wall.reloaded', {
        time: formatDateTime(resume.atMs, lang),
        reason: t(`wall.reason.${resume.reason}`),
        detail: resume.detail,
      }),
    });
  }
  if (!online) notes.push({ key: 'offline', tone: 'warning', text: t('wall.offline') });
  for (const index of rotation.skipped) {
    notes.push({
      key: `skip-${String(index)}`,
      tone: 'warning',
      text: t('wall.skipped', { scene: sceneTitle(index) }),
    });
  }
  if (takeover.lastEnd && !takeoverActive) {
    notes.push({
      key: 'takeover',
      tone: 'neutral',
      text: t(`wall.takeover.ended.${takeover.lastEnd}`),
    });
  }
  issues.forEach((issue, i) => {
    notes.push({
      key: `issue-${String(i)}`,
      tone: 'warning',
      text: t(`wall.issue.${issue.reason}`, { param: issue.param, value: issue.value }),
    });
  });

  const secondsLeft = takeover.active
    ? Math.max(0, Math.ceil((takeover.active.startedAtMs + config.takeoverMs - now) / 1000))
    : 0;
  const left = remainingMs(rotation);

  return (
    <div className={styles.wall} data-testid="wall">
      <header className={styles.header}>
        <div className={styles.heading}>
          <h1
            className={styles.sceneTitle}
            data-testid="wall-scene-title"
            data-scene-index={rotation.index}
          >
            {sceneTitle(rotation.index)}
          </h1>
          <p className={styles.unit}>{unitName}</p>
        </div>
        <div className={styles.meta}>
          <span data-testid="wall-position">
            {t('wall.position', { current: rotation.index + 1, total: n })}
          </span>
          {rotation.paused && <StatusBadge tone="neutral" label={t('wall.paused')} />}
          {config.device && <span>{t('wall.device', { name: config.device })}</span>}
          {Number.isFinite(left) && (
            <span
              className={styles.progress}
              aria-hidden="true"
              style={{
                width: `${String(Math.round((1 - left / (durations[rotation.index] ?? 1)) * 100))}%`,
              }}
            />
          )}
        </div>
        <div className={styles.clock} aria-label={t('wall.clockLabel')} role="group">
          <time
            className={styles.time}
            dateTime={new Date(now).toISOString()}
            data-testid="wall-clock"
          >
            {formatClock(now, lang)}
          </time>
          <span className={styles.date}>{formatDate(now, lang)}</span>
        </div>
      </header>

      <main className={styles.stage}>
        <DisplayScaleProvider scale={displayScale}>
          {mounted.map(({ key, index, scene }) => {
            const panels = scene ? scenePanels(scene.scene) : undefined;
            if (!panels || !scene) return null;
            return (
              <SceneGrid
                key={key}
                index={index}
                register={register}
                panels={panels}
                context={context}
                hidden={index !== rotation.index || takeoverActive}
                label={t(`nav.${scene.scene}`)}
              />
            );
          })}
          {takeover.active && (
            <TakeoverView
              takeover={takeover.active}
              unitCode={unitCode}
              theme={config.theme}
              secondsLeft={secondsLeft}
            />
          )}
        </DisplayScaleProvider>
      </main>

      <footer className={styles.footer}>
        <HealthStrip unitCode={unitCode} now={now} />
        <div
          className={styles.status}
          role="status"
          aria-label={t('wall.statusLabel')}
          data-testid="wall-status"
        >
          {notes.length === 0 ? (
            <span>{t('wall.statusOk')}</span>
          ) : (
            notes.map((note) => (
              <span key={note.key} data-tone={note.tone}>
                {note.tone === 'warning' && <span aria-hidden="true">▲ </span>}
                {note.text}
              </span>
            ))
          )}
        </div>
      </footer>
    </div>
  );
}
