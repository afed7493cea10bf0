import { z } from 'zod';
import { ADMIN_UNITS } from '../catalog/admin-units';
import { DEFAULT_PLAYLIST_ID, getPlaylist, type PlaylistEntry } from '../catalog/playlists';
import { SCENES, type SceneId } from '../catalog/scenes';
import type { ThemeName } from '../ui/tokens';
import { parseSchedule, type ScheduleSlot } from './schedule';

/**
 * The wall's URL parameters. The route keeps them as plain strings (the app's key=value
 * serializer): `resolveWallConfig` turns them into a configuration and a list of what it had to
 * ignore, so that a typo on a wall PC shows a note on the status line, never an error page.
 */
const optionalText = z.string().max(2000).optional().catch(undefined);
export const wallSearchSchema = z.object({
  playlist: optionalText,
  scenes: optionalText,
  refresh: optionalText,
  takeover: optionalText,
  device: optionalText,
  schedule: optionalText,
});
export type WallSearch = z.infer<typeof wallSearchSchema>;

export const WALL_DEFAULTS = {
  sceneSeconds: 30,
  refreshSeconds: 60,
  takeoverSeconds: 120,
  theme: 'wall' as ThemeName,
  lang: 'vi' as 'vi' | 'en',
} as const;

export const LIMITS = {
  sceneSeconds: [2, 3600],
  refreshSeconds: [1, 3600],
  takeoverSeconds: [5, 86_400],
  deviceLength: 40,
} as const;

export type WallIssueReason =
  | 'unknown-playlist'
  | 'unknown-scene'
  | 'scene-not-on-wall'
  | 'bad-duration'
  | 'bad-number'
  | 'bad-value'
  | 'empty-playlist'
  | 'bad-time-range'
  | 'schedule-overlap';

/** One parameter the wall could not use as given: shown on the status line. */
export interface WallIssue {
  readonly param: string;
  readonly value: string;
  readonly reason: WallIssueReason;
}

export interface WallConfig {
  /** the playlist actually rotated (scenes the wall can show) */
  readonly entries: readonly PlaylistEntry[];
  /** named playlist in use, or null for an explicit `scenes=` list */
  readonly playlistId: string | null;
  readonly refreshMs: number;
  readonly takeoverMs: number;
  readonly device: string | null;
  readonly theme: ThemeName;
  readonly lang: 'vi' | 'en';
  /** null: the configured default unit */
  readonly unit: string | null;
  /** day / night / event playlists by time of day; outside them `entries` rotate (schedule.ts) */
  readonly schedule: readonly ScheduleSlot[];
}

export interface ResolvedWall {
  readonly config: WallConfig;
  readonly issues: readonly WallIssue[];
}

/** A scene by id (`publicServices`) or by its path (`public-services`), case-insensitive. */
export function sceneIdOf(text: string): SceneId | undefined {
  const key = text.trim().toLowerCase();
  return SCENES.find((s) => s.id.toLowerCase() === key || s.path.slice(1).toLowerCase() === key)
    ?.id;
}

function integerIn(text: string, [min, max]: readonly [number, number]): number | undefined {
  if (!/^\d{1,6}$/.test(text.trim())) return undefined;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : undefined;
}

/**
 * `overview:30,rankings:20`. Unknown scenes and bad durations are reported; a scene without a
 * duration gets the default.
 */
function parseSceneList(
  text: string,
  canShow: (id: SceneId) => boolean,
  issues: WallIssue[],
): PlaylistEntry[] {
  const entries: PlaylistEntry[] = [];
  for (const part of text.split(',')) {
    const item = part.trim();
    if (item === '') continue;
    const [name = '', duration, ...rest] = item.split(':');
    const scene = sceneIdOf(name);
    if (!scene || scene === 'wall') {
      issues.push({ param: 'scenes', value: item, reason: 'unknown-scene' });
      continue;
    }
    let seconds: number = WALL_DEFAULTS.sceneSeconds;
    if (duration !== undefined || rest.length > 0) {
      const parsed =
        rest.length === 0 && duration !== undefined
          ? integerIn(duration, LIMITS.sceneSeconds)
          : undefined;
      if (parsed === undefined)
        issues.push({ param: 'scenes', value: item, reason: 'bad-duration' });
      else seconds = parsed;
    }
    if (!canShow(scene)) {
      issues.push({ param: 'scenes', value: item, reason: 'scene-not-on-wall' });
      continue;
    }
    entries.push({ scene, seconds });
  }
  return entries;
}

function playableEntries(
  entries: readonly PlaylistEntry[],
  canShow: (id: SceneId) => boolean,
  param: string,
  issues: WallIssue[],
): PlaylistEntry[] {
  const out: PlaylistEntry[] = [];
  for (const entry of entries) {
    if (canShow(entry.scene)) out.push(entry);
    else issues.push({ param, value: entry.scene, reason: 'scene-not-on-wall' });
  }
  return out;
}

/** Rotation of the default playlist, or of the overview alone if none of it can be shown. */
function fallbackEntries(canShow: (id: SceneId) => boolean): PlaylistEntry[] {
  const entries = (getPlaylist(DEFAULT_PLAYLIST_ID)?.entries ?? []).filter((e) => canShow(e.scene));
  return entries.length > 0
    ? entries
    : [{ scene: 'overview', seconds: WALL_DEFAULTS.sceneSeconds }];
}

/**
 * The wall's configuration from its raw URL parameters (strings, as typed). Every bad value
 * falls back to its default and is reported; the result always has at least one scene.
 * `canShow` says whether the wall has a panel list for a scene (scene-panels.ts).
 */
