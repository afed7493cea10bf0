import {
  StaError,
  compareValues,
  evaluate,
  parseExpand,
  parseFilter,
  parseOptions,
  parseOrderBy,
  timeBounds,
  type Value,
} from './odata';

const props: Record<string, Value> = {
  result: 12.5,
  name: "Trạm O'Brien",
  phenomenonTime: { time: Date.parse('2026-11-22T03:00:00Z') },
};
const resolve = (_e: unknown, path: readonly string[]): Value[] => [props[path.join('/')] ?? null];
const holds = (filter: string): boolean =>
  evaluate(parseFilter(filter), null, resolve, Date.parse('2026-11-22T04:00:00Z'))[0] === true;

describe('$filter', () => {
  test.each([
    ['result gt 10', true],
    ['result gt 10 and result lt 12', false],
    ['result gt 20 or result le 12.5', true],
    ['not (result eq 12.5)', false],
    ['result add 1 eq 13.5', true],
    ['result mul 2 ge 25 and result mod 5 eq 2.5', true],
    ['phenomenonTime gt 2026-11-22T09:00:00+07:00', true],
    ['phenomenonTime lt 2026-11-22T10:00:00+07:00', false],
    // an unencoded '+' arrives as a space
    ['phenomenonTime eq 2026-11-22T10:00:00 07:00', true],
    ['phenomenonTime ge 2026-11-22', true],
    ['phenomenonTime lt now()', true],
    ["name eq 'Trạm O''Brien'", true],
    ["substringof('Brien', name)", true],
    ["startswith(name, 'Trạm') and length(name) eq 12", true],
    ['hour(phenomenonTime) eq 3 and year(phenomenonTime) eq 2026', true],
    ['round(result) eq 13', true],
    ['missing eq null', true],
    ['missing gt 1', false],
  ])('%s → %s', (filter, expected) => {
    expect(holds(filter)).toBe(expected);
  });

  test.each([
    ['', 'empty'],
    ['result gt', 'unexpected end'],
    ['result gt 10 and', 'unexpected end'],
    ["name eq 'open", 'unterminated string'],
    ['(result gt 1', "expected ')'"],
    ['result has 1', 'not supported'],
    ["geo.distance(location, geography'POINT(1 2)') lt 1", 'not supported'],
    ['st_within(location, x)', 'not supported'],
    ['Datastreams/any(d: d/name eq 1)', 'lambda'],
    ['frobnicate(result)', 'unknown function'],
    ['length(name, name) eq 1', 'argument'],
    ['result gt #', 'unexpected character'],
  ])('%j is refused with a message (%s)', (filter, message) => {
    expect(() => parseFilter(filter)).toThrow(StaError);
    expect(() => parseFilter(filter)).toThrow(message);
  });

  test('time bounds of a conjunction (for narrowing virtual observations)', () => {
    const e = parseFilter(
      'phenomenonTime ge 2026-11-21T00:00:00Z and result gt 3 and 2026-11-22T00:00:00Z gt phenomenonTime',
    );
    expect(timeBounds(e, 'phenomenonTime', 0)).toEqual({
      lo: Date.parse('2026-11-21T00:00:00Z'),
      hi: Date.parse('2026-11-22T00:00:00Z'),
    });
    // a disjunction gives no bound
    expect(
      timeBounds(
        parseFilter('phenomenonTime gt 2026-11-21T00:00:00Z or result gt 3'),
        'phenomenonTime',
        0,
      ),
    ).toEqual({
      lo: Number.NEGATIVE_INFINITY,
      hi: Number.POSITIVE_INFINITY,
    });
  });

  test('comparisons with null and across types', () => {
    expect(compareValues('eq', null, null)).toBe(true);
    expect(compareValues('gt', null, 1)).toBe(false);
    expect(compareValues('eq', 'a', 1)).toBe(false);
    expect(compareValues('ne', 'a', 1)).toBe(true);
  });
});

describe('$expand, $orderby, options', () => {
  test('nested options and paths', () => {
    const items = parseExpand(
      'Observations($orderby=phenomenonTime desc;$top=1;$select=result,phenomenonTime),Thing/Locations($select=location),Thing/Datastreams',
    );
    expect(items.map((i) => i.nav)).toEqual(['Observations', 'Thing']);
    expect(items[0]?.options).toMatchObject({ top: 1, select: ['result', 'phenomenonTime'] });
    expect(items[0]?.options.orderby[0]?.desc).toBe(true);
    expect(items[1]?.options.expand.map((i) => i.nav)).toEqual(['Locations', 'Datastreams']);
    expect(items[1]?.options.expand[0]?.options.select).toEqual(['location']);
  });

  test('orderby lists', () => {
    const o = parseOrderBy('phenomenonTime desc, result, @iot.id asc');
    expect(o.map((i) => i.desc)).toEqual([true, false, false]);
  });

  test.each([
    [[['$foo', '1']], 'unknown query option'],
    [[['$top', '-1']], 'non-negative integer'],
    [[['$top', 'ten']], 'non-negative integer'],
    [[['$count', 'yes']], 'true or false'],
    [[['$resultFormat', 'csv']], 'unsupported format'],
    [[['$expand', 'Observations($top=1']], 'unbalanced'],
    [[['$expand', 'Observations($unknown=1)']], 'unknown query option'],
    [[['$select', 'name;drop']], 'invalid property'],
    [
      [
        ['$top', '1'],
        ['$TOP', '2'],
      ],
      'given twice',
    ],
  ] as [[string, string][], string][])('%j → 400 %s', (pairs, message) => {
    expect(() => parseOptions(pairs, false)).toThrow(message);
  });

  test('other parameters are not query options', () => {
    expect(parseOptions([['unit', '92']], false).top).toBeNull();
  });
});
