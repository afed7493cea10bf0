import { utcIso } from '../time';
import {
  OBSERVED_PROPERTIES,
  SENSORS,
  type DatastreamDef,
  type ObservedPropertyDef,
  type SensorDef,
  type ThingDef,
} from './network';
import {
  EMPTY_OPTIONS,
  StaError,
  evaluate,
  orderValues,
  timeBounds,
  truthy,
  type Expr,
  type ExpandItem,
  type QueryOptions,
  type Value,
} from './odata';
import {
  TICK_EPOCH_MS,
  decodeObservationId,
  observationId,
  observationResult,
  tickSegments,
  tickTime,
  type ValueContext,
} from './values';

/**
 * A SensorThings v1.1 service over the mock network: entity sets, navigation, query options
 * and JSON serialisation as FROST-Server writes it. Observations are virtual: a collection is a
 * set of tick ranges per datastream, so counting, paging and "latest per datastream" never
 * materialise what they do not return.
 */

export type EntityType =
  | 'Thing'
  | 'Location'
  | 'HistoricalLocation'
  | 'Datastream'
  | 'Sensor'
  | 'ObservedProperty'
  | 'Observation'
  | 'FeatureOfInterest';

export type Entity =
  | {
      readonly type: 'Thing' | 'Location' | 'HistoricalLocation' | 'FeatureOfInterest';
      readonly thing: ThingDef;
    }
  | { readonly type: 'Datastream'; readonly ds: DatastreamDef }
  | { readonly type: 'Sensor'; readonly sensor: SensorDef }
  | { readonly type: 'ObservedProperty'; readonly prop: ObservedPropertyDef }
  | { readonly type: 'Observation'; readonly ds: DatastreamDef; readonly k: number };

export const ENTITY_SETS: Readonly<Record<string, EntityType>> = {
  Things: 'Thing',
  Locations: 'Location',
  HistoricalLocations: 'HistoricalLocation',
  Datastreams: 'Datastream',
  Sensors: 'Sensor',
  ObservedProperties: 'ObservedProperty',
  Observations: 'Observation',
  FeaturesOfInterest: 'FeatureOfInterest',
};

const SET_OF: Readonly<Record<EntityType, string>> = {
  Thing: 'Things',
  Location: 'Locations',
  HistoricalLocation: 'HistoricalLocations',
  Datastream: 'Datastreams',
  Sensor: 'Sensors',
  ObservedProperty: 'ObservedProperties',
  Observation: 'Observations',
  FeatureOfInterest: 'FeaturesOfInterest',
};

/** Navigation properties: name → target type and cardinality. */
const NAVIGATION: Readonly<
  Record<EntityType, Readonly<Record<string, { type: EntityType; many: boolean }>>>
> = {
  Thing: {
    Locations: { type: 'Location', many: true },
    HistoricalLocations: { type: 'HistoricalLocation', many: true },
    Datastreams: { type: 'Datastream', many: true },
  },
  Location: {
    Things: { type: 'Thing', many: true },
    HistoricalLocations: { type: 'HistoricalLocation', many: true },
  },
  HistoricalLocation: {
    Thing: { type: 'Thing', many: false },
    Locations: { type: 'Location', many: true },
  },
  Datastream: {
    Thing: { type: 'Thing', many: false },
    Sensor: { type: 'Sensor', many: false },
    ObservedProperty: { type: 'ObservedProperty', many: false },
    Observations: { type: 'Observation', many: true },
  },
  Sensor: { Datastreams: { type: 'Datastream', many: true } },
  ObservedProperty: { Datastreams: { type: 'Datastream', many: true } },
  Observation: {
    Datastream: { type: 'Datastream', many: false },
    FeatureOfInterest: { type: 'FeatureOfInterest', many: false },
  },
  FeatureOfInterest: { Observations: { type: 'Observation', many: true } },
};

/** Entity properties, in the order FROST writes them. */
const PROPERTIES: Readonly<Record<EntityType, readonly string[]>> = {
  Thing: ['name', 'description', 'properties'],
  Location: ['name', 'description', 'encodingType', 'location'],
  HistoricalLocation: ['time'],
  Datastream: [
    'name',
    'description',
    'observationType',
    'unitOfMeasurement',
    'observedArea',
    'phenomenonTime',
    'resultTime',
    'properties',
  ],
  Sensor: ['name', 'description', 'encodingType', 'metadata'],
  ObservedProperty: ['name', 'definition', 'description'],
  Observation: ['phenomenonTime', 'resultTime', 'result', 'parameters'],
  FeatureOfInterest: ['name', 'description', 'encodingType', 'feature'],
};

