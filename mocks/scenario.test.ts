import { clockState, mockNow, resetClock } from './clock';
import {
  activeStory,
  applyScenarioSpec,
  describeScenario,
  mockDatastreamCount,
  mockProvince,
  mockSeed,
  peekFault,
  resetScenario,
  takeFault,
  DEFAULT_SEED,
} from './scenario';
import { NOW, freshMocks } from './testing';

describe('scenario spec', () => {
  beforeEach(() => freshMocks());
  afterAll(() => {
    resetScenario();
    resetClock();
  });

  test('applies known parts and lists unknown ones', () => {
    expect(
      applyScenarioSpec('kpi:http-503, sensors:down,foo:bar,kpi:nonsense,alerts:markup'),
    ).toEqual({
      applied: ['kpi:http-503', 'sensors:down', 'alerts:markup'],
      ignored: ['foo:bar', 'kpi:nonsense'],
    });
    expect(peekFault('kpi')).toBe('http-503');
    expect(peekFault('sensors')).toBe('down');
    expect(peekFault('alerts')).toBe('markup');
  });

  test('a counted fault fails the first N requests, then the source recovers', () => {
    applyScenarioSpec('kpi:http-503*2');
    expect(takeFault('kpi')).toBe('http-503');
    expect(takeFault('kpi')).toBe('http-503');
    expect(takeFault('kpi')).toBeNull();
    expect(takeFault('sensors')).toBeNull();
  });

  test('seed, province and network size', () => {
    expect(mockSeed()).toBe(DEFAULT_SEED);
    applyScenarioSpec('seed:42,province:01,datastreams:5000');
    expect(mockSeed()).toBe(42);
    expect(mockProvince()).toBe('01');
    expect(mockDatastreamCount()).toBe(5000);
    expect(applyScenarioSpec('province:02,seed:x').ignored).toEqual(['province:02', 'seed:x']);
  });

  test('clock parts apply before stories, which start at the virtual start', () => {
    applyScenarioSpec('story:flood@son-tay,start:-6h,speed:60');
    const story = activeStory('flood');
    expect(story?.target).toBe('son-tay');
    expect(story?.startMs).toBeGreaterThanOrEqual(NOW - 6 * 3_600_000);
    expect(story?.startMs).toBeLessThan(NOW - 6 * 3_600_000 + 60_000);
    expect(clockState()).toMatchObject({ mode: 'virtual', speed: 60 });
  });

  test('a virtual clock runs faster than real time', async () => {
    applyScenarioSpec('speed:3600');
    const a = mockNow();
    await new Promise((r) => setTimeout(r, 50));
    // 50 ms real ≥ 180 s virtual (a little slack for timer resolution)
    expect(mockNow() - a).toBeGreaterThan(150_000);
  });

  test('a story may start in the past', () => {
    applyScenarioSpec(
      'story:sensor-outage@traffic/-2h,story:online-rise/2026-06-01T00:00:00+07:00',
    );
    expect(activeStory('sensor-outage')).toMatchObject({
      target: 'traffic',
      startMs: NOW - 2 * 3_600_000,
    });
    expect(activeStory('online-rise')?.startMs).toBe(Date.parse('2026-06-01T00:00:00+07:00'));
    expect(applyScenarioSpec('story:flood/soon').ignored).toEqual(['story:flood/soon']);
    applyScenarioSpec('story:flood/-4h30m');
    expect(activeStory('flood')?.startMs).toBe(NOW - 4.5 * 3_600_000);
  });

  test('freeze and ISO start', () => {
    applyScenarioSpec('freeze:2025-08-15T09:00:00+07:00');
    expect(mockNow()).toBe(Date.parse('2025-08-15T09:00:00+07:00'));
    expect(applyScenarioSpec('start:yesterday').ignored).toEqual(['start:yesterday']);
  });

  test('describe reports the state; reset restores the defaults', () => {
    applyScenarioSpec('sensors:huge*3,story:late-spike');
    expect(describeScenario()).toMatchObject({
      spec: 'sensors:huge*3,story:late-spike',
      faults: [{ source: 'sensors', fault: 'huge', remaining: 3 }],
      stories: [{ id: 'late-spike', province: '92' }],
    });
    resetScenario();
    expect(describeScenario()).toMatchObject({ spec: '', faults: [], stories: [] });
  });
});
