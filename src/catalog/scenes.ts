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
    built: false,
    issue: 6,
  },
  { id: 'dossiers', path: '/dossiers', navKey: 'dossiers', built: false, issue: 6 },
  { id: 'targets', path: '/targets', navKey: 'targets', built: false, issue: 6 },
  { id: 'rankings', path: '/rankings', navKey: 'rankings', built: false, issue: 6 },
  { id: 'sensors', path: '/sensors', navKey: 'sensors', built: false, issue: 8 },
  { id: 'alerts', path: '/alerts', navKey: 'alerts', built: false, issue: 8 },
  { id: 'sources', path: '/sources', navKey: 'sources', built: false, issue: 8 },
  { id: 'wall', path: '/wall', navKey: 'wall', built: false, issue: 7 },
  { id: 'trainer', path: '/trainer', navKey: 'trainer', built: false, issue: 9 },
];
