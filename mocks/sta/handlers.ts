import { http, HttpResponse } from 'msw';
import { beginRequest } from '../context';
import { mockDatastreamCount, mockProvince, type DataFault } from '../scenario';
import { FUTURE_SHIFT_MS, MARKUP } from '../scenarios/data-faults';
import {
  DEFAULT_SETTINGS,
  ENTITY_SETS,
  entitySet,
  linkWith,
  navigateMany,
  navigateOne,
  navigationOf,
  runQuery,
  serialiseCollection,
  serialiseDataArray,
  serialiseEntity,
  type Collection,
  type Entity,
  type Service,
  type ServiceSettings,
} from './engine';
import { sensorNetwork } from './network';
import { EMPTY_OPTIONS, StaError, parseOptions, type QueryOptions } from './odata';
import type { ValueContext } from './values';

/**
 * OGC SensorThings API v1.1 (read-only) at {sensors baseUrl} = /api/sta/v1.1. Errors are
 * FROST-Server's: `{ "code": 400, "type": "error", "message": "…" }`.
 */
export const STA_PATH = '/api/sta/v1.1';
const STA_PATTERN = /\/api\/sta\/v1\.1(?:[/?]|$)/;

/** Under the "huge" fault: 5,000 datastreams and a server that pages by 20. */
export const HUGE_DATASTREAMS = 5000;
export const HUGE_SETTINGS: ServiceSettings = { defaultTop: 20, maxTop: 20 };

export function staError(status: number, message: string): Response {
  return HttpResponse.json({ code: status, type: 'error', message }, { status });
}

/** The service for the current scenario (also used by alerts and source health). */
export function currentService(
  gen: { seed: number; nowMs: number; stories: ValueContext['stories'] },
  base: string,
  fault: DataFault | null = null,
): Service {
  const size = fault === 'huge' ? HUGE_DATASTREAMS : mockDatastreamCount();
  const network = sensorNetwork(gen.seed, mockProvince(), size);
  return {
    ctx: { seed: gen.seed, network, stories: gen.stories, nowMs: gen.nowMs },
    settings: fault === 'huge' ? HUGE_SETTINGS : DEFAULT_SETTINGS,
    base,
  };
}

type Target =
  | { kind: 'root' }
  | { kind: 'collection'; coll: Collection }
  | { kind: 'entity'; entity: Entity }
  | { kind: 'property'; entity: Entity; name: string; raw: boolean };

