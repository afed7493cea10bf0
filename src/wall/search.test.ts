import { describe, expect, it } from 'vitest';
import type { SceneId } from '../catalog/scenes';
import { rawParams, resolveWallConfig, sceneIdOf, wallRawParams } from './search';

const onWall = new Set<SceneId>(['overview', 'rankings', 'publicServices']);
const canShow = (id: SceneId) => onWall.has(id);
const resolve = (search: string) => resolveWallConfig(rawParams(search), canShow);

describe('wall URL parameters', () => {
  it('reads a scene list with durations', () => {
    const { config, issues } = resolve('scenes=overview:30,rankings:20');
    expect(config.entries).toEqual([
      { scene: 'overview', seconds: 30 },
      { scene: 'rankings', seconds: 20 },
    ]);
    expect(config.playlistId).toBeNull();
    expect(issues).toEqual([]);
  });

  it('accepts scene paths and gives a scene without duration the default', () => {
    const { config } = resolve('scenes=public-services,overview:5');
    expect(config.entries).toEqual([
      { scene: 'publicServices', seconds: 30 },
      { scene: 'overview', seconds: 5 },
    ]);
  });

  it.each([
    [
      'scenes=nowhere:10,overview:10',
      { param: 'scenes', value: 'nowhere:10', reason: 'unknown-scene' },
    ],
    ['scenes=overview:abc', { param: 'scenes', value: 'overview:abc', reason: 'bad-duration' }],
    ['scenes=overview:0', { param: 'scenes', value: 'overview:0', reason: 'bad-duration' }],
    ['scenes=overview:1:2', { param: 'scenes', value: 'overview:1:2', reason: 'bad-duration' }],
    [
      'scenes=sensors:10,overview',
      { param: 'scenes', value: 'sensors:10', reason: 'scene-not-on-wall' },
    ],
    ['scenes=wall:10,overview', { param: 'scenes', value: 'wall:10', reason: 'unknown-scene' }],
    ['refresh=-5', { param: 'refresh', value: '-5', reason: 'bad-number' }],
    ['refresh=0', { param: 'refresh', value: '0', reason: 'bad-number' }],
    ['takeover=soon', { param: 'takeover', value: 'soon', reason: 'bad-number' }],
    ['device=<script>', { param: 'device', value: '<script>', reason: 'bad-value' }],
    ['theme=neon', { param: 'theme', value: 'neon', reason: 'bad-value' }],
    ['lang=fr', { param: 'lang', value: 'fr', reason: 'bad-value' }],
    ['unit=99', { param: 'unit', value: '99', reason: 'bad-value' }],
    ['playlist=nope', { param: 'playlist', value: 'nope', reason: 'unknown-playlist' }],
    [
      'schedule=06:00-18:00:nope',
      { param: 'schedule', value: '06:00-18:00:nope', reason: 'unknown-playlist' },
    ],
    ['schedule=6h-18h', { param: 'schedule', value: '6h-18h', reason: 'bad-time-range' }],
  ])('%s falls back and is reported', (search, issue) => {
    const { config, issues } = resolve(search);
    expect(issues).toContainEqual(issue);
    expect(config.entries.length).toBeGreaterThan(0);
  });

  it('falls back to the default playlist (scenes it can show) when the list is unusable', () => {
    const { config, issues } = resolve('scenes=nowhere,elsewhere');
    expect(issues.map((i) => i.reason)).toEqual([
      'unknown-scene',
      'unknown-scene',
      'empty-playlist',
    ]);
    expect(config.entries.map((e) => e.scene)).toEqual(['overview', 'rankings', 'publicServices']);
    expect(config.playlistId).toBe('leaders');
  });

  it('plays a named playlist without the scenes the wall cannot show yet, and says so', () => {
    const { config, issues } = resolve('playlist=night');
    expect(config.entries.map((e) => e.scene)).toEqual(['overview']);
    expect(issues).toContainEqual({
      param: 'playlist',
      value: 'sensors',
      reason: 'scene-not-on-wall',
    });
  });

  it('has defaults: wall theme, 60 s refresh, 120 s takeover, no device', () => {
    const { config, issues } = resolve('');
    expect(issues).toEqual([]);
    expect(config).toMatchObject({
      theme: 'wall',
      refreshMs: 60_000,
      takeoverMs: 120_000,
      device: null,
      unit: null,
      lang: 'vi',
    });
  });

  it('reads refresh, takeover, device, theme, language and unit', () => {
    const { config, issues } = resolve(
      'refresh=15&takeover=30&device=Tường%20A-1&theme=desk&lang=en&unit=08',
    );
    expect(issues).toEqual([]);
    expect(config).toMatchObject({
      refreshMs: 15_000,
      takeoverMs: 30_000,
      device: 'Tường A-1',
      theme: 'desk',
      lang: 'en',
      unit: '08',
    });
  });

  it('prefers an explicit scene list over a playlist name, and reports the name', () => {
    const { config, issues } = resolve('playlist=night&scenes=rankings:9');
    expect(config.entries).toEqual([{ scene: 'rankings', seconds: 9 }]);
    expect(issues).toEqual([{ param: 'playlist', value: 'night', reason: 'bad-value' }]);
  });

  it('finds scenes by id or path', () => {
    expect(sceneIdOf('publicServices')).toBe('publicServices');
    expect(sceneIdOf('Public-Services')).toBe('publicServices');
    expect(sceneIdOf('x')).toBeUndefined();
  });

  it('recovers root parameters the router dropped from the address the wall was opened with', () => {
    const opened = { pathname: '/wall', search: '?scenes=overview&theme=neon&lang=xx&unit=abc' };
    // What the router left after validating the root parameters.
    const current = { pathname: '/wall', search: '?scenes=overview' };
    const raw = wallRawParams(current, opened);
    expect(raw).toEqual({ scenes: 'overview', theme: 'neon', lang: 'xx', unit: 'abc' });
    expect(resolveWallConfig(raw, canShow).issues).toEqual([
      { param: 'theme', value: 'neon', reason: 'bad-value' },
      { param: 'lang', value: 'xx', reason: 'bad-value' },
      { param: 'unit', value: 'abc', reason: 'bad-value' },
    ]);
  });

  it('keeps the current value of a root parameter, and ignores an address of another page', () => {
    const opened = { pathname: '/wall', search: '?theme=neon' };
    expect(wallRawParams({ pathname: '/wall', search: '?theme=desk' }, opened)).toEqual({
      theme: 'desk',
    });
    expect(
      wallRawParams({ pathname: '/wall', search: '' }, { pathname: '/', search: '?theme=neon' }),
    ).toEqual({});
    expect(wallRawParams({ pathname: '/wall', search: '?refresh=5' }, null)).toEqual({
      refresh: '5',
    });
  });
});
