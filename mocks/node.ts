import { setupServer } from 'msw/node';
import { alertService } from './alerts/handlers';
import { handlers } from './handlers';
import { resetScenario } from './scenario';

/** The same handlers in Node, for Vitest. */
export const mockServer = setupServer(...handlers);

/**
 * Back to the default scenario (real clock, default seed, no fault, no story) and an empty
 * alert store. Call it after each test that changes the scenario.
 */
export async function resetMocks(): Promise<void> {
  resetScenario();
  await alertService().clear();
}
