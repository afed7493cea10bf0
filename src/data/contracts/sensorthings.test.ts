import fc from 'fast-check';
import {
  parseDatastreams,
  parseObservations,
  parseObservationsDataArray,
  parseThings,
} from './sensorthings';

/** Runtime check of the result shape: ok, or a contract error naming a field. */
function isTypedResult(r: unknown): boolean {
  const x = r as { ok?: unknown; error?: { kind?: unknown; field?: unknown } };
  return x.ok === true || (x.error?.kind === 'contract' && typeof x.error.field === 'string');
}

const opts = { nowMs: Date.parse('2026-11-22T12:00:00+07:00') };
const BASE = 'https://frost.example.gov.vn/FROST-Server/v1.1';

describe('SensorThings collections', () => {
  it('reads Things with their Location', () => {
    const r = parseThings(
      {
        '@iot.count': 2,
        '@iot.nextLink': `${BASE}/Things?$top=1&$skip=1`,
        value: [
          {
            '@iot.id': 1,
            name: 'Trạm quan trắc Nguyễn Văn Cừ',
            description: 'Trạm tự động',
            properties: { owner: 'Sở NN&MT' },
            Locations: [
              {
                '@iot.id': 7,
                name: 'NVC',
                encodingType: 'application/geo+json',
                location: { type: 'Point', coordinates: [105.8782, 21.0491] },
              },
            ],
          },
        ],
      },
      opts,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        items: [
          {
            id: '1',
            name: 'Trạm quan trắc Nguyễn Văn Cừ',
            description: 'Trạm tự động',
            properties: { owner: 'Sở NN&MT' },
            location: { longitude: 105.8782, latitude: 21.0491 },
          },
        ],
        nextLink: `${BASE}/Things?$top=1&$skip=1`,
        count: 2,
      },
    });
  });

  it('reads Datastreams with the latest Observation expanded', () => {
    const r = parseDatastreams(
      {
        value: [
          {
            '@iot.id': 17,
            name: 'PM2.5 NVC',
            unitOfMeasurement: {
              name: 'microgram per cubic metre',
              symbol: 'µg/m³',
              definition: 'ucum:ug/m3',
            },
            observationType: 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement',
            phenomenonTime: '2026-11-01T00:00:00Z/2026-11-22T04:00:00Z',
            ObservedProperty: { '@iot.id': 3, name: 'PM2.5' },
            Thing: { '@iot.id': 1 },
            Observations: [
              {
                '@iot.id': 991,
                phenomenonTime: '2026-11-22T04:00:00Z',
                resultTime: '2026-11-22T04:01:00Z',
                result: 38.2,
              },
            ],
          },
        ],
      },
      opts,
    );
    expect(r.ok && r.value.items[0]).toMatchObject({
      id: '17',
      observedPropertyName: 'PM2.5',
      thingId: '1',
      unitOfMeasurement: { symbol: 'µg/m³' },
      phenomenonStartMs: Date.parse('2026-11-01T00:00:00Z'),
      phenomenonEndMs: Date.parse('2026-11-22T04:00:00Z'),
      latest: { id: '991', result: 38.2, datastreamId: '17' },
    });
  });

  it('reads Observations, taking the start of an interval phenomenonTime', () => {
    const r = parseObservations(
      {
        value: [
          {
            '@iot.id': 'a1',
            phenomenonTime: '2026-11-22T03:00:00Z/2026-11-22T04:00:00Z',
            result: 152,
            resultTime: null,
          },
        ],
      },
      { ...opts, datastreamId: '17' },
    );
    expect(r.ok && r.value.items[0]).toMatchObject({
      id: 'a1',
      phenomenonTimeMs: Date.parse('2026-11-22T03:00:00Z'),
      result: 152,
      datastreamId: '17',
      resultTimeMs: null,
    });
  });

  it.each<[string, unknown, string]>([
    [
      'a non-numeric result',
      { value: [{ '@iot.id': 1, phenomenonTime: '2026-11-22T03:00:00Z', result: 'high' }] },
      'value[0].result',
    ],
    [
      'a time without zone',
      { value: [{ '@iot.id': 1, phenomenonTime: '2026-11-22T03:00:00', result: 1 }] },
      'value[0].phenomenonTime',
    ],
    [
      'a future observation',
      { value: [{ '@iot.id': 1, phenomenonTime: '2027-01-01T00:00:00Z', result: 1 }] },
      'value[0].phenomenonTime',
    ],
    [
      'a javascript: nextLink',
      { '@iot.nextLink': 'javascript:alert(1)', value: [] },
      '["@iot.nextLink"]',
    ],
    ['a missing value array', { '@iot.count': 3 }, 'value'],
    [
      'an id of the wrong type',
      { value: [{ '@iot.id': true, phenomenonTime: '2026-11-22T03:00:00Z', result: 1 }] },
      'value[0]["@iot.id"]',
    ],
  ])('refuses %s', (_label, json, field) => {
    const r = parseObservations(json, opts);
    expect(!r.ok && r.error.field).toBe(field);
  });
});

