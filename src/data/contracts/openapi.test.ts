import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { alertPageSchema, parseAlerts } from './alerts';
import { dossierStatsPageSchema, parseDossierStats } from './dossier-stats';
import { indexScorePageSchema, parseIndexScores } from './index-scores';
import { kpiObservationPageSchema, parseKpiObservations } from './kpi-observation';
import { lateDossierPageSchema, parseLateDossiers } from './late-dossiers';
import { parseProcedureStats, procedureStatsPageSchema } from './procedure-stats';
import { parseSourceHealth, sourceHealthReportSchema } from './source-health';
import { parseUnitListings, unitListingPageSchema } from './units';
import {
  buildKpiOpenApiDocument,
  EXAMPLE_ALERT_PAGE,
  EXAMPLE_DOSSIER_PAGE,
  EXAMPLE_INDEX_PAGE,
  EXAMPLE_KPI_PAGE,
  EXAMPLE_LATE_DOSSIER_PAGE,
  EXAMPLE_PROCEDURE_PAGE,
  EXAMPLE_SOURCE_HEALTH,
  EXAMPLE_UNIT_PAGE,
} from './openapi';

const DOC_PATH = resolve(__dirname, '../../../docs/openapi/kpi-api.openapi.json');
const NOW = { nowMs: Date.parse('2025-10-01T00:00:00+07:00') };

type Schema = Record<string, unknown>;
type Doc = { components: { schemas: Record<string, Schema> }; paths: Record<string, unknown> };

/**
 * A validator for the JSON Schema keywords the generator emits (type, properties, required,
 * items, maxItems, min/maxLength, pattern, enum, anyOf, minimum, maximum, exclusiveMinimum,
 * $ref). Enough to check that the published document accepts exactly what the runtime accepts.
 */
function validates(schema: Schema, value: unknown, root: Doc): boolean {
  if (typeof schema.$ref === 'string') {
    const id = schema.$ref.replace('#/components/schemas/', '');
    const target = root.components.schemas[id];
    return target !== undefined && validates(target, value, root);
  }
  if (Array.isArray(schema.anyOf))
    return (schema.anyOf as Schema[]).some((s) => validates(s, value, root));
  if (Array.isArray(schema.enum) && !(schema.enum as unknown[]).includes(value)) return false;
  const types = schema.type === undefined ? [] : ([] as unknown[]).concat(schema.type);
  if (types.length > 0) {
    const actual =
      value === null
        ? 'null'
        : Array.isArray(value)
          ? 'array'
          : typeof value === 'number' && Number.isInteger(value)
            ? 'integer'
            : typeof value;
    const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
    if (!ok) return false;
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
      return false;
  }
  if (typeof value === 'string') {
    const length = Array.from(value).length; // code points, as JSON Schema counts
    if (typeof schema.minLength === 'number' && length < schema.minLength) return false;
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) return false;
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      return false;
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return false;
    if (
      schema.items !== undefined &&
      !value.every((v) => validates(schema.items as Schema, v, root))
    )
      return false;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? [])
      if (!(key in record)) return false;
    const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [key, sub] of Object.entries(props)) {
      if (key in record && !validates(sub, record[key], root)) return false;
    }
  }
  return true;
}

describe('OpenAPI document of the KPI REST contract', () => {
  const generated = buildKpiOpenApiDocument() as unknown as Doc;

  it('docs/openapi/kpi-api.openapi.json is the document generated from the runtime schemas', () => {
    const text = `${JSON.stringify(generated, null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') writeFileSync(DOC_PATH, text);
    const onDisk = JSON.parse(readFileSync(DOC_PATH, 'utf8')) as unknown;
    expect(onDisk).toEqual(generated);
  });

  it('is OpenAPI 3.1 with every $ref resolving', () => {
    expect((generated as unknown as { openapi: string }).openapi).toBe('3.1.0');
    const refs: string[] = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x !== null && typeof x === 'object') {
        for (const [k, v] of Object.entries(x)) {
          if (k === '$ref' && typeof v === 'string') refs.push(v);
          else walk(v);
        }
      }
    };
    walk(generated);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const parts = ref.replace(/^#\//, '').split('/');
      let node: unknown = generated;
      for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
      expect(node, ref).toBeDefined();
    }
    expect(Object.keys(generated.paths)).toEqual([
      '/kpi-observations',
      '/dossier-statistics',
      '/index-scores',
      '/alerts',
      '/procedure-statistics',
      '/late-dossiers',
      '/units',
      '/source-health',
    ]);
  });

  it('its examples pass the runtime parsers, semantics included', () => {
    expect(parseKpiObservations(EXAMPLE_KPI_PAGE, NOW).ok).toBe(true);
    expect(parseDossierStats(EXAMPLE_DOSSIER_PAGE, NOW).ok).toBe(true);
    expect(parseIndexScores(EXAMPLE_INDEX_PAGE, NOW).ok).toBe(true);
    expect(parseAlerts(EXAMPLE_ALERT_PAGE, NOW).ok).toBe(true);
    expect(parseProcedureStats(EXAMPLE_PROCEDURE_PAGE, NOW).ok).toBe(true);
    expect(parseLateDossiers(EXAMPLE_LATE_DOSSIER_PAGE, NOW).ok).toBe(true);
    expect(parseUnitListings(EXAMPLE_UNIT_PAGE, NOW).ok).toBe(true);
    expect(parseSourceHealth(EXAMPLE_SOURCE_HEALTH, NOW).ok).toBe(true);
  });

  const cases: [string, z.ZodType, unknown][] = [
    ['KpiObservationPage', kpiObservationPageSchema, EXAMPLE_KPI_PAGE],
    ['DossierStatisticsPage', dossierStatsPageSchema, EXAMPLE_DOSSIER_PAGE],
    ['IndexScorePage', indexScorePageSchema, EXAMPLE_INDEX_PAGE],
    ['AlertPage', alertPageSchema, EXAMPLE_ALERT_PAGE],
    ['ProcedureStatisticsPage', procedureStatsPageSchema, EXAMPLE_PROCEDURE_PAGE],
    ['LateDossierPage', lateDossierPageSchema, EXAMPLE_LATE_DOSSIER_PAGE],
    ['UnitListingPage', unitListingPageSchema, EXAMPLE_UNIT_PAGE],
    ['SourceHealthReport', sourceHealthReportSchema, EXAMPLE_SOURCE_HEALTH],
  ];

  it.each(cases)(
    '%s in the document accepts exactly what the runtime schema accepts',
    (id, schema, example) => {
      const jsonSchema = generated.components.schemas[id]!;
      expect(validates(jsonSchema, example, generated)).toBe(true);
      const listKey = Object.keys(example as object)[0]!;
      const item = (example as Record<string, Record<string, unknown>[]>)[listKey]![0]!;
      const fields = Object.keys(item);
      fc.assert(
        fc.property(
          fc.constantFrom(...fields),
          fc.oneof(fc.jsonValue(), fc.constant(undefined)),
          (field, replacement) => {
            const mutated = { [listKey]: [{ ...item, [field]: replacement }] };
            const payload = JSON.parse(JSON.stringify(mutated)) as unknown;
            return schema.safeParse(payload).success === validates(jsonSchema, payload, generated);
          },
        ),
        { numRuns: 400 },
      );
    },
  );
});
