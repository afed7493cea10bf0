import { setRuntimeConfig } from '../src/data/config/current-config';
import { parseRuntimeConfig } from '../src/data/config/runtime-config';
import defaultConfig from '../public/config.json';

/** The shipped default configuration (mocks on), as the app would load it. */
export function applyDefaultConfig(): void {
  const parsed = parseRuntimeConfig(defaultConfig);
  if (!parsed.ok)
    throw new Error(`public/config.json is invalid: ${JSON.stringify(parsed.problems)}`);
  setRuntimeConfig(parsed.config);
}
