import { ADMIN_UNITS } from '../src/catalog/admin-units';
import { clockState, freezeClock, mockNow, resetClock, startVirtualClock } from './clock';
import { parseInstantOrOffset } from './time';

/**
 * The mock scenario in force: which source fails and how, which trainer story runs, the seed,
 * the province, the size of the sensor network and the clock. Chosen by the page URL
 * (`?mock=kpi:http-503*4,story:flood,speed:60`), by the runtime configuration (passed to
 * startMockWorker), by the control endpoint (POST /__mocks/scenario) or by tests.
 * docs/mocks.md lists every part.
 */
export const MOCK_SOURCES = ['kpi', 'sensors', 'alerts'] as const;
export type MockSourceId = (typeof MOCK_SOURCES)[number];

/** Failures of the transport: the request fails or the body is not JSON. */
export const TRANSPORT_FAULTS = [
  'down',
  'http-500',
  'http-503',
  'slow',
  'timeout',
  'malformed-json',
] as const;
export type TransportFault = (typeof TRANSPORT_FAULTS)[number];

/** Failures of the content: valid JSON that is wrong, old, odd or hostile (data-sources.md §4). */
export const DATA_FAULTS = [
  'wrong-shape',
  'missing-fields',
  'out-of-range',
  'duplicates',
  'stale',
  'future',
  'empty',
  'huge',
  'markup',
] as const;
export type DataFault = (typeof DATA_FAULTS)[number];

export type Fault = TransportFault | DataFault;
export const FAULTS: readonly Fault[] = [...TRANSPORT_FAULTS, ...DATA_FAULTS];

export const STORIES = ['flood', 'late-spike', 'sensor-outage', 'online-rise'] as const;
export type StoryId = (typeof STORIES)[number];

export interface ActiveStory {
  readonly id: StoryId;
  /** virtual instant the story starts (its t = 0) */
  readonly startMs: number;
  /** optional target: a station id, a department id */
  readonly target: string | null;
  /** the province it plays in (the scenario's province when it started) */
  readonly province: string;
}

export const DEFAULT_SEED = 20250701;
export const DEFAULT_PROVINCE = '92';
export const DEFAULT_DATASTREAMS = 300;
export const MAX_DATASTREAMS = 20_000;

interface ActiveFault {
  readonly fault: Fault;
  /** requests still to fail; Infinity for a lasting fault */
  remaining: number;
}

interface State {
  seed: number;
  province: string | null;
  datastreams: number;
  faults: Map<MockSourceId, ActiveFault>;
  stories: Map<StoryId, ActiveStory>;
  spec: string[];
}

function initialState(): State {
  return {
    seed: DEFAULT_SEED,
    province: null,
    datastreams: DEFAULT_DATASTREAMS,
    faults: new Map(),
    stories: new Map(),
    spec: [],
  };
}

let state: State = initialState();
let provinceProvider: () => string | null = () => null;
const listeners = new Set<() => void>();

/** Called after every change (the alert service drops its evaluation cache). */
export function onScenarioChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  for (const l of listeners) l();
}

export function mockSeed(): number {
  return state.seed;
}

export function setMockSeed(seed: number): void {
  state.seed = seed >>> 0;
  changed();
}

const isCurrentProvince = (code: string | null): code is string =>
  code !== null && ADMIN_UNITS.currentByCode(code)?.code === code;

/**
 * The province the sensor network and the alerts belong to: a real deployment serves one
 * province. A scenario can fix it (`province:01`); in the browser it follows the page's `unit`
 * parameter, then the runtime configuration's defaultUnit (browser.ts sets the provider).
 */
export function mockProvince(): string {
  if (state.province !== null) return state.province;
  const provided = provinceProvider();
  return isCurrentProvince(provided) ? provided : DEFAULT_PROVINCE;
}

export function setProvinceProvider(provider: () => string | null): void {
  provinceProvider = provider;
}

export function setMockProvince(code: string | null): void {
  if (code !== null && !isCurrentProvince(code))
    throw new Error(`not a current province: ${String(code)}`);
  state.province = code;
  changed();
}

/** Number of datastreams of the sensor network ("a few hundred"; up to 20,000 for benchmarks). */
export function mockDatastreamCount(): number {
  return state.datastreams;
}

export function setMockDatastreamCount(n: number): void {
  state.datastreams = Math.max(10, Math.min(MAX_DATASTREAMS, Math.round(n)));
  changed();
}

/** Make a source fail, for `times` requests (a transient fault) or until cleared. */
export function setFault(
  source: MockSourceId,
  fault: Fault | null,
  times = Number.POSITIVE_INFINITY,
): void {
  if (fault === null) state.faults.delete(source);
  else state.faults.set(source, { fault, remaining: times });
  changed();
}

export function clearFaults(): void {
  state.faults.clear();
  changed();
}

/** The fault in force for one request to a source, counting it against a "*N" limit. */
export function takeFault(source: MockSourceId): Fault | null {
  const active = state.faults.get(source);
  if (!active) return null;
  active.remaining -= 1;
  if (active.remaining <= 0) state.faults.delete(source);
  return active.fault;
}

/** The fault in force without counting a request (for derived views such as source health). */
export function peekFault(source: MockSourceId): Fault | null {
  return state.faults.get(source)?.fault ?? null;
}

export function startStory(id: StoryId, options: { startMs?: number; target?: string } = {}): void {
  state.stories.set(id, {
    id,
    startMs: options.startMs ?? mockNow(),
    target: options.target ?? null,
    province: mockProvince(),
  });
  changed();
}

export function stopStory(id: StoryId): void {
  state.stories.delete(id);
  changed();
}

