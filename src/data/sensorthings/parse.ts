import { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';
import { contractError, type ContractError } from '../contracts/errors';
import { contextOf, safeParse, type MapContext } from '../contracts/parse-helpers';
import {
  checkedInstant,
  collectionSchema,
  dataArrayResponseSchema,
  datastreamSchema,
  idText,
  observationSchema,
  thingSchema,
} from '../contracts/sensorthings';
import type { AlarmLevels, StaDatastream, StaObservation, StaStation, StationKind } from './model';
import { isPlausible } from './ranges';
import { createSlicer, type Slicer } from './slice';

/**
 * SensorThings payload → client model. Reuses the contract's schemas (src/data/contracts/
 * sensorthings.ts) and adds what the sensors scene needs that the contract drops: Datastream
 * `properties` (cadence, alarm levels, property key), interval phenomenon times and
 * non-numeric results (kept as text, never plotted).
 */

export interface ParseOptions {
  readonly source?: string;
  readonly nowMs?: number;
}

const SOURCE = 'sensors';
const properties = z.record(z.string().max(200), z.unknown());
const datastreamWithProps = datastreamSchema.extend({
  properties: properties.nullable().optional(),
});
const thingWithProps = thingSchema.extend({
  Datastreams: z.array(datastreamWithProps).max(1000).optional(),
});

/** "start/end" or an instant → [start, end|null]. */
function phenomenon(
  text: string,
  field: string,
  ctx: MapContext,
): Result<[number, number | null], ContractError> {
  const [startText = '', endText] = text.split('/');
  const start = checkedInstant(startText, field, ctx);
  if (!start.ok) return start;
  if (endText === undefined) return ok([start.value, null]);
  const end = checkedInstant(endText, field, ctx);
  if (!end.ok) return end;
  if (end.value < start.value)
    return err(contractError(field, 'interval ends before it starts', ctx.source));
  return ok([start.value, end.value]);
}

function resultOf(result: unknown): { value: number | null; text: string | null } {
  if (typeof result === 'number') {
    return Number.isFinite(result)
      ? { value: result, text: null }
      : { value: null, text: String(result) };
  }
  if (result === null || result === undefined) return { value: null, text: null };
  if (typeof result === 'string') return { value: null, text: result.slice(0, 200) };
  if (typeof result === 'boolean') return { value: null, text: String(result) };
  // An object result (a complex observation): shown as compact JSON text, never as markup.
  let json: string;
  try {
    json = JSON.stringify(result);
  } catch {
    json = '[…]';
  }
  return { value: null, text: json.slice(0, 200) };
}

export function makeObservation(
  raw: {
    id: string;
    phenomenonTime: string;
    resultTime?: string | null | undefined;
    result: unknown;
  },
  datastreamId: string,
  propertyKey: string | null,
  at: string,
  ctx: MapContext,
): Result<StaObservation, ContractError> {
  const ph = phenomenon(raw.phenomenonTime, `${at}.phenomenonTime`, ctx);
  if (!ph.ok) return ph;
  let resultTimeMs: number | null = null;
  if (typeof raw.resultTime === 'string') {
    // resultTime may itself be an interval on some servers: its end is when the result was ready.
    const rt = phenomenon(raw.resultTime, `${at}.resultTime`, ctx);
    if (!rt.ok) return rt;
    resultTimeMs = rt.value[1] ?? rt.value[0];
  }
  const { value, text } = resultOf(raw.result);
  const outOfRange = value !== null && !isPlausible(propertyKey, value);
  return ok({
    id: raw.id,
    datastreamId,
    phenomenonTimeMs: ph.value[0],
    phenomenonEndMs: ph.value[1],
    phenomenonTimeText: raw.phenomenonTime,
    resultTimeMs,
    value: outOfRange ? null : value,
    text: outOfRange ? String(value) : text,
    outOfRange,
  });
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
function str(v: unknown): string | null {
  return typeof v === 'string' ? v.slice(0, 300) : null;
}

function alarmLevelsOf(v: unknown): AlarmLevels | null {
  if (v === null || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const [I, II, III] = [num(o.I), num(o.II), num(o.III)];
  return I !== null && II !== null && III !== null && I < II && II < III ? { I, II, III } : null;
}

const KINDS: readonly StationKind[] = ['air-quality', 'water-level', 'urban-flood', 'traffic'];

function datastreamOf(
  dto: z.infer<typeof datastreamWithProps>,
  thingId: string | null,
): StaDatastream {
  const p = dto.properties ?? {};
  const cadence = num(p.cadenceSeconds);
  return {
    id: idText(dto['@iot.id']),
    name: dto.name,
    thingId: dto.Thing ? idText(dto.Thing['@iot.id']) : thingId,
    unit: {
      name: dto.unitOfMeasurement.name ?? '',
      symbol: dto.unitOfMeasurement.symbol ?? '',
      definition: dto.unitOfMeasurement.definition ?? '',
    },
    propertyName: dto.ObservedProperty?.name ?? null,
    propertyKey: str(p.observedPropertyKey),
    kpiId: str(p.kpiId),
    cadenceMs: cadence !== null && cadence > 0 ? cadence * 1000 : null,
    alarmLevels: alarmLevelsOf(p.alarmLevels),
  };
}

export interface ParsedStations {
  readonly stations: StaStation[];
  readonly observations: StaObservation[];
  readonly nextLink: string | null;
}

/**
 * A collection page is read row by row: the envelope first (`value` as unknown rows, the
 * nextLink), then each row against its schema and mapper. The synchronous form serves single
 * messages (MQTT) and tests; the sliced form serves the client's pages, yielding to the event
 * loop between rows once a slice is used up, so a 1,000-row page never blocks the main thread
 * for long (issue #8). Both report the same first failure with the same field path.
 */
type RowMapper<D, T> = (dto: D, index: number) => Result<T, ContractError>;

interface RowsPage<T> {
  readonly rows: T[];
  readonly nextLink: string | null;
}

const envelopeSchema = collectionSchema(z.unknown());

function rowField(index: number, field: string): string {
  const at = `value[${index}]`;
  if (field === '') return at;
  return field.startsWith('[') ? `${at}${field}` : `${at}.${field}`;
}

function parseRow<S extends z.ZodType>(
  schema: S,
  row: unknown,
  index: number,
  source: string,
): Result<z.infer<S>, ContractError> {
  const parsed = safeParse(schema, row, source);
  if (parsed.ok) return parsed;
  return err(contractError(rowField(index, parsed.error.field), parsed.error.message, source));
}

function mapRows<S extends z.ZodType, T>(
  schema: S,
  json: unknown,
  source: string,
  mapRow: RowMapper<z.infer<S>, T>,
): Result<RowsPage<T>, ContractError> {
  const envelope = safeParse(envelopeSchema, json, source);
  if (!envelope.ok) return envelope;
  const rows: T[] = [];
  for (const [i, raw] of envelope.value.value.entries()) {
    const dto = parseRow(schema, raw, i, source);
    if (!dto.ok) return dto;
    const mapped = mapRow(dto.value, i);
    if (!mapped.ok) return mapped;
    rows.push(mapped.value);
  }
  return ok({ rows, nextLink: envelope.value['@iot.nextLink'] ?? null });
}

async function mapRowsSliced<S extends z.ZodType, T>(
  schema: S,
  json: unknown,
  source: string,
  mapRow: RowMapper<z.infer<S>, T>,
  slicer: Slicer,
): Promise<Result<RowsPage<T>, ContractError>> {
  // The page's JSON.parse (fetchJson) has just run in this task: the rows start in a fresh one.
  await slicer.pause();
  const envelope = safeParse(envelopeSchema, json, source);
  if (!envelope.ok) return envelope;
  const rows: T[] = [];
  for (const [i, raw] of envelope.value.value.entries()) {
    if (slicer.due()) await slicer.pause();
    const dto = parseRow(schema, raw, i, source);
    if (!dto.ok) return dto;
    const mapped = mapRow(dto.value, i);
    if (!mapped.ok) return mapped;
    rows.push(mapped.value);
  }
  return ok({ rows, nextLink: envelope.value['@iot.nextLink'] ?? null });
}

function ctxOf(source: string, options: ParseOptions): MapContext {
  return contextOf({
    source,
    ...(options.nowMs === undefined ? {} : { nowMs: options.nowMs }),
  });
}

interface StationRow {
  readonly station: StaStation;
  readonly observations: StaObservation[];
}

function stationRowMapper(ctx: MapContext): RowMapper<z.infer<typeof thingWithProps>, StationRow> {
  return (thing, i) => {
    const id = idText(thing['@iot.id']);
    const props = thing.properties ?? {};
    const datastreams: StaDatastream[] = [];
    const observations: StaObservation[] = [];
    for (const [d, dsDto] of (thing.Datastreams ?? []).entries()) {
      const ds = datastreamOf(dsDto, id);
      datastreams.push(ds);
      for (const [o, obs] of (dsDto.Observations ?? []).entries()) {
        const mapped = makeObservation(
          { ...obs, id: idText(obs['@iot.id']) },
          ds.id,
          ds.propertyKey,
          `value[${i}].Datastreams[${d}].Observations[${o}]`,
          ctx,
        );
        if (!mapped.ok) return mapped;
        observations.push(mapped.value);
      }
    }
    const loc = thing.Locations?.[0]?.location;
    const geometry =
      loc && 'geometry' in loc ? loc.geometry : loc && 'coordinates' in loc ? loc : null;
    const kind = str(props.kind);
    return ok({
      station: {
        id,
        name: thing.name,
        description: thing.description ?? '',
        kind: KINDS.find((k) => k === kind) ?? 'other',
        location: geometry
          ? { longitude: geometry.coordinates[0], latitude: geometry.coordinates[1] }
          : null,
        communeName: str(props.communeName),
        river: str(props.river),
        alarmLevels: alarmLevelsOf(props.alarmLevels),
        synthetic: props.synthetic === true,
        datastreams,
      },
      observations,
    });
  };
}

function toStations(page: RowsPage<StationRow>): ParsedStations {
  return {
    stations: page.rows.map((r) => r.station),
    observations: page.rows.flatMap((r) => r.observations),
    nextLink: page.nextLink,
  };
}

/** A page of `Things?$expand=Locations,Datastreams($expand=Observations(…$top=1))`. */
export function parseStationsPage(
  json: unknown,
  options: ParseOptions = {},
): Result<ParsedStations, ContractError> {
  const source = options.source ?? SOURCE;
  const page = mapRows(thingWithProps, json, source, stationRowMapper(ctxOf(source, options)));
  return page.ok ? ok(toStations(page.value)) : page;
}

/** `parseStationsPage` in time slices (the client's station list). */
export async function parseStationsPageSliced(
  json: unknown,
  options: ParseOptions & { readonly slicer?: Slicer } = {},
): Promise<Result<ParsedStations, ContractError>> {
  const source = options.source ?? SOURCE;
  const page = await mapRowsSliced(
    thingWithProps,
    json,
    source,
    stationRowMapper(ctxOf(source, options)),
    options.slicer ?? createSlicer(),
  );
  return page.ok ? ok(toStations(page.value)) : page;
}

export interface ParsedObservations {
  readonly observations: StaObservation[];
  readonly nextLink: string | null;
}

export interface ObservationsPageOptions extends ParseOptions {
  readonly datastreamId?: string;
  readonly propertyKeyOf?: (datastreamId: string) => string | null;
}

function observationRowMapper(
  source: string,
  options: ObservationsPageOptions,
): RowMapper<z.infer<typeof observationSchema>, StaObservation> {
  const ctx = ctxOf(source, options);
  return (dto, i) => {
    const dsId = dto.Datastream ? idText(dto.Datastream['@iot.id']) : options.datastreamId;
    if (dsId === undefined) {
      return err(
        contractError(`value[${i}].Datastream`, 'missing: cannot tell which datastream', source),
      );
    }
    return makeObservation(
      { ...dto, id: idText(dto['@iot.id']) },
      dsId,
      options.propertyKeyOf?.(dsId) ?? null,
      `value[${i}]`,
      ctx,
    );
  };
}

/**
 * A page of Observations, either under `Datastreams(id)/Observations` (datastreamId given) or
 * the top-level set with `$expand=Datastream($select=id)`.
 */
export function parseObservationsPage(
  json: unknown,
  options: ObservationsPageOptions = {},
): Result<ParsedObservations, ContractError> {
  const source = options.source ?? SOURCE;
  const page = mapRows(observationSchema, json, source, observationRowMapper(source, options));
  return page.ok ? ok({ observations: page.value.rows, nextLink: page.value.nextLink }) : page;
}

/** `parseObservationsPage` in time slices (the client's polls and chart updates). */
export async function parseObservationsPageSliced(
  json: unknown,
  options: ObservationsPageOptions & { readonly slicer?: Slicer } = {},
): Promise<Result<ParsedObservations, ContractError>> {
  const source = options.source ?? SOURCE;
  const page = await mapRowsSliced(
    observationSchema,
    json,
    source,
    observationRowMapper(source, options),
    options.slicer ?? createSlicer(),
  );
  return page.ok ? ok({ observations: page.value.rows, nextLink: page.value.nextLink }) : page;
}

/** A page of `$resultFormat=dataArray` (charts): compact rows, same model. */
export function parseDataArrayPage(
  json: unknown,
  options: ParseOptions & { readonly datastreamId: string; readonly propertyKey: string | null },
): Result<ParsedObservations, ContractError> {
  const source = options.source ?? SOURCE;
  const parsed = safeParse(dataArrayResponseSchema, json, source);
  if (!parsed.ok) return parsed;
  const ctx = contextOf({
    source,
    ...(options.nowMs === undefined ? {} : { nowMs: options.nowMs }),
  });
  const observations: StaObservation[] = [];
  for (const [b, block] of parsed.value.value.entries()) {
    const at = `value[${b}]`;
    const col = (name: string): number => block.components.indexOf(name);
    const [iId, iTime, iResult, iRt] = [
      col('id'),
      col('phenomenonTime'),
      col('result'),
      col('resultTime'),
    ];
    if (iTime < 0 || iResult < 0) {
      return err(
        contractError(`${at}.components`, 'must include phenomenonTime and result', source),
      );
    }
    for (const [r, row] of block.dataArray.entries()) {
      const rowAt = `${at}.dataArray[${r}]`;
      if (row.length !== block.components.length) {
        return err(
          contractError(
            rowAt,
            `has ${row.length} values for ${block.components.length} components`,
            source,
          ),
        );
      }
      const time = row[iTime];
      if (typeof time !== 'string' || time.length > 100) {
        return err(contractError(`${rowAt}[${iTime}]`, 'phenomenonTime must be a string', source));
      }
      const rawId = iId >= 0 ? row[iId] : undefined;
      const rt = iRt >= 0 ? row[iRt] : undefined;
      const mapped = makeObservation(
        {
          id:
            typeof rawId === 'number' || typeof rawId === 'string'
              ? String(rawId).slice(0, 200)
              : `${options.datastreamId}@${time}`,
          phenomenonTime: time,
          resultTime: typeof rt === 'string' ? rt : null,
          result: row[iResult],
        },
        options.datastreamId,
        options.propertyKey,
        rowAt,
        ctx,
      );
      if (!mapped.ok) return mapped;
      observations.push(mapped.value);
    }
  }
  return ok({ observations, nextLink: parsed.value['@iot.nextLink'] ?? null });
}
