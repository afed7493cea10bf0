import type { SceneId } from '../catalog/scenes';
import { fromVnDateTime } from '../domain/time/zone';
import { startRotation, tick } from './rotation';
import {
  followSchedule,
  parseSchedule,
  slotAt,
  startScheduled,
  vnMinuteOfDay,
  type ScheduleSlot,
} from './schedule';
import type { WallIssue } from './search';

// The overview, alerts and sources are on the wall; sensors is not (it is skipped).
const onWall = new Set<SceneId>(['overview', 'alerts', 'sources', 'targets', 'rankings']);
const canShow = (id: SceneId) => onWall.has(id);
const OWN = [{ scene: 'rankings' as SceneId, seconds: 10 }];

function parse(text: string): { slots: ScheduleSlot[]; issues: WallIssue[] } {
  const issues: WallIssue[] = [];
  return { slots: parseSchedule(text, canShow, issues), issues };
}

/** An instant at hh:mm on 23/11/2026, Vietnamese time. */
const at = (hour: number, minute = 0) => fromVnDateTime(2026, 11, 23, hour, minute);

/** Playlist id in force at hh:mm, or 'own' in a gap. */
const playlistAt = (slots: readonly ScheduleSlot[], hour: number, minute = 0) =>
  slotAt(slots, at(hour, minute))?.playlistId ?? 'own';

describe('schedule: which playlist at which time of day (Asia/Ho_Chi_Minh)', () => {
  test('Vietnamese minute of the day, whatever the machine zone (tests run in New York)', () => {
    expect(vnMinuteOfDay(Date.UTC(2026, 10, 22, 23, 30))).toBe(6 * 60 + 30); // 06:30 next day
    expect(vnMinuteOfDay(at(0, 0))).toBe(0);
    expect(vnMinuteOfDay(at(23, 59))).toBe(1439);
  });

  test.each([
    // schedule, [time, expected playlist]...
    [
      '06:00-18:00:leaders,18:00-06:00:night',
      [
        [5, 59, 'night'],
        [6, 0, 'leaders'],
        [17, 59, 'leaders'],
        [18, 0, 'night'],
        [0, 0, 'night'],
        [23, 59, 'night'],
      ],
    ],
    // crossing midnight written first
    [
      '22:00-02:00:event',
      [
        [21, 59, 'own'],
        [22, 0, 'event'],
        [1, 59, 'event'],
        [2, 0, 'own'],
      ],
    ],
    // gaps rotate the wall's own playlist
    [
      '08:00-11:30:leaders,13:30-17:00:leaders',
      [
        [7, 0, 'own'],
        [9, 0, 'leaders'],
        [12, 0, 'own'],
        [16, 59, 'leaders'],
        [17, 0, 'own'],
      ],
    ],
    // overlaps: the earlier item wins where they overlap
    [
      '06:00-18:00:leaders,12:00-20:00:event',
      [
        [11, 59, 'leaders'],
        [12, 0, 'leaders'],
        [17, 59, 'leaders'],
        [18, 0, 'event'],
        [19, 59, 'event'],
        [20, 0, 'own'],
      ],
    ],
    [
      '12:00-20:00:event,06:00-18:00:leaders',
      [
        [6, 0, 'leaders'],
        [12, 0, 'event'],
        [19, 0, 'event'],
      ],
    ],
    // 24:00 as an end; single-digit hour
    [
      '18:00-24:00:night,6:00-18:00:leaders',
      [
        [23, 59, 'night'],
        [0, 0, 'own'],
        [6, 0, 'leaders'],
      ],
    ],
  ] as const)('%s', (text, expectations) => {
    const { slots } = parse(text);
    for (const [hour, minute, playlist] of expectations) {
      expect(`${String(hour)}:${String(minute)} ${playlistAt(slots, hour, minute)}`).toBe(
        `${String(hour)}:${String(minute)} ${playlist}`,
      );
    }
  });

  test.each([
    ['25:00-06:00:night', 'bad-time-range'],
    ['06:60-07:00:night', 'bad-time-range'],
    ['06:00-06:00:night', 'bad-time-range'], // empty (or whole day?): ambiguous, refused
    ['00:00-24:00:night', 'bad-time-range'], // same: use playlist=night
    ['24:00-06:00:night', 'bad-time-range'], // 24:00 only as an end
    ['06:00-18:00', 'bad-time-range'],
    ['day', 'bad-time-range'],
    ['6h-18h:leaders', 'bad-time-range'],
    ['06:00-18:00:<script>', 'bad-time-range'],
    ['06:00-18:00:holiday', 'unknown-playlist'],
  ] as const)('%s is left out and reported (%s)', (text, reason) => {
    const { slots, issues } = parse(text);
    expect(slots).toEqual([]);
    expect(issues).toEqual([{ param: 'schedule', value: text, reason }]);
  });

  test('a playlist with scenes the wall cannot show keeps the others; overlaps are reported', () => {
    const { slots, issues } = parse(' 18:00-06:00:night , 05:00-07:00:leaders,,');
    // night without sensors (not on the wall)
    expect(slots[0]?.entries.map((e) => e.scene)).toEqual(['alerts', 'sources', 'overview']);
    expect(slots).toHaveLength(2);
    expect(issues).toEqual([
      { param: 'schedule', value: '05:00-07:00:leaders', reason: 'schedule-overlap' },
    ]);
  });

  test('at most 12 slots', () => {
    const items = Array.from({ length: 14 }, (_, h) => `${String(h)}:00-${String(h)}:30:leaders`);
    const { slots, issues } = parse(items.join(','));
    expect(slots).toHaveLength(12);
    expect(issues.map((i) => i.reason)).toEqual(['bad-value', 'bad-value']);
  });
});