const SEGMENT = /^([A-Za-z]+)(?:\((?:(\d{1,16})|'([^']{0,200})')\))?$/;

function resolvePath(s: Service, segments: readonly string[]): Target {
  if (segments.length === 0) return { kind: 'root' };
  let target: Target | null = null;
  for (const [i, seg] of segments.entries()) {
    if (seg === '$value') {
      const current = target as Target | null;
      if (current === null || current.kind !== 'property' || i !== segments.length - 1) {
        throw new StaError(400, '$value only follows a property');
      }
      target = { ...current, raw: true };
      continue;
    }
    if (seg === '$ref') throw new StaError(400, '$ref is not supported by this server');
    const m = SEGMENT.exec(seg);
    if (!m) throw new StaError(404, `Nothing found: '${seg.slice(0, 60)}'`);
    const name = m[1] as string;
    const id = m[2] === undefined ? (m[3] === undefined ? null : Number.NaN) : Number(m[2]);
    if (target === null) {
      const type = ENTITY_SETS[name];
      if (!type) throw new StaError(404, `Nothing found: no entity set '${name.slice(0, 60)}'`);
      const coll = entitySet(s, type);
      if (id === null) target = { kind: 'collection', coll };
      else {
        const entity = Number.isNaN(id) ? null : coll.get(id);
        if (!entity) throw new StaError(404, 'Nothing found.');
        target = { kind: 'entity', entity };
      }
      continue;
    }
    if (target.kind !== 'entity') throw new StaError(404, `Nothing found: '${seg.slice(0, 60)}'`);
    const nav = navigationOf(target.entity.type, name);
    if (nav) {
      if (!nav.many) {
        if (id !== null) throw new StaError(400, `${name} is single-valued: no id`);
        const entity = navigateOne(s, target.entity, name);
        if (!entity) throw new StaError(404, 'Nothing found.');
        target = { kind: 'entity', entity };
      } else {
        const coll = navigateMany(s, target.entity, name) as Collection;
        if (id === null) target = { kind: 'collection', coll };
        else {
          const entity = Number.isNaN(id) ? null : coll.get(id);
          if (!entity) throw new StaError(404, 'Nothing found.');
          target = { kind: 'entity', entity };
        }
      }
      continue;
    }
    if (id !== null) throw new StaError(404, `Nothing found: '${seg.slice(0, 60)}'`);
    const probe = serialiseEntity(s, target.entity, { ...EMPTY_OPTIONS, select: null });
    if (!(name in probe) && name !== 'id')
      throw new StaError(404, `Nothing found: no property '${name.slice(0, 60)}'`);
    target = { kind: 'property', entity: target.entity, name, raw: false };
  }
  return target ?? { kind: 'root' };
}

function serviceRoot(s: Service): Record<string, unknown> {
  return {
    serverSettings: {
      conformance: [
        'http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel',
        'http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities',
        'http://www.opengis.net/spec/iot_sensing/1.1/req/request-data',
        'http://www.opengis.net/spec/iot_sensing/1.1/req/data-array/data-array',
      ],
      'https://iot.example/mock': {
        readOnly: true,
        defaultTop: s.settings.defaultTop,
        maxTop: s.settings.maxTop,
        province: s.ctx.network.province,
        datastreams: s.ctx.network.datastreams.length,
      },
    },
    value: Object.keys(ENTITY_SETS).map((name) => ({ name, url: `${s.base}/${name}` })),
  };
}

/** Answers one GET on the service (exported for tests and benchmarks). */
export function answer(s: Service, url: URL): { status: number; body: unknown; text?: string } {
  const idx = url.pathname.indexOf(STA_PATH);
  const rest = url.pathname.slice(idx + STA_PATH.length);
  const segments = rest
    .split('/')
    .filter(Boolean)
    .map((seg) => decodeURIComponent(seg));
  const pairs = [...url.searchParams.entries()];
  const options = parseOptions(pairs, false);
  const target = resolvePath(s, segments);
  const selfUrl = `${s.base}${rest.replace(/\/$/, '')}`;
  switch (target.kind) {
    case 'root':
      return { status: 200, body: serviceRoot(s) };
    case 'property': {
      const entity = serialiseEntity(s, target.entity, EMPTY_OPTIONS);
      const key = target.name === 'id' ? '@iot.id' : target.name;
      const value = entity[key];
      if (target.raw) {
        return {
          status: 200,
          body: null,
          text: typeof value === 'string' ? value : JSON.stringify(value),
        };
      }
      return { status: 200, body: { [target.name]: value } };
    }
    case 'entity':
      if (options.resultFormat === 'dataArray')
        throw new StaError(400, '$resultFormat=dataArray applies to Observation collections');
      return { status: 200, body: serialiseEntity(s, target.entity, entityOptions(options)) };
    case 'collection': {
      const result = runQuery(s, target.coll, options);
      const nextLinkOf = (skip: number, top: number): string =>
        linkWith(selfUrl, [
          ...pairs.filter(([k]) => k !== '$skip' && k !== '$top'),
          ['$top', String(top)],
          ['$skip', String(skip)],
        ]);
      if (options.resultFormat === 'dataArray') {
        if (target.coll.type !== 'Observation') {
          throw new StaError(400, '$resultFormat=dataArray applies to Observation collections');
        }
        if (options.expand.length > 0)
          throw new StaError(400, '$expand cannot be combined with $resultFormat=dataArray');
        return { status: 200, body: serialiseDataArray(s, result, options, nextLinkOf) };
      }
      return { status: 200, body: serialiseCollection(s, result, options, nextLinkOf) };
    }
  }
}

function entityOptions(o: QueryOptions): QueryOptions {
  return { ...o, top: null, skip: 0, count: false, orderby: [], filter: null };
}

// --------------------------------------------------------------------------------- faults

type Json = Record<string, unknown>;

function walk(
  node: unknown,
  visit: (obj: Json, parentKey: string | null) => Json,
  parentKey: string | null = null,
): unknown {
  if (Array.isArray(node)) return node.map((x) => walk(x, visit, parentKey));
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) out[k] = walk(v, visit, k);
  return visit(out, parentKey);
}

const isObservation = (o: Json): boolean => 'phenomenonTime' in o && 'result' in o;

function shiftUtc(text: unknown, by: number): unknown {
  if (typeof text !== 'string') return text;
  return text
    .split('/')
    .map((part) => {
      const ms = Date.parse(part);
      return Number.isFinite(ms) ? new Date(ms + by).toISOString() : part;
    })
    .join('/');
}