/** Service limits, as FROST-Server's defaults. */
export interface ServiceSettings {
  readonly defaultTop: number;
  readonly maxTop: number;
}

export const DEFAULT_SETTINGS: ServiceSettings = { defaultTop: 100, maxTop: 1000 };

/** When the mock network "was installed": the time of every HistoricalLocation. */
const INSTALLED_MS = TICK_EPOCH_MS;

export interface Service {
  readonly ctx: ValueContext;
  readonly settings: ServiceSettings;
  /** absolute service root, "http://host/api/sta/v1.1" */
  readonly base: string;
}

function idOf(e: Entity): number {
  switch (e.type) {
    case 'Thing':
    case 'Location':
    case 'HistoricalLocation':
    case 'FeatureOfInterest':
      return e.thing.id;
    case 'Datastream':
      return e.ds.id;
    case 'Sensor':
      return e.sensor.id;
    case 'ObservedProperty':
      return e.prop.id;
    case 'Observation':
      return observationId(e.ds, e.k);
  }
}

export function selfLink(s: Service, e: Entity): string {
  return `${s.base}/${SET_OF[e.type]}(${idOf(e)})`;
}

const geoPoint = (t: ThingDef) => ({ type: 'Point', coordinates: [t.longitude, t.latitude] });

/** Property value for serialisation (JSON) — not filtering. */
function propertyJson(s: Service, e: Entity, name: string): unknown {
  switch (e.type) {
    case 'Thing':
      return {
        name: e.thing.name,
        description: e.thing.description,
        properties: e.thing.properties,
      }[name];
    case 'Location':
      return {
        name: e.thing.locationName,
        description: `Vị trí ${e.thing.name}`,
        encodingType: 'application/geo+json',
        location: geoPoint(e.thing),
      }[name];
    case 'FeatureOfInterest':
      return {
        name: e.thing.locationName,
        description: `Đối tượng quan trắc của ${e.thing.name}`,
        encodingType: 'application/geo+json',
        feature: geoPoint(e.thing),
      }[name];
    case 'HistoricalLocation':
      return name === 'time' ? utcIso(INSTALLED_MS) : undefined;
    case 'Sensor':
      return {
        name: e.sensor.name,
        description: e.sensor.description,
        encodingType: e.sensor.encodingType,
        metadata: e.sensor.metadata,
      }[name];
    case 'ObservedProperty':
      return { name: e.prop.name, definition: e.prop.definition, description: e.prop.description }[
        name
      ];
    case 'Datastream': {
      const thing = s.ctx.network.thingById.get(e.ds.thingId) as ThingDef;
      switch (name) {
        case 'name':
          return e.ds.name;
        case 'description':
          return e.ds.description;
        case 'observationType':
          return 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement';
        case 'unitOfMeasurement':
          return e.ds.property.unit;
        case 'observedArea':
          return geoPoint(thing);
        case 'phenomenonTime':
        case 'resultTime': {
          const segs = tickSegments(s.ctx, e.ds);
          const a = segs[0]?.[0];
          const b = segs[segs.length - 1]?.[1];
          if (a === undefined || b === undefined) return null;
          const lag = name === 'resultTime' ? e.ds.property.lagMs : 0;
          return `${utcIso(tickTime(e.ds, a) + lag)}/${utcIso(tickTime(e.ds, b) + lag)}`;
        }
        case 'properties':
          return {
            kpiId: e.ds.property.kpiId,
            observedPropertyKey: e.ds.property.key,
            cadenceSeconds: e.ds.property.cadenceMs / 1000,
            retentionDays: e.ds.property.retentionMs / 86_400_000,
            ...(thing.kind === 'water-level' ? { alarmLevels: thing.properties.alarmLevels } : {}),
          };
      }
      return undefined;
    }
    case 'Observation': {
      const t = tickTime(e.ds, e.k);
      switch (name) {
        case 'phenomenonTime':
          return utcIso(t);
        case 'resultTime':
          return utcIso(t + e.ds.property.lagMs);
        case 'result':
          return observationResult(s.ctx, e.ds, e.k);
        case 'parameters':
          return null;
      }
      return undefined;
    }
  }
}

