import type { WatchdogReason } from './watchdog';

/**
 * What survives a watchdog reload: the scene on screen, how far into it, whether paused, and
 * why the page reloaded. Kept in sessionStorage (per tab, gone when the kiosk browser
 * restarts); the URL keeps the configuration.
 */
export interface ResumeState {
  readonly index: number;
  readonly elapsedMs: number;
  readonly paused: boolean;
  readonly reason: WatchdogReason;
  readonly detail: string;
  readonly atMs: number;
  /** the configuration it belongs to: another playlist starts from the top */
  readonly signature: string;
  /** critical alerts already shown, so a reload does not show them again */
  readonly seenAlerts: readonly string[];
}

export const RESUME_KEY = 'ioc-wall-resume';
const REASONS: readonly WatchdogReason[] = ['heap', 'dom', 'charts', 'maps', 'stall', 'hang'];

export function encodeResume(state: ResumeState): string {
  return JSON.stringify(state);
}

/** The stored state if it is well-formed and belongs to this configuration; else null. */
export function decodeResume(text: string | null, signature: string): ResumeState | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const ok =
    typeof v.index === 'number' &&
    Number.isInteger(v.index) &&
    v.index >= 0 &&
    typeof v.elapsedMs === 'number' &&
    v.elapsedMs >= 0 &&
    typeof v.paused === 'boolean' &&
    typeof v.reason === 'string' &&
    REASONS.includes(v.reason as WatchdogReason) &&
    typeof v.detail === 'string' &&
    typeof v.atMs === 'number' &&
    v.signature === signature &&
    Array.isArray(v.seenAlerts) &&
    v.seenAlerts.every((id) => typeof id === 'string');
  return ok ? (v as unknown as ResumeState) : null;
}
