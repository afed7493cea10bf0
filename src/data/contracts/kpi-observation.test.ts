import fc from 'fast-check';
import { monthPeriod, quarterPeriod } from '../../domain/time/period';
import { parseKpiObservationPage, parseKpiObservations } from './kpi-observation';

/** Runtime check of the result shape: ok, or a contract error naming a field. */
function isTypedResult(r: unknown): boolean {
  const x = r as { ok?: unknown; error?: { kind?: unknown; field?: unknown } };
  return x.ok === true || (x.error?.kind === 'contract' && typeof x.error.field === 'string');
}

const NOW = Date.parse('2025-09-06T00:00:00+07:00');
const opts = { nowMs: NOW, source: 'one-stop-dossiers' };

const valid = {
  indicatorId: 'dossiers.online-payment-share',
  unitCode: '52',
  period: '2023-10',
  value: 71.2,
  numerator: 712,
  denominator: 1000,
  target: 35,
  source: 'Hệ thống một cửa điện tử tỉnh Bình Định',
  asOf: '2023-11-05T16:30:00+07:00',
  method: 'thanh toán trực tuyến / hồ sơ có phí',
  status: 'final',
} as const;

const page = (...observations: unknown[]) => ({ observations });

describe('parseKpiObservations: valid input', () => {
  it('maps a DTO to the domain observation', () => {
    expect(parseKpiObservations(page(valid), opts)).toEqual({
      ok: true,
      value: [
        {
          indicatorId: 'dossiers.online-payment-share',
          unitCode: '52',
          period: monthPeriod(2023, 10),
          value: 71.2,
          numerator: 712,
          denominator: 1000,
          target: 35,
          source: 'Hệ thống một cửa điện tử tỉnh Bình Định',
          asOfMs: Date.parse('2023-11-05T09:30:00Z'),
          asOfText: '2023-11-05T16:30:00+07:00',
          method: 'thanh toán trực tuyến / hồ sơ có phí',
          status: 'final',
        },
      ],
    });
  });

  it('accepts the minimal form, a quarter, a null value, Z times and unknown KPIs', () => {
    const r = parseKpiObservations(
      page({
        indicatorId: 'province.custom-kpi',
        unitCode: '00004',
        period: '2025-Q3',
        value: null,
        source: 's',
        asOf: '2025-09-01T00:00:00Z',
        status: 'provisional',
      }),
      opts,
    );
    expect(r.ok && r.value[0]).toMatchObject({
      period: quarterPeriod(2025, 3),
      value: null,
      numerator: null,
      denominator: null,
      target: null,
      method: null,
    });
  });

  it('keeps markup in strings as text (the UI renders text, never HTML)', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert("x")</script>';
    const r = parseKpiObservations(page({ ...valid, source: hostile, method: hostile }), opts);
    expect(r.ok && r.value[0]?.source).toBe(hostile);
  });

  it('keeps the paging cursor and accepts a bare array (file import)', () => {
    const r = parseKpiObservationPage({ observations: [valid], nextCursor: 'abc' }, opts);
    expect(r.ok && r.value.nextCursor).toBe('abc');
    expect(parseKpiObservations([valid], opts).ok).toBe(true);
  });
});

