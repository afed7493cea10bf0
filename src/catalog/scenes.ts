/**
 * The screens of the product, as data: navigation, the wall's playlists and the
 * "not built yet" notices all read this list.
 */
export interface SceneEntry {
  id: SceneId;
  /** URL path of the scene on the desk layout. */
  path: string;
  /** Key under `nav.` in the i18n messages. */
  navKey: SceneId;
  /** False while the scene is under construction: it then says so plainly. */
  built: boolean;
  /** The issue that builds it, shown on the "not built" notice. */
  issue: number;
}

export type SceneId =
  | 'overview'
  | 'publicServices'
  | 'dossiers'
  | 'targets'
  | 'rankings'
  | 'sensors'
  | 'alerts'
  | 'sources'
  | 'wall'
  | 'trainer';

export const SCENES: readonly SceneEntry[] = [
  { id: 'overview', path: '/', navKey: 'overview', built: true, issue: 6 },
  {
    id: 'publicServices',
    path: '/public-services',
    navKey: 'publicServices',
    built: true,
    issue: 6,
  },
  { id: 'dossiers', path: '/dossiers', navKey: 'dossiers', built: true, issue: 6 },
  { id: 'targets', path: '/targets', navKey: 'targets', built: true, issue: 6 },
  { id: 'rankings', path: '/rankings', navKey: 'rankings', built: true, issue: 6 },
  { id: 'sensors', path: '/sensors', navKey: 'sensors', built: true, issue: 8 },
  { id: 'alerts', path: '/alerts', navKey: 'alerts', built: true, issue: 8 },
  { id: 'sources', path: '/sources', navKey: 'sources', built: true, issue: 8 },
  { id: 'wall', path: '/wall', navKey: 'wall', built: true, issue: 7 },
  { id: 'trainer', path: '/trainer', navKey: 'trainer', built: true, issue: 9 },
];