describe('schedule: the switch happens at the next rotation step', () => {
  const { slots } = parse('06:00-18:00:leaders,18:00-06:00:night');
  const noFailures = () => true;

  test('starts with the playlist of the time of day', () => {
    expect(startScheduled(slots, OWN, at(12)).entries[0]?.scene).toBe('overview'); // leaders
    expect(startScheduled(slots, OWN, at(19)).entries[0]?.scene).toBe('alerts'); // night
    expect(startScheduled([], OWN, at(19)).entries).toBe(OWN);
  });

  test('past the boundary, the scene on screen finishes; then the next slot starts at its first scene', () => {
    let wall = startScheduled(slots, OWN, at(17, 59)); // leaders: overview 30 s, targets 25 s…
    const step = (dtMs: number, now: number) => {
      wall = followSchedule(wall, tick(wall.rotation, dtMs, noFailures), slots, OWN, now);
    };
    step(29_000, at(18, 0)); // 18:00 now, but overview still has 1 s
    expect(wall.key).toBe('360-1080:leaders');
    expect(wall.rotation.index).toBe(0);
    step(1_500, at(18, 0));
    expect(wall.key).toBe('1080-360:night');
    expect(wall.entries[0]?.scene).toBe('alerts');
    expect(wall.rotation.index).toBe(0);
    expect(wall.rotation.elapsedMs).toBe(0);
    expect(wall.rotation.advances).toBe(1); // the watchdog sees the step
  });

  test('within a slot the rotation goes on as usual; a pause carries over a switch', () => {
    let wall = startScheduled(slots, OWN, at(12));
    wall = followSchedule(wall, tick(wall.rotation, 31_000, noFailures), slots, OWN, at(12));
    expect(wall.rotation.index).toBe(1);
    expect(wall.key).toBe('360-1080:leaders');
    const paused = { ...startRotation([1000]), paused: true, advances: 7 };
    const before = { key: 'x', entries: OWN, rotation: startRotation([1000]) };
    const after = followSchedule(before, paused, slots, OWN, at(20));
    expect(after.key).toBe('1080-360:night');
    expect(after.rotation.paused).toBe(true);
    expect(after.rotation.advances).toBe(7);
  });

  test('a gap returns to the wall’s own playlist at the next step', () => {
    const { slots: day } = parse('06:00-18:00:leaders');
    let wall = startScheduled(day, OWN, at(17, 59));
    wall = followSchedule(wall, tick(wall.rotation, 30_500, noFailures), day, OWN, at(18, 1));
    expect(wall.key).toBeNull();
    expect(wall.entries).toBe(OWN);
  });
});