describe('parseKpiObservations: refused input names the field', () => {
  it.each<[string, unknown, string]>([
    ['not an object', 'hello', ''],
    ['null', null, ''],
    ['no observations', {}, 'observations'],
    ['observations not an array', { observations: {} }, 'observations'],
    ['an observation that is a string', page('x'), 'observations[0]'],
    [
      'missing indicatorId',
      page({ ...valid, indicatorId: undefined }),
      'observations[0].indicatorId',
    ],
    [
      'indicatorId of the wrong type',
      page({ ...valid, indicatorId: 42 }),
      'observations[0].indicatorId',
    ],
    [
      'indicatorId with markup',
      page({ ...valid, indicatorId: '<b>x</b>' }),
      'observations[0].indicatorId',
    ],
    ['unitCode too long', page({ ...valid, unitCode: '9'.repeat(33) }), 'observations[0].unitCode'],
    ['a period with a bad month', page({ ...valid, period: '2025-13' }), 'observations[0].period'],
    ['a year out of range', page({ ...valid, period: '1800' }), 'observations[0].period'],
    ['value as a string', page({ ...valid, value: '71.2' }), 'observations[0].value'],
    ['value NaN', page({ ...valid, value: Number.NaN }), 'observations[0].value'],
    [
      'value Infinity',
      page({ ...valid, value: Number.POSITIVE_INFINITY }),
      'observations[0].value',
    ],
    ['a huge value', page({ ...valid, value: 1e300 }), 'observations[0].value'],
    [
      'a ratio above 100 %',
      page({ ...valid, value: 120, numerator: undefined, denominator: undefined }),
      'observations[0].value',
    ],
    [
      'a negative percent',
      page({ ...valid, value: -1, numerator: undefined, denominator: undefined }),
      'observations[0].value',
    ],
    [
      'numerator above denominator',
      page({ ...valid, numerator: 1200 }),
      'observations[0].numerator',
    ],
    ['a negative count', page({ ...valid, numerator: -1 }), 'observations[0].numerator'],
    ['a fractional count', page({ ...valid, denominator: 10.5 }), 'observations[0].denominator'],
    [
      'a count beyond 2^53',
      page({ ...valid, denominator: 2 ** 60 }),
      'observations[0].denominator',
    ],
    [
      'numerator without denominator',
      page({ ...valid, denominator: undefined }),
      'observations[0].denominator',
    ],
    ['value disagreeing with its counts', page({ ...valid, value: 60 }), 'observations[0].value'],
    ['a target above 100 %', page({ ...valid, target: 350 }), 'observations[0].target'],
    [
      'a negative count KPI',
      page({
        ...valid,
        indicatorId: 'dossiers.received',
        value: -5,
        numerator: undefined,
        denominator: undefined,
        target: undefined,
      }),
      'observations[0].value',
    ],
    ['empty source', page({ ...valid, source: '' }), 'observations[0].source'],
    ['a 10 kB source', page({ ...valid, source: 'x'.repeat(10_000) }), 'observations[0].source'],
    [
      'asOf without an offset',
      page({ ...valid, asOf: '2023-11-05T16:30:00' }),
      'observations[0].asOf',
    ],
    ['asOf as a date only', page({ ...valid, asOf: '2023-11-05' }), 'observations[0].asOf'],
    ['asOf as epoch ms', page({ ...valid, asOf: 1699176600000 }), 'observations[0].asOf'],
    [
      'asOf 30 February',
      page({ ...valid, asOf: '2023-02-30T10:00:00+07:00' }),
      'observations[0].asOf',
    ],
    [
      'asOf in the future (clock skew)',
      page({ ...valid, asOf: '2025-09-06T01:00:00+07:00' }),
      'observations[0].asOf',
    ],
    ['an unknown status', page({ ...valid, status: 'draft' }), 'observations[0].status'],
    [
      'the second observation bad',
      page(valid, { ...valid, period: 'Q3' }),
      'observations[1].period',
    ],
    ['nextCursor of the wrong type', { observations: [], nextCursor: 5 }, 'nextCursor'],
  ])('%s → %s', (_label, json, field) => {
    const r = parseKpiObservations(json, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ kind: 'contract', source: 'one-stop-dossiers', field });
      expect(r.error.message.length).toBeGreaterThan(0);
      expect(r.error.message.length).toBeLessThanOrEqual(300);
    }
  });

  it('tolerates a small clock skew (under 10 minutes)', () => {
    expect(
      parseKpiObservations(page({ ...valid, asOf: '2025-09-06T00:05:00+07:00' }), opts).ok,
    ).toBe(true);
  });

  it('refuses a page larger than the contract allows', () => {
    const r = parseKpiObservations({ observations: new Array(10_001).fill(valid) }, opts);
    expect(!r.ok && r.error.field).toBe('observations');
  });

  it('survives hostile objects: throwing getters and proxies', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const getter = {
      get observations(): unknown {
        throw new Error('getter');
      },
    };
    for (const json of [trap, getter, page(trap)]) {
      const r = parseKpiObservations(json, opts);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.kind).toBe('contract');
    }
  });
});

describe('parseKpiObservations: fuzz', () => {
  const fields = Object.keys(valid) as (keyof typeof valid)[];
  const hostileValue = fc.oneof(
    fc.anything(),
    fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1,
      1e308,
      -0,
      2 ** 53 + 2,
      '',
      '<script>alert(1)</script>',
      '2999-01-01T00:00:00+07:00',
      [],
      {},
      null,
      true,
    ),
    fc.string({ maxLength: 300 }),
  );

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => {
        const r = parseKpiObservations(json, opts);
        return isTypedResult(r);
      }),
      { numRuns: 500 },
    );
  });

  it('a single corrupted field is either accepted or reported by its own name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        hostileValue,
        fc.nat({ max: 3 }),
        (field, bad, position) => {
          const list: Record<string, unknown>[] = [valid, valid, valid, valid];
          list[position] = { ...valid, [field]: bad };
          const r = parseKpiObservations(page(...list), opts);
          if (r.ok) return true;
          const at = `observations[${position}]`;
          // a bad field may also make a related field fail (value vs counts): still this observation
          return r.error.field === `${at}.${field}` || r.error.field.startsWith(at);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a corrupted field that breaks its type is reported with exactly that field', () => {
    const wrongType: Record<keyof typeof valid, unknown> = {
      indicatorId: 1,
      unitCode: {},
      period: 2025,
      value: 'x',
      numerator: 'x',
      denominator: [],
      target: 'x',
      source: 5,
      asOf: 0,
      method: 1,
      status: 1,
    };
    for (const field of fields) {
      const r = parseKpiObservations(page({ ...valid, [field]: wrongType[field] }), opts);
      expect(!r.ok && r.error.field, field).toBe(`observations[0].${field}`);
    }
  });
});