/** Property value for $filter / $orderby: times as instants. */
function propertyValue(
  s: Service,
  e: Entity,
  name: string,
): Value | Record<string, unknown> | undefined {
  if (name === 'id' || name === '@iot.id') return idOf(e);
  if (e.type === 'Observation') {
    const t = tickTime(e.ds, e.k);
    if (name === 'phenomenonTime') return { time: t };
    if (name === 'resultTime') return { time: t + e.ds.property.lagMs };
  }
  if (e.type === 'HistoricalLocation' && name === 'time') return { time: INSTALLED_MS };
  const v = propertyJson(s, e, name);
  if (v === undefined) return undefined;
  if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')
    return v;
  return v as Record<string, unknown>;
}

/** Single-valued navigation. */
function navigateOne(s: Service, e: Entity, nav: string): Entity | null {
  const net = s.ctx.network;
  switch (e.type) {
    case 'Datastream':
      if (nav === 'Thing')
        return { type: 'Thing', thing: net.thingById.get(e.ds.thingId) as ThingDef };
      if (nav === 'Sensor')
        return { type: 'Sensor', sensor: SENSORS.find((x) => x.id === e.ds.sensorId) as SensorDef };
      if (nav === 'ObservedProperty') return { type: 'ObservedProperty', prop: e.ds.property };
      return null;
    case 'Observation':
      if (nav === 'Datastream') return { type: 'Datastream', ds: e.ds };
      if (nav === 'FeatureOfInterest') {
        return { type: 'FeatureOfInterest', thing: net.thingById.get(e.ds.thingId) as ThingDef };
      }
      return null;
    case 'HistoricalLocation':
      return nav === 'Thing' ? { type: 'Thing', thing: e.thing } : null;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------- collections

export interface Collection {
  readonly type: EntityType;
  size(): number;
  /** natural order: @iot.id ascending */
  iterate(reverse?: boolean): Iterable<Entity>;
  get(id: number): Entity | null;
  /** observations only: narrowed to phenomenonTime in [lo, hi] */
  restrictTime?(lo: number, hi: number): Collection;
  /** observations only: ordered by phenomenonTime (ties: id ascending) */
  byTime?(desc: boolean): Iterable<Entity>;
}

function arrayCollection(type: EntityType, items: readonly Entity[]): Collection {
  const sorted = [...items].sort((a, b) => idOf(a) - idOf(b));
  const byId = new Map(sorted.map((e) => [idOf(e), e]));
  return {
    type,
    size: () => sorted.length,
    iterate: (reverse = false) => (reverse ? [...sorted].reverse() : sorted),
    get: (id) => byId.get(id) ?? null,
  };
}

interface StreamRange {
  readonly ds: DatastreamDef;
  readonly segments: readonly (readonly [number, number])[];
}

function* ticksOf(range: StreamRange, reverse: boolean): Generator<Entity> {
  const segs = reverse ? [...range.segments].reverse() : range.segments;
  for (const [a, b] of segs) {
    if (reverse) for (let k = b; k >= a; k--) yield { type: 'Observation', ds: range.ds, k };
    else for (let k = a; k <= b; k++) yield { type: 'Observation', ds: range.ds, k };
  }
}

/** k-way merge of per-datastream tick streams by phenomenonTime. */
function* mergeByTime(ranges: readonly StreamRange[], desc: boolean): Generator<Entity> {
  const heads: { it: Iterator<Entity>; e: Observation; t: number; id: number }[] = [];
  type Observation = Extract<Entity, { type: 'Observation' }>;
  const push = (it: Iterator<Entity>): void => {
    const n = it.next();
    if (n.done) return;
    const e = n.value as Observation;
    heads.push({ it, e, t: tickTime(e.ds, e.k), id: observationId(e.ds, e.k) });
  };
  for (const r of ranges) push(ticksOf(r, desc)[Symbol.iterator]());
  // A binary heap keyed on (time, id).
  const less = (a: (typeof heads)[number], b: (typeof heads)[number]): boolean =>
    desc ? a.t > b.t || (a.t === b.t && a.id < b.id) : a.t < b.t || (a.t === b.t && a.id < b.id);
  const swap = (i: number, j: number): void => {
    const x = heads[i] as (typeof heads)[number];
    heads[i] = heads[j] as (typeof heads)[number];
    heads[j] = x;
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (
        l < heads.length &&
        less(heads[l] as (typeof heads)[number], heads[m] as (typeof heads)[number])
      )
        m = l;
      if (
        r < heads.length &&
        less(heads[r] as (typeof heads)[number], heads[m] as (typeof heads)[number])
      )
        m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (let i = Math.floor(heads.length / 2) - 1; i >= 0; i--) down(i);
  while (heads.length > 0) {
    const top = heads[0] as (typeof heads)[number];
    yield top.e;
    const n = top.it.next();
    if (n.done) {
      const last = heads.pop() as (typeof heads)[number];
      if (heads.length > 0) {
        heads[0] = last;
        down(0);
      }
    } else {
      const e = n.value as Observation;
      heads[0] = { it: top.it, e, t: tickTime(e.ds, e.k), id: observationId(e.ds, e.k) };
      down(0);
    }
  }
}

export function observationCollection(ranges: readonly StreamRange[]): Collection {
  const sorted = [...ranges].sort((a, b) => a.ds.id - b.ds.id);
  const total = sorted.reduce((s, r) => s + r.segments.reduce((x, [a, b]) => x + b - a + 1, 0), 0);
  return {
    type: 'Observation',
    size: () => total,
    iterate: function* (reverse = false) {
      const order = reverse ? [...sorted].reverse() : sorted;
      for (const r of order) yield* ticksOf(r, reverse);
    },
    get: (id) => {
      const { datastreamId, tick } = decodeObservationId(id);
      const r = sorted.find((x) => x.ds.id === datastreamId);
      if (!r || !r.segments.some(([a, b]) => tick >= a && tick <= b)) return null;
      return { type: 'Observation', ds: r.ds, k: tick };
    },
    restrictTime: (lo, hi) =>
      observationCollection(
        sorted.map((r) => {
          const cad = r.ds.property.cadenceMs;
          const kLo = Number.isFinite(lo)
            ? Math.ceil((lo - TICK_EPOCH_MS) / cad)
            : Number.NEGATIVE_INFINITY;
          const kHi = Number.isFinite(hi)
            ? Math.floor((hi - TICK_EPOCH_MS) / cad)
            : Number.POSITIVE_INFINITY;
          return {
            ds: r.ds,
            segments: r.segments
              .map(([a, b]): [number, number] => [Math.max(a, kLo), Math.min(b, kHi)])
              .filter(([a, b]) => a <= b),
          };
        }),
      ),
    byTime: (desc) =>
      sorted.length === 1 ? ticksOf(sorted[0] as StreamRange, desc) : mergeByTime(sorted, desc),
  };
}

function streamRange(s: Service, ds: DatastreamDef): StreamRange {
  return { ds, segments: tickSegments(s.ctx, ds) };
}

/** A top-level entity set. */
export function entitySet(s: Service, type: EntityType): Collection {
  const net = s.ctx.network;
  switch (type) {
    case 'Thing':
    case 'Location':
    case 'HistoricalLocation':
    case 'FeatureOfInterest':
      return arrayCollection(
        type,
        net.things.map((thing) => ({ type, thing })),
      );
    case 'Datastream':
      return arrayCollection(
        type,
        net.datastreams.map((ds) => ({ type, ds })),
      );
    case 'Sensor':
      return arrayCollection(
        type,
        SENSORS.map((sensor) => ({ type, sensor })),
      );
    case 'ObservedProperty':
      return arrayCollection(
        type,
        OBSERVED_PROPERTIES.map((prop) => ({ type, prop })),
      );
    case 'Observation':
      return observationCollection(net.datastreams.map((ds) => streamRange(s, ds)));
  }
}

/** A to-many navigation from an entity. */
export function navigateMany(s: Service, e: Entity, nav: string): Collection | null {
  const net = s.ctx.network;
  const target = NAVIGATION[e.type][nav];
  if (!target?.many) return null;
  switch (e.type) {
    case 'Thing':
      if (nav === 'Datastreams') {
        return arrayCollection(
          'Datastream',
          e.thing.datastreamIds.map((id) => ({
            type: 'Datastream',
            ds: net.datastreamById.get(id) as DatastreamDef,
          })),
        );
      }
      return arrayCollection(target.type, [{ type: target.type, thing: e.thing } as Entity]);
    case 'Location':
      return arrayCollection(target.type, [{ type: target.type, thing: e.thing } as Entity]);
    case 'HistoricalLocation':
      return arrayCollection('Location', [{ type: 'Location', thing: e.thing }]);
    case 'Datastream':
      return observationCollection([streamRange(s, e.ds)]);
    case 'Sensor':
      return arrayCollection(
        'Datastream',
        net.datastreams
          .filter((d) => d.sensorId === e.sensor.id)
          .map((ds) => ({ type: 'Datastream', ds })),
      );
    case 'ObservedProperty':
      return arrayCollection(
        'Datastream',
        net.datastreams
          .filter((d) => d.property.id === e.prop.id)
          .map((ds) => ({ type: 'Datastream', ds })),
      );
    case 'FeatureOfInterest':
      return observationCollection(
        e.thing.datastreamIds.map((id) =>
          streamRange(s, net.datastreamById.get(id) as DatastreamDef),
        ),
      );
    case 'Observation':
      return null;
  }
}

export function navigationOf(
  type: EntityType,
  nav: string,
): { type: EntityType; many: boolean } | undefined {
  return NAVIGATION[type][nav];
}

export { navigateOne };

// ------------------------------------------------------------------------------- querying

/** Resolves a filter path: properties, nested JSON, single and to-many navigation (any). */
function resolver(s: Service): (e: Entity, path: readonly string[]) => Value[] {
  const resolve = (e: Entity, path: readonly string[]): Value[] => {
    const [head, ...rest] = path;
    if (head === undefined) return [];
    const nav = NAVIGATION[e.type][head];
    if (nav) {
      if (rest.length === 0)
        throw new StaError(400, `$filter: ${head} is a navigation property, not a value`);
      if (!nav.many) {
        const target = navigateOne(s, e, head);
        return target ? resolve(target, rest) : [null];
      }
      const coll = navigateMany(s, e, head) as Collection;
      const out: Value[] = [];
      for (const item of coll.iterate()) out.push(...resolve(item, rest));
      return out;
    }
    const v = propertyValue(s, e, head);
    if (v === undefined) {
      throw new StaError(400, `$filter: ${e.type} has no property '${head.slice(0, 40)}'`);
    }
    if (rest.length === 0) {
      return [
        typeof v === 'object' && v !== null && !('time' in v) ? JSON.stringify(v) : (v as Value),
      ];
    }
    let cur: unknown = v;
    for (const seg of rest) {
      cur =
        typeof cur === 'object' && cur !== null ? (cur as Record<string, unknown>)[seg] : undefined;
    }
    if (cur === undefined || cur === null) return [null];
    if (typeof cur === 'number' || typeof cur === 'string' || typeof cur === 'boolean')
      return [cur];
    return [JSON.stringify(cur)];
  };
  return resolve;
}

function checkOrderPaths(type: EntityType, expr: Expr): void {
  if (expr.t === 'prop') {
    const [head] = expr.path;
    if (head === undefined) return;
    const ok =
      head === 'id' ||
      head === '@iot.id' ||
      PROPERTIES[type].includes(head) ||
      NAVIGATION[type][head] !== undefined;
    if (!ok) throw new StaError(400, `${type} has no property '${head.slice(0, 40)}'`);
  }
  if ('l' in expr) {
    checkOrderPaths(type, expr.l);
    checkOrderPaths(type, expr.r);
  }
  if (expr.t === 'not') checkOrderPaths(type, expr.e);
  if (expr.t === 'fn') for (const a of expr.args) checkOrderPaths(type, a);
}

export interface QueryResult {
  readonly items: readonly Entity[];
  readonly count: number | null;
  /** skip of the next page, null on the last page */
  readonly nextSkip: number | null;
  readonly top: number;
}

/** Largest number of items a query may sort in memory. */
const MAX_SORT = 2_000_000;

export function runQuery(s: Service, coll: Collection, options: QueryOptions): QueryResult {
  if (options.filter) checkOrderPaths(coll.type, options.filter);
  for (const o of options.orderby) checkOrderPaths(coll.type, o.expr);
  if (options.top !== null && options.top < 0) throw new StaError(400, '$top must be ≥ 0');
  const top = Math.min(options.top ?? s.settings.defaultTop, s.settings.maxTop);
  const resolve = resolver(s);
  const nowMs = s.ctx.nowMs;

  let base = coll;
  if (coll.type === 'Observation' && options.filter && coll.restrictTime) {
    const { lo, hi } = timeBounds(options.filter, 'phenomenonTime', nowMs);
    const r = timeBounds(options.filter, 'resultTime', nowMs);
    // resultTime = phenomenonTime + lag (≤ 6 min): widen by the largest lag.
    const lag = 6 * 60_000;
    const lo2 = Math.max(lo, r.lo - lag);
    const hi2 = Math.min(hi, r.hi);
    if (Number.isFinite(lo2) || Number.isFinite(hi2)) base = coll.restrictTime(lo2, hi2);
  }
  const filter = options.filter;
  const matches = (e: Entity): boolean => !filter || truthy(evaluate(filter, e, resolve, nowMs));

  let ordered: Iterable<Entity>;
  const [o1, ...more] = options.orderby;
  const single =
    o1 && more.length === 0 && o1.expr.t === 'prop' && o1.expr.path.length === 1
      ? o1.expr.path[0]
      : null;
  if (!o1) ordered = base.iterate();
  else if (single === 'id' || single === '@iot.id') ordered = base.iterate(o1.desc);
  else if (single === 'phenomenonTime' && base.byTime) ordered = base.byTime(o1.desc);
  else {
    if (base.size() > MAX_SORT) {
      throw new StaError(
        400,
        `the query would sort ${base.size()} entities; narrow it with $filter`,
      );
    }
    const rows: { e: Entity; keys: Value[] }[] = [];
    for (const e of base.iterate()) {
      if (!matches(e)) continue;
      rows.push({
        e,
        keys: options.orderby.map((o) => evaluate(o.expr, e, resolve, nowMs)[0] ?? null),
      });
    }
    rows.sort((a, b) => {
      for (const [i, o] of options.orderby.entries()) {
        const c = orderValues(a.keys[i] ?? null, b.keys[i] ?? null);
        if (c !== 0) return o.desc ? -c : c;
      }
      return idOf(a.e) - idOf(b.e);
    });
    ordered = rows.map((r) => r.e);
  }

  const items: Entity[] = [];
  let seen = 0;
  let hasMore = false;
  const counting = options.count;
  let count = 0;
  const countCheap = counting && !filter;
  for (const e of ordered) {
    if (!matches(e)) continue;
    count++;
    if (seen < options.skip) {
      seen++;
      continue;
    }
    if (items.length < top) {
      items.push(e);
      continue;
    }
    hasMore = true;
    if (!counting || countCheap) break;
  }
  return {
    items,
    count: counting ? (countCheap ? base.size() : count) : null,
    nextSkip: hasMore ? options.skip + top : null,
    top,
  };
}

// -------------------------------------------------------------------------- serialisation

/** Builds a link with query options, '$' kept readable as servers write them. */
export function linkWith(url: string, params: readonly (readonly [string, string])[]): string {
  if (params.length === 0) return url;
  const q = params.map(
    ([k, v]) => `${k}=${encodeURIComponent(v).replace(/%24/g, '$').replace(/%2C/g, ',')}`,
  );
  return `${url}?${q.join('&')}`;
}

export function serialiseEntity(
  s: Service,
  e: Entity,
  options: QueryOptions,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const select = options.select;
  const link = selfLink(s, e);
  const wants = (name: string): boolean => select === null || select.includes(name);
  if (wants('@iot.selfLink')) out['@iot.selfLink'] = link;
  if (wants('@iot.id')) out['@iot.id'] = idOf(e);
  for (const p of PROPERTIES[e.type]) {
    if (!wants(p)) continue;
    const v = propertyJson(s, e, p);
    if (v !== undefined) out[p] = v;
  }
  if (select) {
    for (const name of select) {
      if (name === '@iot.id' || name === '@iot.selfLink' || PROPERTIES[e.type].includes(name))
        continue;
      if (NAVIGATION[e.type][name]) continue;
      throw new StaError(400, `$select: ${e.type} has no property '${name.slice(0, 40)}'`);
    }
  }
  for (const nav of Object.keys(NAVIGATION[e.type])) {
    if (select === null || select.includes(nav))
      out[`${nav}@iot.navigationLink`] = `${link}/${nav}`;
  }
  for (const item of options.expand) expandInto(s, e, item, out, link);
  return out;
}

function expandInto(
  s: Service,
  e: Entity,
  item: ExpandItem,
  out: Record<string, unknown>,
  link: string,
): void {
  const nav = NAVIGATION[e.type][item.nav];
  if (!nav)
    throw new StaError(
      400,
      `$expand: ${e.type} has no navigation property '${item.nav.slice(0, 40)}'`,
    );
  if (!nav.many) {
    const target = navigateOne(s, e, item.nav);
    out[item.nav] = target ? serialiseEntity(s, target, item.options) : null;
    return;
  }
  const coll = navigateMany(s, e, item.nav) as Collection;
  const result = runQuery(s, coll, item.options);
  out[item.nav] = result.items.map((x) =>
    serialiseEntity(s, x, {
      ...item.options,
      top: null,
      skip: 0,
      count: false,
      orderby: [],
      filter: null,
    }),
  );
  if (result.count !== null) out[`${item.nav}@iot.count`] = result.count;
  if (result.nextSkip !== null) {
    out[`${item.nav}@iot.nextLink`] = linkWith(
      `${link}/${item.nav}`,
      nestedParams(item.options, result.top, result.nextSkip),
    );
  }
}

/** Query options of an expand, rewritten as the query of its own collection's next page. */
function nestedParams(o: QueryOptions, top: number, skip: number): [string, string][] {
  const params: [string, string][] = [];
  if (o.raw?.filter) params.push(['$filter', o.raw.filter]);
  if (o.raw?.orderby) params.push(['$orderby', o.raw.orderby]);
  if (o.raw?.select) params.push(['$select', o.raw.select]);
  if (o.raw?.expand) params.push(['$expand', o.raw.expand]);
  if (o.count) params.push(['$count', 'true']);
  params.push(['$top', String(top)], ['$skip', String(skip)]);
  return params;
}

export function serialiseCollection(
  s: Service,
  result: QueryResult,
  options: QueryOptions,
  nextLinkOf: (skip: number, top: number) => string,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (result.count !== null) body['@iot.count'] = result.count;
  if (result.nextSkip !== null) body['@iot.nextLink'] = nextLinkOf(result.nextSkip, result.top);
  const itemOptions = { ...options, top: null, skip: 0, count: false, orderby: [], filter: null };
  body.value = result.items.map((e) => serialiseEntity(s, e, itemOptions));
  return body;
}

const DATA_ARRAY_COMPONENTS = ['id', 'phenomenonTime', 'resultTime', 'result'] as const;

/** $resultFormat=dataArray: rows grouped by datastream, columns named in `components`. */
export function serialiseDataArray(
  s: Service,
  result: QueryResult,
  options: QueryOptions,
  nextLinkOf: (skip: number, top: number) => string,
): Record<string, unknown> {
  const components = options.select
    ? options.select.map((c) => (c === '@iot.id' ? 'id' : c))
    : [...DATA_ARRAY_COMPONENTS];
  for (const c of components) {
    if (c !== 'id' && !PROPERTIES.Observation.includes(c)) {
      throw new StaError(
        400,
        `$select: Observation has no property '${c.slice(0, 40)}' for dataArray`,
      );
    }
  }
  const blocks = new Map<number, unknown[][]>();
  const order: DatastreamDef[] = [];
  for (const e of result.items) {
    if (e.type !== 'Observation') continue;
    let rows = blocks.get(e.ds.id);
    if (!rows) {
      rows = [];
      blocks.set(e.ds.id, rows);
      order.push(e.ds);
    }
    rows.push(components.map((c) => (c === 'id' ? idOf(e) : propertyJson(s, e, c))));
  }
  const body: Record<string, unknown> = {};
  if (result.count !== null) body['@iot.count'] = result.count;
  if (result.nextSkip !== null) body['@iot.nextLink'] = nextLinkOf(result.nextSkip, result.top);
  body.value = order.map((ds) => ({
    'Datastream@iot.navigationLink': `${s.base}/Datastreams(${ds.id})`,
    components,
    'dataArray@iot.count': blocks.get(ds.id)?.length ?? 0,
    dataArray: blocks.get(ds.id) ?? [],
  }));
  return body;
}

export { EMPTY_OPTIONS };