/** Content faults on a SensorThings response. */
export function applyStaFault(body: unknown, fault: DataFault): unknown {
  switch (fault) {
    case 'empty':
      return walk(body, (o) => {
        const copy = { ...o };
        for (const k of Object.keys(copy)) {
          if (
            Array.isArray(copy[k]) &&
            (k === 'value' || k === 'Observations' || k === 'Datastreams' || k === 'dataArray')
          )
            copy[k] = [];
          if (k.endsWith('@iot.count')) copy[k] = 0;
        }
        return Object.fromEntries(
          Object.entries(copy).filter(([k]) => !k.endsWith('@iot.nextLink')),
        );
      });
    case 'wrong-shape':
      return walk(body, (o) => {
        const copy = { ...o };
        if (Array.isArray(copy.value)) copy.value = { items: copy.value };
        if (isObservation(copy) && typeof copy.result === 'number')
          copy.result = String(copy.result).replace('.', ',');
        return copy;
      });
    case 'missing-fields':
      return walk(body, (o) => {
        const copy = { ...o };
        if (isObservation(copy)) delete copy.phenomenonTime;
        if ('unitOfMeasurement' in copy) delete copy.unitOfMeasurement;
        if ('@iot.id' in copy && 'properties' in copy) delete copy.name;
        return copy;
      });
    case 'out-of-range': {
      let n = 0;
      return walk(body, (o) => {
        if (!isObservation(o)) {
          if (Array.isArray(o.dataArray)) {
            const rows = (o.dataArray as unknown[][]).map((r) => [...r]);
            const col = (o.components as string[] | undefined)?.indexOf('result') ?? -1;
            if (col >= 0 && rows[0]) rows[0][col] = -999;
            return { ...o, dataArray: rows };
          }
          return o;
        }
        n++;
        // Below any river bed and above the AQI scale: values a range check must refuse.
        return { ...o, result: n % 2 === 1 ? -999 : 99_999 };
      });
    }
    case 'duplicates':
      return walk(body, (o) => {
        const copy = { ...o };
        for (const k of ['value', 'Observations']) {
          const arr = copy[k];
          if (Array.isArray(arr) && arr.length > 0) {
            const out: unknown[] = [];
            arr.forEach((x, i) => {
              out.push(x);
              if (i % 2 === 0) out.push(x);
            });
            copy[k] = out.reverse();
          }
        }
        return copy;
      });
    case 'future':
      return walk(body, (o) => {
        if (!isObservation(o)) {
          if (Array.isArray(o.dataArray)) {
            const comps = (o.components as string[] | undefined) ?? [];
            const cols = ['phenomenonTime', 'resultTime']
              .map((c) => comps.indexOf(c))
              .filter((c) => c >= 0);
            return {
              ...o,
              dataArray: (o.dataArray as unknown[][]).map((r) =>
                r.map((v, i) => (cols.includes(i) ? shiftUtc(v, FUTURE_SHIFT_MS) : v)),
              ),
            };
          }
          return o;
        }
        return {
          ...o,
          phenomenonTime: shiftUtc(o.phenomenonTime, FUTURE_SHIFT_MS),
          resultTime: shiftUtc(o.resultTime, FUTURE_SHIFT_MS),
        };
      });
    case 'markup':
      return walk(body, (o) => {
        const copy = { ...o };
        for (const k of ['name', 'description']) {
          const v = copy[k];
          if (typeof v === 'string') copy[k] = `${MARKUP}${v}`.slice(0, 480);
        }
        return copy;
      });
    case 'stale':
    case 'huge':
      return body;
  }
}

export const staHandlers = [
  http.get(STA_PATTERN, async ({ request }) => {
    const begun = await beginRequest('sensors');
    if ('response' in begun) return begun.response;
    const { gen, fault } = begun.context;
    const url = new URL(request.url);
    const base = `${url.origin}${url.pathname.slice(0, url.pathname.indexOf(STA_PATH) + STA_PATH.length)}`;
    try {
      const s = currentService(gen, base, fault);
      const { status, body, text } = answer(s, url);
      if (text !== undefined)
        return new HttpResponse(text, {
          status,
          headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        });
      return HttpResponse.json((fault ? applyStaFault(body, fault) : body) as Json, { status });
    } catch (e) {
      if (e instanceof StaError) return staError(e.status, e.message);
      throw e;
    }
  }),
  http.all(STA_PATTERN, () => staError(405, 'This mock SensorThings service is read-only')),
];