describe('SensorThings $resultFormat=dataArray', () => {
  const response = {
    value: [
      {
        'Datastream@iot.navigationLink': `${BASE}/Datastreams(17)`,
        components: ['id', 'phenomenonTime', 'result'],
        'dataArray@iot.count': 3,
        dataArray: [
          [1001, '2026-11-22T01:00:00Z', 41.5],
          [1002, '2026-11-22T02:00:00Z', 44],
          [1003, '2026-11-22T03:00:00Z', null],
        ],
      },
    ],
    '@iot.nextLink': `${BASE}/Observations?$resultFormat=dataArray&$skip=3`,
  };

  it('reads rows by their components', () => {
    const r = parseObservationsDataArray(response, opts);
    expect(r.ok && r.value.items.map((o) => [o.id, o.result, o.datastreamId])).toEqual([
      ['1001', 41.5, '17'],
      ['1002', 44, '17'],
      ['1003', null, '17'],
    ]);
    expect(r.ok && r.value.nextLink).toContain('$skip=3');
  });

  it('makes up a stable id when the server does not send one', () => {
    const r = parseObservationsDataArray(
      {
        value: [
          { components: ['phenomenonTime', 'result'], dataArray: [['2026-11-22T01:00:00Z', 1]] },
        ],
      },
      opts,
    );
    expect(r.ok && r.value.items[0]?.id).toBe('0@2026-11-22T01:00:00Z');
  });

  it.each<[string, unknown, string]>([
    [
      'a row of the wrong length',
      {
        value: [
          { components: ['phenomenonTime', 'result'], dataArray: [['2026-11-22T01:00:00Z']] },
        ],
      },
      'value[0].dataArray[0]',
    ],
    [
      'components without result',
      { value: [{ components: ['phenomenonTime'], dataArray: [] }] },
      'value[0].components',
    ],
    [
      'a numeric time',
      { value: [{ components: ['phenomenonTime', 'result'], dataArray: [[0, 1]] }] },
      'value[0].dataArray[0][0]',
    ],
    [
      'a string result',
      {
        value: [
          {
            components: ['phenomenonTime', 'result'],
            dataArray: [['2026-11-22T01:00:00Z', '<b>1</b>']],
          },
        ],
      },
      'value[0].dataArray[0][1]',
    ],
  ])('refuses %s', (_label, json, field) => {
    const r = parseObservationsDataArray(json, opts);
    expect(!r.ok && r.error.field).toBe(field);
  });
});

describe('SensorThings parsers: fuzz', () => {
  it('never throw on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (json) =>
        [parseThings, parseDatastreams, parseObservations, parseObservationsDataArray].every(
          (parse) => {
            const r = parse(json, opts);
            return isTypedResult(r);
          },
        ),
      ),
      { numRuns: 300 },
    );
  });

  it('never throw on dataArray rows of anything', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.anything(), { maxLength: 4 }), { maxLength: 10 }),
        (rows) => {
          const r = parseObservationsDataArray(
            { value: [{ components: ['id', 'phenomenonTime', 'result'], dataArray: rows }] },
            opts,
          );
          return r.ok || r.error.field.startsWith('value[0]');
        },
      ),
      { numRuns: 300 },
    );
  });
});
