import { getPlaylist, type PlaylistEntry } from '../catalog/playlists';
import type { SceneId } from '../catalog/scenes';
import { toVnDateTime } from '../domain/time/zone';
import { startRotation, type RotationState } from './rotation';
import type { WallIssue } from './search';

/**
 * The optional day / night / event schedule: `schedule=06:00-18:00:leaders,18:00-06:00:night`
 * names catalogue playlists (src/catalog/playlists.ts) by time of day in Asia/Ho_Chi_Minh.
 * Pure: parsing and "which playlist at this instant"; the wall switches at its next rotation
 * step (WallScreen.tsx).
 */
export interface ScheduleSlot {
  /** minutes after midnight, Vietnamese time; the slot includes its start */
  readonly startMinute: number;
  /** minutes after midnight, excluded; less than the start when the slot crosses midnight */
  readonly endMinute: number;
  readonly playlistId: string;
  /** the playlist's scenes the wall can show */
  readonly entries: readonly PlaylistEntry[];
}

export const MAX_SCHEDULE_SLOTS = 12;
const DAY_MINUTES = 24 * 60;
const SLOT_PATTERN = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2}):([\w-]{1,40})$/;

function minuteOf(hours: string, minutes: string, isEnd: boolean): number | undefined {
  const h = Number(hours);
  const m = Number(minutes);
  if (m > 59) return undefined;
  // 24:00 only as an end ("18:00-24:00").
  if (h === 24 && m === 0 && isEnd) return DAY_MINUTES;
  return h <= 23 ? h * 60 + m : undefined;
}

function covers(slot: Pick<ScheduleSlot, 'startMinute' | 'endMinute'>, minute: number): boolean {
  const { startMinute: start, endMinute: end } = slot;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** Whether two slots share at least one minute of the day. */
function overlap(a: ScheduleSlot, b: ScheduleSlot): boolean {
  return covers(a, b.startMinute) || covers(b, a.startMinute);
}

/**
 * Reads the `schedule` parameter. Items that cannot be used (bad time, unknown playlist, a
 * playlist with no scene the wall can show, an empty range) are left out and reported; a
 * range overlapping an earlier one is kept (the earlier one wins where they overlap) and
 * reported, since it is most likely a typo.
 */
export function parseSchedule(
  text: string,
  canShow: (id: SceneId) => boolean,
  issues: WallIssue[],
): ScheduleSlot[] {
  const slots: ScheduleSlot[] = [];
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  for (const item of items) {
    if (slots.length >= MAX_SCHEDULE_SLOTS) {
      issues.push({ param: 'schedule', value: item, reason: 'bad-value' });
      continue;
    }
    const match = SLOT_PATTERN.exec(item);
    const start = match ? minuteOf(match[1] ?? '', match[2] ?? '', false) : undefined;
    const end = match ? minuteOf(match[3] ?? '', match[4] ?? '', true) : undefined;
    if (!match || start === undefined || end === undefined || start === end % DAY_MINUTES) {
      issues.push({ param: 'schedule', value: item, reason: 'bad-time-range' });
      continue;
    }
    const id = match[5] ?? '';
    const playlist = getPlaylist(id);
    if (!playlist) {
      issues.push({ param: 'schedule', value: item, reason: 'unknown-playlist' });
      continue;
    }
    const entries = playlist.entries.filter((e) => canShow(e.scene));
    if (entries.length === 0) {
      issues.push({ param: 'schedule', value: item, reason: 'empty-playlist' });
      continue;
    }
    const slot: ScheduleSlot = {
      startMinute: start,
      endMinute: end % DAY_MINUTES,
      playlistId: playlist.id,
      entries,
    };
    if (slots.some((earlier) => overlap(earlier, slot))) {
      issues.push({ param: 'schedule', value: item, reason: 'schedule-overlap' });
    }
    slots.push(slot);
  }
  return slots;
}

/** Minutes after midnight on a clock in Vietnam (UTC+7, no daylight saving). */
export function vnMinuteOfDay(epochMs: number): number {
  const t = toVnDateTime(epochMs);
  return t.hour * 60 + t.minute;
}

/**
 * The slot in force at an instant: the first listed slot covering that minute, or null in a gap
 * (the wall then rotates its own playlist: `playlist`, `scenes` or the default).
 */
export function slotAt(slots: readonly ScheduleSlot[], epochMs: number): ScheduleSlot | null {
  const minute = vnMinuteOfDay(epochMs);
  return slots.find((slot) => covers(slot, minute)) ?? null;
}

/** A short name for what rotates: the slot's playlist id, or null for the wall's own playlist. */
export function slotKey(slot: ScheduleSlot | null): string | null {
  return slot ? `${String(slot.startMinute)}-${String(slot.endMinute)}:${slot.playlistId}` : null;
}

/** What rotates now: the slot in force when the rotation last switched, and its scenes. */
export interface ScheduledRotation {
  /** slotKey of the slot rotating, null for the wall's own playlist */
  readonly key: string | null;
  readonly entries: readonly PlaylistEntry[];
  readonly rotation: RotationState;
}

/** The rotation to start with at an instant. */
export function startScheduled(
  slots: readonly ScheduleSlot[],
  own: readonly PlaylistEntry[],
  epochMs: number,
  resume?: { index: number; elapsedMs: number; paused?: boolean },
): ScheduledRotation {
  const slot = slotAt(slots, epochMs);
  const entries = slot?.entries ?? own;
  return {
    key: slotKey(slot),
    entries,
    rotation: startRotation(
      entries.map((e) => e.seconds * 1000),
      resume,
    ),
  };
}

/**
 * After a tick: if the rotation just stepped to its next scene and another slot is now in force,
 * that slot's playlist starts from its first scene instead (a scene is never cut short by the
 * schedule). Pause and the advance count (the watchdog's) carry over.
 */
export function followSchedule(
  before: ScheduledRotation,
  stepped: RotationState,
  slots: readonly ScheduleSlot[],
  own: readonly PlaylistEntry[],
  epochMs: number,
): ScheduledRotation {
  const same = stepped === before.rotation ? before : { ...before, rotation: stepped };
  if (slots.length === 0 || stepped.advances === before.rotation.advances) return same;
  const slot = slotAt(slots, epochMs);
  const key = slotKey(slot);
  if (key === before.key) return same;
  const entries = slot?.entries ?? own;
  return {
    key,
    entries,
    rotation: {
      ...startRotation(entries.map((e) => e.seconds * 1000)),
      paused: stepped.paused,
      advances: stepped.advances,
    },
  };
}
