import { isRunning, virtualNow, type VirtualClock } from '../../domain/time/virtual-clock';
import type { Scenario } from '../scenario/format';

/**
 * How trainer mode drives the embedded mock sources: through the mocks' own control handle
 * (`window.iocMocks`, docs/mocks.md), with scenario specs. The page's virtual clock is the
 * source of truth; each change of it is sent to the mocks as `freeze:` (paused) or
 * `start:…,speed:…` (running), computed from the same state and the same real clock, so the
 * mocks' "now" and the UI's "now" are one function of real time.
 */
export interface MockControlHandle {
  apply(spec: string): { applied: string[]; ignored: string[] };
  reset(): Promise<void>;
  now(): number;
}

export function mockControl(): MockControlHandle | null {
  const handle = (window as unknown as { iocMocks?: MockControlHandle }).iocMocks;
  return handle ?? null;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** The story of a scenario as a mock spec: province, story with target and start. */
export function scenarioSpec(scenario: Scenario): string {
  const target = scenario.target === null ? '' : `@${scenario.target}`;
  return `province:${scenario.unit},story:${scenario.story}${target}/${iso(scenario.start + scenario.storyAt)}`;
}

/** The clock as a mock spec at a real instant. */
export function clockSpec(clock: VirtualClock, realMs: number): string {
  const now = virtualNow(clock, realMs);
  return isRunning(clock, realMs) ? `start:${iso(now)},speed:${clock.rate}` : `freeze:${iso(now)}`;
}
