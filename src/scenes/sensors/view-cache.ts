import type { StaObservation, StaStation } from '../../data/sensorthings/model';
import { measureSince, timingNow } from '../../data/sensorthings/timing';
import { stationView, type StationView } from './model';

/**
 * Incremental station views (issue #8): a refresh carrying new values for thousands of
 * datastreams must not re-derive and re-render every station. Views are reconciled against the
 * previous ones, keyed by station: a station whose datastreams all kept the same latest
 * observation (by identity, the feed never mutates one) keeps its view object, and so does a
 * station whose recomputed view is equal field by field. Unchanged views keep their identity, so
 * memoised rows and map items downstream skip them, and the array itself keeps its identity when
 * nothing changed at all.
 */
export interface ViewState {
  readonly stations: readonly StaStation[];
  readonly latest: ReadonlyMap<string, StaObservation>;
  readonly nowMs: number;
  readonly views: readonly StationView[];
}

export function sameView(a: StationView, b: StationView): boolean {
  return (
    a.station === b.station &&
    a.primary === b.primary &&
    a.latest === b.latest &&
    a.classIndex === b.classIndex &&
    a.freshness === b.freshness &&
    a.lastMs === b.lastMs &&
    a.cadenceMs === b.cadenceMs
  );
}

function inputsUnchanged(
  station: StaStation,
  latest: ReadonlyMap<string, StaObservation>,
  prevLatest: ReadonlyMap<string, StaObservation>,
): boolean {
  for (const d of station.datastreams) if (latest.get(d.id) !== prevLatest.get(d.id)) return false;
  return true;
}

/** The views for `stations` at `nowMs`, reusing `prev` wherever the inputs did not change. */
export function nextViews(
  prev: ViewState | null,
  stations: readonly StaStation[],
  latest: ReadonlyMap<string, StaObservation>,
  nowMs: number,
): ViewState {
  if (prev?.stations !== stations) {
    return { stations, latest, nowMs, views: stations.map((s) => stationView(s, latest, nowMs)) };
  }
  if (prev.latest === latest && prev.nowMs === nowMs) return prev;
  const sameNow = prev.nowMs === nowMs;
  let changed = 0;
  const views: StationView[] = [];
  for (const [i, s] of stations.entries()) {
    const before = prev.views[i] as StationView;
    // Same clock and same observations: the view cannot differ, skip the derivation.
    if (sameNow && inputsUnchanged(s, latest, prev.latest)) {
      views.push(before);
      continue;
    }
    const after = stationView(s, latest, nowMs);
    if (sameView(after, before)) views.push(before);
    else {
      views.push(after);
      changed++;
    }
  }
  return { stations, latest, nowMs, views: changed > 0 ? views : prev.views };
}

/** A stateful holder for a component: `update` is idempotent for the same inputs. */
export function createViewCache() {
  let state: ViewState | null = null;
  return {
    update(
      stations: readonly StaStation[],
      latest: ReadonlyMap<string, StaObservation>,
      nowMs: number,
    ): readonly StationView[] {
      const startMs = timingNow();
      state = nextViews(state, stations, latest, nowMs);
      measureSince('views', startMs);
      return state.views;
    },
  };
}
