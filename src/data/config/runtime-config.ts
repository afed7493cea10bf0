import { z } from 'zod';

/**
 * The runtime configuration: read from `config.json` next to index.html at start, so the
 * same build can run on its embedded mock data or against a province's real endpoints.
 * See docs/configuration.md.
 */
const sourceSchema = z.strictObject({
  /** Base URL of the source, absolute or relative to the page. No trailing slash needed. */
  baseUrl: z.string().min(1),
  /** How long to wait for an answer before the panel shows a timeout. */
  timeoutMs: z.number().int().min(1000).max(120_000).default(15_000),
});

export const runtimeConfigSchema = z.strictObject({
  /** Serve every source from the built-in mock service worker (demo, classroom, development). */
  mocks: z.boolean(),
  /** Statistical code of the province shown by default (Decision 19/2025/QĐ-TTg). */
  defaultUnit: z.string().regex(/^\d{2}$/, 'a two-digit province code, e.g. "92"'),
  defaultLanguage: z.enum(['vi', 'en']).default('vi'),
  sources: z.strictObject({
    kpi: sourceSchema,
    sensors: sourceSchema,
    alerts: sourceSchema,
    geodata: sourceSchema,
  }),
  /**
   * Optional live sensor transport: MQTT over WebSocket (SensorThings v1.1 topics). Absent:
   * the sensors scene polls the REST service. See docs/sensors.md.
   */
  sensorsMqtt: z
    .strictObject({
      url: z.url({ protocol: /^wss?$/ }),
      topicPrefix: z.string().min(1).max(100).default('v1.1'),
    })
    .optional(),
  /** Optional external basemap style (MapLibre style URL); none by default: works offline. */
  basemapStyleUrl: z.url().nullable().default(null),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;
export type SourceId = keyof RuntimeConfig['sources'];

export interface ConfigProblem {
  /** Dotted path of the offending field, e.g. "sources.kpi.baseUrl"; "(file)" for the whole file. */
  field: string;
  message: string;
}

export type ConfigParseResult =
  { ok: true; config: RuntimeConfig } | { ok: false; problems: ConfigProblem[] };

export function parseRuntimeConfig(json: unknown): ConfigParseResult {
  const parsed = runtimeConfigSchema.safeParse(json);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.flatMap((issue) => {
      // An unknown key (often a typo) is named itself, so the operator sees which line to fix.
      const paths =
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => [...issue.path, key])
          : [issue.path];
      return paths.map((path) => ({
        field: path.length > 0 ? path.map(String).join('.') : '(file)',
        message: issue.message,
      }));
    }),
  };
}