export function resolveWallConfig(
  raw: Readonly<Record<string, string | undefined>>,
  canShow: (id: SceneId) => boolean,
): ResolvedWall {
  const issues: WallIssue[] = [];
  let entries: PlaylistEntry[] = [];
  let playlistId: string | null = null;

  if (raw.scenes !== undefined && raw.scenes.trim() !== '') {
    entries = parseSceneList(raw.scenes, canShow, issues);
    if (raw.playlist !== undefined) {
      // Both given: the explicit list wins; the name is ignored, and said to be.
      issues.push({ param: 'playlist', value: raw.playlist, reason: 'bad-value' });
    }
    if (entries.length === 0)
      issues.push({ param: 'scenes', value: raw.scenes, reason: 'empty-playlist' });
  } else if (raw.playlist !== undefined) {
    const playlist = getPlaylist(raw.playlist.trim());
    if (!playlist) {
      issues.push({ param: 'playlist', value: raw.playlist, reason: 'unknown-playlist' });
    } else {
      entries = playableEntries(playlist.entries, canShow, 'playlist', issues);
      playlistId = playlist.id;
      if (entries.length === 0) {
        issues.push({ param: 'playlist', value: raw.playlist, reason: 'empty-playlist' });
        playlistId = null;
      }
    }
  }
  if (entries.length === 0) {
    // Scenes not built yet are left out of the default quietly: it is not the user's mistake.
    entries = fallbackEntries(canShow);
    playlistId = getPlaylist(DEFAULT_PLAYLIST_ID)?.entries.some((e) => canShow(e.scene))
      ? DEFAULT_PLAYLIST_ID
      : null;
  }

  const number = (
    param: 'refresh' | 'takeover',
    limits: readonly [number, number],
    fallback: number,
  ): number => {
    const text = raw[param];
    if (text === undefined) return fallback;
    const value = integerIn(text, limits);
    if (value === undefined) {
      issues.push({ param, value: text, reason: 'bad-number' });
      return fallback;
    }
    return value;
  };
  const refreshSeconds = number('refresh', LIMITS.refreshSeconds, WALL_DEFAULTS.refreshSeconds);
  const takeoverSeconds = number('takeover', LIMITS.takeoverSeconds, WALL_DEFAULTS.takeoverSeconds);

  let device: string | null = null;
  if (raw.device !== undefined) {
    const name = raw.device.trim();
    if (
      name.length > 0 &&
      name.length <= LIMITS.deviceLength &&
      /^[\p{L}\p{N} ._-]+$/u.test(name)
    ) {
      device = name;
    } else {
      issues.push({ param: 'device', value: raw.device, reason: 'bad-value' });
    }
  }

  let theme: ThemeName = WALL_DEFAULTS.theme;
  if (raw.theme !== undefined) {
    if (raw.theme === 'wall' || raw.theme === 'desk') theme = raw.theme;
    else issues.push({ param: 'theme', value: raw.theme, reason: 'bad-value' });
  }
  let lang: 'vi' | 'en' = WALL_DEFAULTS.lang;
  if (raw.lang !== undefined) {
    if (raw.lang === 'vi' || raw.lang === 'en') lang = raw.lang;
    else issues.push({ param: 'lang', value: raw.lang, reason: 'bad-value' });
  }
  let unit: string | null = null;
  if (raw.unit !== undefined) {
    if (/^\d{2}$/.test(raw.unit) && ADMIN_UNITS.currentByCode(raw.unit)) unit = raw.unit;
    else issues.push({ param: 'unit', value: raw.unit, reason: 'bad-value' });
  }

  const schedule =
    raw.schedule !== undefined && raw.schedule.trim() !== ''
      ? parseSchedule(raw.schedule, canShow, issues)
      : [];

  return {
    config: {
      entries,
      playlistId,
      refreshMs: refreshSeconds * 1000,
      takeoverMs: takeoverSeconds * 1000,
      device,
      theme,
      lang,
      unit,
      schedule,
    },
    issues,
  };
}

/** Parameters of the root route (src/app/search.ts) that the wall also validates and reports. */
const ROOT_PARAMS = ['theme', 'lang', 'unit'] as const;

interface PageAddress {
  readonly pathname: string;
  readonly search: string;
}

/**
 * The address the page was opened with. At start-up the router replaces the URL with its
 * validated form, and the root route's schema drops values it does not accept (`theme=neon`
 * disappears without a trace, which is right for the desk). The wall must report them, so it
 * keeps this copy, taken when this module is evaluated: src/app/router.tsx imports it eagerly,
 * before the router starts.
 */
const OPENED_AT: PageAddress | null =
  typeof window === 'undefined'
    ? null
    : { pathname: window.location.pathname, search: window.location.search };

export function openedAt(): PageAddress | null {
  return OPENED_AT;
}

/**
 * The wall's raw parameters: those of the current URL, plus root parameters (theme, lang, unit)
 * the router dropped from the address the page was opened with (same path only: a wall reached
 * from the desk has nothing to recover).
 */
export function wallRawParams(
  current: PageAddress,
  opened: PageAddress | null,
): Record<string, string> {
  const raw = rawParams(current.search);
  if (opened && opened.pathname === current.pathname) {
    const first = rawParams(opened.search);
    for (const key of ROOT_PARAMS) {
      const value = first[key];
      if (raw[key] === undefined && value !== undefined) raw[key] = value;
    }
  }
  return raw;
}

/** The raw parameters of a query string, first value of each. */
export function rawParams(search: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) if (!(key in out)) out[key] = value;
  return out;
}
