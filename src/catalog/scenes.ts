/**
 * The screens of the product, as data: the navigation and the wall's playlists read this list.
 */
export interface SceneEntry {
  id: SceneId;
  /** URL path of the scene on the desk layout. */
  path: string;
  /** Key under `nav.` in the i18n messages. */
  navKey: SceneId;
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
  { id: 'overview', path: '/', navKey: 'overview' },
  {
    id: 'publicServices',
    path: '/public-services',
    navKey: 'publicServices',
  },
  { id: 'dossiers', path: '/dossiers', navKey: 'dossiers' },
  { id: 'targets', path: '/targets', navKey: 'targets' },
  { id: 'rankings', path: '/rankings', navKey: 'rankings' },
  { id: 'sensors', path: '/sensors', navKey: 'sensors' },
  { id: 'alerts', path: '/alerts', navKey: 'alerts' },
  { id: 'sources', path: '/sources', navKey: 'sources' },
  { id: 'wall', path: '/wall', navKey: 'wall' },
  { id: 'trainer', path: '/trainer', navKey: 'trainer' },
];
