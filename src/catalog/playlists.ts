import type { SceneId } from './scenes';

/**
 * Named wall playlists (`/wall?playlist=leaders`): which scenes rotate, in what order, and how
 * long each stays on screen. Pure data; the wall skips scenes it cannot show yet and says so.
 */
export interface PlaylistEntry {
  readonly scene: SceneId;
  readonly seconds: number;
}

export interface Playlist {
  readonly id: string;
  readonly entries: readonly PlaylistEntry[];
}

export const DEFAULT_PLAYLIST_ID = 'leaders';

export const PLAYLISTS: readonly Playlist[] = [
  {
    // The chair's meeting: targets first, then rankings, services, dossiers, alerts.
    id: 'leaders',
    entries: [
      { scene: 'overview', seconds: 30 },
      { scene: 'targets', seconds: 25 },
      { scene: 'rankings', seconds: 20 },
      { scene: 'publicServices', seconds: 20 },
      { scene: 'dossiers', seconds: 20 },
      { scene: 'alerts', seconds: 15 },
    ],
  },
  {
    // Night shift: the live city and the health of the feeds.
    id: 'night',
    entries: [
      { scene: 'sensors', seconds: 40 },
      { scene: 'alerts', seconds: 20 },
      { scene: 'sources', seconds: 20 },
      { scene: 'overview', seconds: 20 },
    ],
  },
  {
    // An event (flood, storm): sensors and alerts most of the time.
    id: 'event',
    entries: [
      { scene: 'sensors', seconds: 45 },
      { scene: 'alerts', seconds: 30 },
      { scene: 'overview', seconds: 15 },
    ],
  },
  {
    id: 'overview-only',
    entries: [{ scene: 'overview', seconds: 60 }],
  },
];

export function getPlaylist(id: string): Playlist | undefined {
  return PLAYLISTS.find((playlist) => playlist.id === id);
}
