import { builtinScenario } from '../scenario/builtin';
import type { Scenario } from '../scenario/format';

/**
 * Scenarios the page knows: the built-in files and those opened from disk during this visit
 * (an opened file lives until the page is reloaded; docs/trainer.md).
 */
const opened = new Map<string, Scenario>();

export function registerOpenedScenario(scenario: Scenario): void {
  opened.set(scenario.id, scenario);
}

export function findScenario(id: string): Scenario | null {
  return opened.get(id) ?? builtinScenario(id);
}
