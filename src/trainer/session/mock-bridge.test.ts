import { createVirtualClock, play } from '../../domain/time/virtual-clock';
import { builtinScenario } from '../scenario/builtin';
import { clockSpec, scenarioSpec } from './mock-bridge';

const START = Date.parse('2025-10-20T06:00:00+07:00');

test('the scenario becomes a mock story spec with province, target and start', () => {
  expect(scenarioSpec(builtinScenario('flood')!)).toBe(
    'province:01,story:flood/2025-10-19T23:00:00.000Z',
  );
  expect(scenarioSpec(builtinScenario('late-spike')!)).toBe(
    'province:92,story:late-spike@so-nnmt/2025-11-03T03:00:00.000Z',
  );
});

test('a paused clock freezes the mocks; a running one runs them at its rate from now', () => {
  const paused = createVirtualClock({ startMs: START, rate: 960 }, 1_000);
  expect(clockSpec(paused, 5_000)).toBe('freeze:2025-10-19T23:00:00.000Z');
  const running = play(paused, 1_000);
  // 3.75 real seconds at 960× = one virtual hour
  expect(clockSpec(running, 4_750)).toBe('start:2025-10-20T00:00:00.000Z,speed:960');
});
