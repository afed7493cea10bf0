import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { alertService } from '../alerts/handlers';
import { applyScenarioSpec, describeScenario, resetScenario } from '../scenario';
import { problem } from '../scenarios/transport';

/**
 * Control of the mocks while they run (trainers, e2e, the browser console):
 *   GET  /__mocks/scenario                 the scenario in force (spec, seed, clock, faults…)
 *   POST /__mocks/scenario { spec, keep? } resets (unless keep) and applies a spec
 *   POST /__mocks/reset                    defaults, and forgets stored alert actions
 * They exist only where the mocks run (never in a deployment on real sources).
 */
const body = z.object({ spec: z.string().max(2000), keep: z.boolean().optional() });

export const controlHandlers = [
  http.get('*/__mocks/scenario', () => HttpResponse.json(describeScenario())),
  http.post('*/__mocks/scenario', async ({ request }) => {
    let json: unknown;
    try {
      json = await request.json();
    } catch {
      return problem(400, 'Bad Request', 'body: expected JSON { "spec": "…" }');
    }
    const parsed = body.safeParse(json);
    if (!parsed.success)
      return problem(400, 'Bad Request', 'body: expected { "spec": string, "keep"?: boolean }');
    if (parsed.data.keep !== true) resetScenario();
    const result = applyScenarioSpec(parsed.data.spec);
    return HttpResponse.json({ ...result, scenario: describeScenario() });
  }),
  http.post('*/__mocks/reset', async () => {
    resetScenario();
    await alertService().clear();
    return new HttpResponse(null, { status: 204 });
  }),
];
