import { BUILTIN, builtinScenario } from './builtin';
import { parseOffset, parseScenario, parseScenarioText } from './format';
import flood from '../scenarios/flood.json';

const HOUR = 3_600_000;

describe('built-in scenarios', () => {
  test('every file validates and the four stories are there', () => {
    expect(BUILTIN.broken).toEqual([]);
    expect(BUILTIN.scenarios.map((s) => s.story).sort()).toEqual([
      'flood',
      'late-spike',
      'online-rise',
      'sensor-outage',
    ]);
  });

  test('offsets and instants become milliseconds', () => {
    const s = builtinScenario('flood');
    expect(s?.start).toBe(Date.parse('2025-10-20T06:00:00+07:00'));
    expect(s?.duration).toBe(14 * HOUR);
    expect(s?.events[2]?.at).toBe(3.75 * HOUR);
    expect(s?.tour.length).toBeGreaterThan(0);
  });
});

describe('parseOffset', () => {
  test.each([
    ['45m', 45 * 60_000],
    ['3h45m', 3.75 * HOUR],
    ['2d', 48 * HOUR],
    ['1d2h', 26 * HOUR],
    ['0m', 0],
    ['', null],
    ['3 h', null],
    ['-2h', null],
    ['h', null],
  ])('%s → %s', (text, ms) => {
    expect(parseOffset(text)).toBe(ms);
  });
});

/** A valid scenario with one field replaced (undefined removes it). */
function withField(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(flood) as unknown as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key as string] as Record<string, unknown>;
  const last = path[path.length - 1] as string;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}

describe('clear errors naming the field', () => {
  test.each([
    { path: ['format'], value: 'v2', field: 'format', message: /ioc-trainer-scenario\/1/ },
    { path: ['id'], value: 'Lũ lụt', field: 'id', message: /lower-case/ },
    { path: ['title', 'en'], value: '', field: 'title.en', message: /English text is required/ },
    { path: ['story'], value: 'earthquake', field: 'story', message: /flood/ },
    { path: ['unit'], value: '99', field: 'unit', message: /34 current provinces/ },
    { path: ['start'], value: '2025-10-20 06:00', field: 'start', message: /with its zone/ },
    { path: ['duration'], value: '14 hours', field: 'duration', message: /time offset/ },
    { path: ['baseRate'], value: 10_000, field: 'baseRate', message: /at most 6250/ },
    { path: ['events', 1, 'at'], value: '2x', field: 'events[1].at', message: /time offset/ },
    { path: ['events', 1, 'at'], value: '20h', field: 'events[1].at', message: /after the end/ },
    { path: ['events', 2, 'at'], value: '1h', field: 'events[2].at', message: /time order/ },
    { path: ['events', 1, 'level'], value: 'IV', field: 'events[1].level', message: /III/ },
    { path: ['tour', 0, 'target'], value: '<b>', field: 'tour[0].target', message: /panel type/ },
    { path: ['step'], value: undefined, field: 'step', message: /.+/ },
    { path: ['colour'], value: 'red', field: '', message: /colour/ },
  ])('$field', ({ path, value, field, message }) => {
    const result = parseScenario(withField(path, value));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.error.find((p) => p.field === field);
    expect(problem, JSON.stringify(result.error)).toBeDefined();
    expect(problem?.message).toMatch(message);
  });

  test('a file that is not JSON says so', () => {
    const result = parseScenarioText('{ "format": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.message).toMatch(/not valid JSON/);
  });

  test('the flood file round-trips through text', () => {
    expect(parseScenarioText(JSON.stringify(flood)).ok).toBe(true);
  });
});
