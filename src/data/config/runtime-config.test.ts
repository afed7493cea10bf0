import defaultConfig from '../../../public/config.json';
import exampleConfig from '../../../public/config.example.json';
import { parseRuntimeConfig } from './runtime-config';

const valid = structuredClone(defaultConfig);

function withChange(change: (c: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(valid) as unknown as Record<string, unknown>;
  change(copy);
  return copy;
}

describe('runtime configuration', () => {
  test.each([
    ['the shipped config.json', defaultConfig],
    ['the example', exampleConfig],
  ])('%s is valid and runs on mocks', (_name, config) => {
    const parsed = parseRuntimeConfig(config);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.config.mocks).toBe(true);
  });

  test('defaults fill optional fields', () => {
    const parsed = parseRuntimeConfig(
      withChange((c) => {
        delete c.defaultLanguage;
        delete c.basemapStyleUrl;
      }),
    );
    expect(parsed.ok && parsed.config.defaultLanguage).toBe('vi');
    expect(parsed.ok && parsed.config.basemapStyleUrl).toBeNull();
  });

  test.each([
    ['not an object', 'hello', '(file)'],
    ['null', null, '(file)'],
    ['mocks missing', withChange((c) => delete c.mocks), 'mocks'],
    ['mocks as a string', withChange((c) => (c.mocks = 'yes')), 'mocks'],
    ['a three-digit unit', withChange((c) => (c.defaultUnit = '920')), 'defaultUnit'],
    ['an unknown language', withChange((c) => (c.defaultLanguage = 'fr')), 'defaultLanguage'],
    [
      'an empty KPI base URL',
      withChange((c) => ((c.sources as { kpi: { baseUrl: string } }).kpi.baseUrl = '')),
      'sources.kpi.baseUrl',
    ],
    [
      'a missing sensors source',
      withChange((c) => delete (c.sources as Record<string, unknown>).sensors),
      'sources.sensors',
    ],
    ['a typo in a field name', withChange((c) => (c.mock = true)), 'mock'],
    [
      'a basemap that is not a URL',
      withChange((c) => (c.basemapStyleUrl = 'not a url')),
      'basemapStyleUrl',
    ],
    [
      'an absurd timeout',
      withChange((c) => ((c.sources as { kpi: { timeoutMs: number } }).kpi.timeoutMs = 5)),
      'sources.kpi.timeoutMs',
    ],
  ])('%s is refused, naming the field', (_name, input, field) => {
    const parsed = parseRuntimeConfig(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.field)).toContain(field);
  });
});
