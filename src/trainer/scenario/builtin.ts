import { parseScenario, type Scenario, type ScenarioProblem } from './format';

/**
 * The built-in scenarios: every JSON file in src/trainer/scenarios/, validated at load. A
 * trainer adds one by dropping a file there (docs/trainer.md) — or opens a file in the trainer
 * screen without rebuilding. A broken built-in file is listed with its problems, never a crash.
 */
const FILES = import.meta.glob<unknown>('../scenarios/*.json', { eager: true, import: 'default' });

export interface BrokenScenarioFile {
  readonly file: string;
  readonly problems: readonly ScenarioProblem[];
}

function load(): { scenarios: Scenario[]; broken: BrokenScenarioFile[] } {
  const scenarios: Scenario[] = [];
  const broken: BrokenScenarioFile[] = [];
  for (const [path, json] of Object.entries(FILES).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.split('/').pop() ?? path;
    const parsed = parseScenario(json);
    if (!parsed.ok) broken.push({ file, problems: parsed.error });
    else if (scenarios.some((s) => s.id === parsed.value.id))
      broken.push({
        file,
        problems: [{ field: 'id', message: `"${parsed.value.id}" is used twice` }],
      });
    else scenarios.push(parsed.value);
  }
  return { scenarios, broken };
}

export const BUILTIN = load();

export function builtinScenario(id: string): Scenario | null {
  return BUILTIN.scenarios.find((s) => s.id === id) ?? null;
}