export function activeStory(id: StoryId): ActiveStory | null {
  return state.stories.get(id) ?? null;
}

export function activeStories(): ActiveStory[] {
  return [...state.stories.values()];
}

/** Back to the defaults: real clock, seed, no fault, no story. */
export function resetScenario(): void {
  state = initialState();
  resetClock();
  changed();
}

export interface ScenarioDescription {
  readonly spec: string;
  readonly seed: number;
  readonly province: string;
  readonly datastreams: number;
  readonly faults: {
    readonly source: MockSourceId;
    readonly fault: Fault;
    readonly remaining: number | null;
  }[];
  readonly stories: ActiveStory[];
  readonly clock: ReturnType<typeof clockState>;
}

export function describeScenario(): ScenarioDescription {
  return {
    spec: state.spec.join(','),
    seed: state.seed,
    province: mockProvince(),
    datastreams: state.datastreams,
    faults: [...state.faults.entries()].map(([source, f]) => ({
      source,
      fault: f.fault,
      remaining: Number.isFinite(f.remaining) ? f.remaining : null,
    })),
    stories: activeStories(),
    clock: clockState(),
  };
}

const isSource = (s: string): s is MockSourceId => (MOCK_SOURCES as readonly string[]).includes(s);
const isFault = (s: string): s is Fault => (FAULTS as readonly string[]).includes(s);
const isStory = (s: string): s is StoryId => (STORIES as readonly string[]).includes(s);

/**
 * Applies a scenario spec, comma-separated parts:
 *   kpi:http-503        a fault on a source (kpi | sensors | alerts), lasting
 *   kpi:http-503*4      … for the first 4 requests only, then the source recovers
 *   story:flood         a trainer story (flood | late-spike | sensor-outage | online-rise);
 *   story:flood@son-tay   … with a target (a station id or name, a department id)
 *   story:flood/-2h       … that started two hours ago (or at an ISO date-time)
 *   speed:60            virtual clock at 60× real time
 *   start:-6h           virtual clock starting 6 h ago (or an ISO date-time); with speed
 *   freeze:2025-09-06T09:00:00+07:00   a stopped clock (tests, screenshots)
 *   seed:42             another deterministic data set
 *   province:01         fix the province of sensors and alerts
 *   datastreams:5000    size of the sensor network
 * Clock parts are applied first and stories last, whatever their order in the spec.
 * Unknown or malformed parts are ignored and listed.
 */
export function applyScenarioSpec(spec: string): { applied: string[]; ignored: string[] } {
  const applied: string[] = [];
  const ignored: string[] = [];
  const parts = spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(0, 50);

  // Clock first, stories last: a story starts at the virtual start, in the chosen province.
  const clockParts = parts.filter((p) => /^(speed|start|freeze):/.test(p));
  const otherParts = [
    ...parts.filter((p) => !/^(speed|start|freeze|story):/.test(p)),
    ...parts.filter((p) => p.startsWith('story:')),
  ];

  // Clock first.
  let speed: number | null = null;
  let startMs: number | null = null;
  for (const part of clockParts) {
    const [key, value] = splitOnce(part);
    if (key === 'speed') {
      const n = Number(value.replace(/^x/, ''));
      if (Number.isFinite(n) && n >= 0 && n <= 100_000) {
        speed = n;
        applied.push(part);
      } else ignored.push(part);
    } else if (key === 'start') {
      const ms = parseInstantOrOffset(value, mockNow());
      if (ms === null) ignored.push(part);
      else {
        startMs = ms;
        applied.push(part);
      }
    } else {
      const ms = parseInstantOrOffset(value, mockNow());
      if (ms === null) ignored.push(part);
      else {
        freezeClock(ms);
        applied.push(part);
      }
    }
  }
  if (speed !== null || startMs !== null) {
    startVirtualClock({
      ...(startMs === null ? {} : { startMs }),
      ...(speed === null ? {} : { speed }),
    });
  }

  for (const part of otherParts) {
    const [key, value] = splitOnce(part);
    const counted = /^([a-z0-9-]+)(?:\*(\d{1,6}))?$/.exec(value);
    if (isSource(key) && counted && isFault(counted[1] ?? '')) {
      const times = counted[2] === undefined ? Number.POSITIVE_INFINITY : Number(counted[2]);
      setFault(key, counted[1] as Fault, times);
      applied.push(part);
    } else if (key === 'story') {
      // story:<id>[@target][/start], start = an offset from now ("-2h") or an ISO date-time
      const m = /^([a-z-]+)(?:@([^/]{1,100}))?(?:\/(.+))?$/.exec(value);
      const id = m?.[1] ?? '';
      const startMs = m?.[3] === undefined ? undefined : parseInstantOrOffset(m[3], mockNow());
      if (m && isStory(id) && startMs !== null) {
        startStory(id, {
          ...(m[2] === undefined ? {} : { target: m[2] }),
          ...(startMs === undefined ? {} : { startMs }),
        });
        applied.push(part);
      } else ignored.push(part);
    } else if (key === 'seed' && /^\d{1,10}$/.test(value)) {
      setMockSeed(Number(value));
      applied.push(part);
    } else if (key === 'province' && isCurrentProvince(value)) {
      setMockProvince(value);
      applied.push(part);
    } else if (key === 'datastreams' && /^\d{1,6}$/.test(value)) {
      setMockDatastreamCount(Number(value));
      applied.push(part);
    } else {
      ignored.push(part);
    }
  }
  state.spec.push(...applied);
  changed();
  return { applied, ignored };
}

function splitOnce(part: string): [string, string] {
  const i = part.indexOf(':');
  return i < 0 ? [part, ''] : [part.slice(0, i), part.slice(i + 1)];
}
