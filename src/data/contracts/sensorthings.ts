import { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';
import type {
  GeoPoint,
  SensorDatastream,
  SensorObservation,
  SensorPage,
  SensorThing,
} from '../../domain/sensors/types';
import { contractError, type ContractError } from './errors';
import type { ParseOptions } from './kpi-observation';
import { contextOf, instantAt, safeParse, type MapContext } from './parse-helpers';

/**
 * The OGC SensorThings API v1.1 entities the app reads: Thing, Location, Datastream, Sensor,
 * ObservedProperty, Observation, FeatureOfInterest; collections with @iot.count and
 * @iot.nextLink; and the compact $resultFormat=dataArray form. Unknown properties are ignored
 * (servers add their own); what the app uses is checked.
 */

const iotId = z.union([
  z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  z.string().min(1).max(200),
]);
const name = z.string().max(500);
const description = z.string().max(5000);
/** A link the HTTP layer may follow: http(s) only, bounded length. */
const link = z.url({ protocol: /^https?$/ }).max(4000);
const properties = z.record(z.string().max(200), z.unknown());

const position = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .rest(z.number());
const geoPoint = z.object({ type: z.literal('Point'), coordinates: position });
const geoFeaturePoint = z.object({ type: z.literal('Feature'), geometry: geoPoint });
/** Any GeoJSON object; only points are mapped, other shapes give no map position. */
const geoJson = z.union([geoPoint, geoFeaturePoint, z.object({ type: z.string().max(50) })]);

const instantLike = z.string().min(1).max(100);

export const unitOfMeasurementSchema = z.object({
  name: z.string().max(200).nullable().optional(),
  symbol: z.string().max(50).nullable().optional(),
  definition: z.string().max(1000).nullable().optional(),
});

export const observedPropertySchema = z.object({
  '@iot.id': iotId,
  name,
  definition: z.string().max(1000).optional(),
  description: description.optional(),
});

export const sensorSchema = z.object({
  '@iot.id': iotId,
  name,
  description: description.optional(),
  encodingType: z.string().max(200).optional(),
  metadata: z.unknown().optional(),
});

export const featureOfInterestSchema = z.object({
  '@iot.id': iotId,
  name,
  description: description.optional(),
  encodingType: z.string().max(200).optional(),
  feature: geoJson,
});

export const locationSchema = z.object({
  '@iot.id': iotId,
  name,
  description: description.optional(),
  encodingType: z.string().max(200).optional(),
  location: geoJson,
});

export const observationSchema = z.object({
  '@iot.id': iotId,
  '@iot.selfLink': link.optional(),
  phenomenonTime: instantLike.meta({ description: 'ISO 8601 instant or interval "start/end".' }),
  resultTime: instantLike.nullable().optional(),
  result: z.union([
    z.number(),
    z.string().max(1000),
    z.boolean(),
    z.null(),
    z.record(z.string(), z.unknown()),
  ]),
  Datastream: z.object({ '@iot.id': iotId }).optional(),
  FeatureOfInterest: featureOfInterestSchema.optional(),
});

export const datastreamSchema = z.object({
  '@iot.id': iotId,
  '@iot.selfLink': link.optional(),
  name,
  description: description.optional(),
  unitOfMeasurement: unitOfMeasurementSchema,
  observationType: z.string().max(300).optional(),
  observedArea: geoJson.nullable().optional(),
  phenomenonTime: instantLike.nullable().optional(),
  resultTime: instantLike.nullable().optional(),
  ObservedProperty: observedPropertySchema.optional(),
  Sensor: sensorSchema.optional(),
  Thing: z.object({ '@iot.id': iotId }).optional(),
  Observations: z.array(observationSchema).max(10_000).optional(),
  'Observations@iot.nextLink': link.optional(),
});

export const thingSchema = z.object({
  '@iot.id': iotId,
  '@iot.selfLink': link.optional(),
  name,
  description: description.optional(),
  properties: properties.nullable().optional(),
  Locations: z.array(locationSchema).max(100).optional(),
  Datastreams: z.array(datastreamSchema).max(1000).optional(),
});

/** A collection response: `{ "@iot.count"?, "@iot.nextLink"?, "value": [...] }`. */
export function collectionSchema<T extends z.ZodType>(item: T) {
  return z.object({
    '@iot.count': z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    '@iot.nextLink': link.optional(),
    value: z.array(item).max(10_000),
  });
}

/** `$resultFormat=dataArray`: one block per datastream, rows ordered as `components`. */
export const dataArrayResponseSchema = z.object({
  '@iot.count': z.number().int().min(0).optional(),
  '@iot.nextLink': link.optional(),
  value: z
    .array(
      z.object({
        'Datastream@iot.navigationLink': link.optional(),
        components: z.array(z.string().max(100)).min(1).max(50),
        'dataArray@iot.count': z.number().int().min(0).optional(),
        dataArray: z.array(z.array(z.unknown()).max(50)).max(100_000),
      }),
    )
    .max(1000),
});

/** SensorThings ids may be numbers or strings; the client keeps them as text. */
export const idText = (id: string | number): string => String(id);

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with a zone (Z or an offset), not in the future beyond the skew. */
export function checkedInstant(
  text: string,
  field: string,
  ctx: MapContext,
): Result<number, ContractError> {
  if (!ISO_WITH_ZONE.test(text)) {
    return err(
      contractError(field, 'expected an ISO 8601 date-time with Z or an offset', ctx.source),
    );
  }
  return instantAt(text, field, ctx);
}

function numericResult(
  result: unknown,
  field: string,
  ctx: MapContext,
): Result<number | null, ContractError> {
  if (result === null) return ok(null);
  if (typeof result === 'number' && Number.isFinite(result) && Math.abs(result) <= 1e15) {
    return ok(result);
  }
  return err(contractError(field, 'expected a finite number or null', ctx.source));
}

function pointOf(geo: z.infer<typeof geoJson> | null | undefined): GeoPoint | null {
  if (geo === null || geo === undefined) return null;
  const point = 'geometry' in geo ? geo.geometry : 'coordinates' in geo ? geo : null;
  if (point === null) return null;
  const [longitude, latitude] = point.coordinates;
  return { longitude, latitude };
}

export function toSensorObservation(
  dto: z.infer<typeof observationSchema>,
  at: string,
  ctx: MapContext,
  datastreamId: string | null = null,
): Result<SensorObservation, ContractError> {
  const start = dto.phenomenonTime.split('/')[0] ?? '';
  const phenomenon = checkedInstant(start, `${at}.phenomenonTime`, ctx);
  if (!phenomenon.ok) return phenomenon;
  let resultTimeMs: number | null = null;
  if (typeof dto.resultTime === 'string') {
    const rt = checkedInstant(dto.resultTime, `${at}.resultTime`, ctx);
    if (!rt.ok) return rt;
    resultTimeMs = rt.value;
  }
  const result = numericResult(dto.result, `${at}.result`, ctx);
  if (!result.ok) return result;
  return ok({
    id: idText(dto['@iot.id']),
    phenomenonTimeMs: phenomenon.value,
    phenomenonTimeText: dto.phenomenonTime,
    resultTimeMs,
    result: result.value,
    datastreamId: dto.Datastream ? idText(dto.Datastream['@iot.id']) : datastreamId,
  });
}

export function toSensorDatastream(
  dto: z.infer<typeof datastreamSchema>,
  at: string,
  ctx: MapContext,
): Result<SensorDatastream, ContractError> {
  const id = idText(dto['@iot.id']);
  let phenomenonStartMs: number | null = null;
  let phenomenonEndMs: number | null = null;
  if (typeof dto.phenomenonTime === 'string') {
    const [startText, endText] = dto.phenomenonTime.split('/');
    const s = checkedInstant(startText ?? '', `${at}.phenomenonTime`, ctx);
    if (!s.ok) return s;
    phenomenonStartMs = s.value;
    if (endText !== undefined) {
      const e = checkedInstant(endText, `${at}.phenomenonTime`, ctx);
      if (!e.ok) return e;
      phenomenonEndMs = e.value;
    }
  }
  let latest: SensorObservation | null = null;
  for (const [i, o] of (dto.Observations ?? []).entries()) {
    const mapped = toSensorObservation(o, `${at}.Observations[${i}]`, ctx, id);
    if (!mapped.ok) return mapped;
    if (latest === null || mapped.value.phenomenonTimeMs > latest.phenomenonTimeMs)
      latest = mapped.value;
  }
  return ok({
    id,
    name: dto.name,
    description: dto.description ?? '',
    unitOfMeasurement: {
      name: dto.unitOfMeasurement.name ?? '',
      symbol: dto.unitOfMeasurement.symbol ?? '',
      definition: dto.unitOfMeasurement.definition ?? '',
    },
    observedPropertyName: dto.ObservedProperty?.name ?? null,
    thingId: dto.Thing ? idText(dto.Thing['@iot.id']) : null,
    phenomenonStartMs,
    phenomenonEndMs,
    latest,
  });
}

export function toSensorThing(dto: z.infer<typeof thingSchema>): SensorThing {
  return {
    id: idText(dto['@iot.id']),
    name: dto.name,
    description: dto.description ?? '',
    properties: dto.properties ?? {},
    location: pointOf(dto.Locations?.[0]?.location),
  };
}

function page<T>(
  items: T[],
  raw: { '@iot.nextLink'?: string; '@iot.count'?: number },
): SensorPage<T> {
  return { items, nextLink: raw['@iot.nextLink'] ?? null, count: raw['@iot.count'] ?? null };
}

export function parseThings(
  json: unknown,
  options: ParseOptions = {},
): Result<SensorPage<SensorThing>, ContractError> {
  const parsed = safeParse(collectionSchema(thingSchema), json, options.source);
  if (!parsed.ok) return parsed;
  return ok(page(parsed.value.value.map(toSensorThing), parsed.value));
}

export function parseDatastreams(
  json: unknown,
  options: ParseOptions = {},
): Result<SensorPage<SensorDatastream>, ContractError> {
  const parsed = safeParse(collectionSchema(datastreamSchema), json, options.source);
  if (!parsed.ok) return parsed;
  const ctx = contextOf(options);
  const items: SensorDatastream[] = [];
  for (const [i, dto] of parsed.value.value.entries()) {
    const mapped = toSensorDatastream(dto, `value[${i}]`, ctx);
    if (!mapped.ok) return mapped;
    items.push(mapped.value);
  }
  return ok(page(items, parsed.value));
}

export function parseObservations(
  json: unknown,
  options: ParseOptions & { readonly datastreamId?: string } = {},
): Result<SensorPage<SensorObservation>, ContractError> {
  const parsed = safeParse(collectionSchema(observationSchema), json, options.source);
  if (!parsed.ok) return parsed;
  const ctx = contextOf(options);
  const items: SensorObservation[] = [];
  for (const [i, dto] of parsed.value.value.entries()) {
    const mapped = toSensorObservation(dto, `value[${i}]`, ctx, options.datastreamId ?? null);
    if (!mapped.ok) return mapped;
    items.push(mapped.value);
  }
  return ok(page(items, parsed.value));
}

/** Datastream id from a navigation link such as ".../v1.1/Datastreams(17)". */
function datastreamIdFromLink(href: string | undefined): string | null {
  if (href === undefined) return null;
  const m = /Datastreams\((?:'([^']{1,200})'|(\d{1,20}))\)/.exec(href);
  return m?.[1] ?? m?.[2] ?? null;
}

/**
 * `$resultFormat=dataArray` → observations. Each block names its columns in `components`;
 * `phenomenonTime` and `result` are required, `id` and `resultTime` used when present. A row
 * whose length differs from the components is refused.
 */
export function parseObservationsDataArray(
  json: unknown,
  options: ParseOptions = {},
): Result<SensorPage<SensorObservation>, ContractError> {
  const parsed = safeParse(dataArrayResponseSchema, json, options.source);
  if (!parsed.ok) return parsed;
  const ctx = contextOf(options);
  const items: SensorObservation[] = [];
  for (const [b, block] of parsed.value.value.entries()) {
    const at = `value[${b}]`;
    const col = (name: string): number => block.components.indexOf(name);
    const [iId, iTime, iResult, iResultTime] = [
      col('id'),
      col('phenomenonTime'),
      col('result'),
      col('resultTime'),
    ];
    if (iTime < 0 || iResult < 0) {
      return err(
        contractError(`${at}.components`, 'must include phenomenonTime and result', ctx.source),
      );
    }
    const datastreamId = datastreamIdFromLink(block['Datastream@iot.navigationLink']);
    for (const [r, row] of block.dataArray.entries()) {
      const rowAt = `${at}.dataArray[${r}]`;
      if (row.length !== block.components.length) {
        return err(
          contractError(
            rowAt,
            `has ${row.length} values for ${block.components.length} components`,
            ctx.source,
          ),
        );
      }
      const time = row[iTime];
      if (typeof time !== 'string' || time.length > 100) {
        return err(
          contractError(`${rowAt}[${iTime}]`, 'phenomenonTime must be a string', ctx.source),
        );
      }
      const phenomenon = checkedInstant(time.split('/')[0] ?? '', `${rowAt}[${iTime}]`, ctx);
      if (!phenomenon.ok) return phenomenon;
      const result = numericResult(row[iResult], `${rowAt}[${iResult}]`, ctx);
      if (!result.ok) return result;
      let resultTimeMs: number | null = null;
      const rt = iResultTime >= 0 ? row[iResultTime] : null;
      if (typeof rt === 'string') {
        const parsedRt = checkedInstant(rt, `${rowAt}[${iResultTime}]`, ctx);
        if (!parsedRt.ok) return parsedRt;
        resultTimeMs = parsedRt.value;
      }
      const rawId = iId >= 0 ? row[iId] : undefined;
      const id =
        typeof rawId === 'number' || (typeof rawId === 'string' && rawId.length <= 200)
          ? String(rawId)
          : `${datastreamId ?? b}@${time}`;
      items.push({
        id,
        phenomenonTimeMs: phenomenon.value,
        phenomenonTimeText: time,
        resultTimeMs,
        result: result.value,
        datastreamId,
      });
    }
  }
  return ok({
    items,
    nextLink: parsed.value['@iot.nextLink'] ?? null,
    count: parsed.value['@iot.count'] ?? null,
  });
}
