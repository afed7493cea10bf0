import type { StationKind } from '../../data/sensorthings/model';
import type { MapPoint } from '../../map';
import type { StationView } from './model';

/**
 * Map points per station kind, rebuilt only where stations changed (issue #8). A point is
 * derived once per view object (views keep their identity while unchanged, see view-cache.ts),
 * and a kind's array keeps its identity when every point in it is the same: the map re-sends a
 * layer to MapLibre only when its `items` array changed, so a refresh that touched only air
 * stations re-sends only the air layer. Points carry no value text: the map asks for it by id
 * (`viewOf`) for the one station under the pointer, so a refresh builds no strings.
 */
export function createMapItemsCache() {
  const points = new WeakMap<StationView, MapPoint>();
  const previous = new Map<StationKind, readonly MapPoint[]>();
  const byId = new Map<string, StationView>();
  const pointOf = (v: StationView): MapPoint => {
    let p = points.get(v);
    if (p === undefined) {
      p = {
        id: v.station.id,
        lng: v.station.location?.longitude ?? 0,
        lat: v.station.location?.latitude ?? 0,
        classIndex: v.classIndex,
        name: v.station.name,
      };
      points.set(v, p);
    }
    return p;
  };
  return {
    items(kind: StationKind, views: readonly StationView[]): readonly MapPoint[] {
      const next: MapPoint[] = [];
      for (const v of views) {
        if (v.station.kind !== kind || v.station.location === null) continue;
        next.push(pointOf(v));
        byId.set(v.station.id, v);
      }
      const before = previous.get(kind);
      if (before?.length === next.length && before.every((p, i) => p === next[i])) return before;
      previous.set(kind, next);
      return next;
    },
    /** the latest view of a station shown on the map, for its tooltip */
    viewOf(id: string): StationView | undefined {
      return byId.get(id);
    },
  };
}
