/**
 * The OData query subset of OGC SensorThings API v1.1 that the mock server implements:
 * $filter, $expand (nested options), $select, $orderby, $top, $skip, $count, $resultFormat.
 * Parsing errors and unsupported features raise StaError(400, message), as a real server
 * answers; nothing is silently ignored.
 */

export class StaError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function fail(message: string): never {
  throw new StaError(400, message);
}

export type Value = number | string | boolean | null | { readonly time: number };

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type ArithOp = 'add' | 'sub' | 'mul' | 'div' | 'mod';

export type Expr =
  | { readonly t: 'lit'; readonly v: Value }
  | { readonly t: 'prop'; readonly path: readonly string[] }
  | { readonly t: 'cmp'; readonly op: CompareOp; readonly l: Expr; readonly r: Expr }
  | { readonly t: 'logic'; readonly op: 'and' | 'or'; readonly l: Expr; readonly r: Expr }
  | { readonly t: 'arith'; readonly op: ArithOp; readonly l: Expr; readonly r: Expr }
  | { readonly t: 'not'; readonly e: Expr }
  | { readonly t: 'fn'; readonly name: string; readonly args: readonly Expr[] };

export interface OrderItem {
  readonly expr: Expr;
  readonly desc: boolean;
}

export interface ExpandItem {
  /** the navigation property expanded (first segment of the path) */
  readonly nav: string;
  readonly options: QueryOptions;
}

export interface QueryOptions {
  readonly filter: Expr | null;
  readonly expand: readonly ExpandItem[];
  readonly select: readonly string[] | null;
  readonly orderby: readonly OrderItem[];
  readonly top: number | null;
  readonly skip: number;
  readonly count: boolean;
  readonly resultFormat: 'default' | 'dataArray';
  /** the options' source text, to write next links of nested collections */
  readonly raw?: {
    readonly filter?: string;
    readonly orderby?: string;
    readonly select?: string;
    readonly expand?: string;
  };
}

export const EMPTY_OPTIONS: QueryOptions = {
  filter: null,
  expand: [],
  select: null,
  orderby: [],
  top: null,
  skip: 0,
  count: false,
  resultFormat: 'default',
};

// ---------------------------------------------------------------------------------- lexer

type Token =
  | { readonly k: 'num'; readonly v: number; readonly at: number }
  | { readonly k: 'str'; readonly v: string; readonly at: number }
  | { readonly k: 'time'; readonly v: number; readonly at: number }
  | { readonly k: 'id'; readonly v: string; readonly at: number }
  | { readonly k: 'sym'; readonly v: '(' | ')' | ',' | '/'; readonly at: number }
  | { readonly k: 'end'; readonly at: number };

// A '+' in an unencoded URL arrives as a space: "…T00:00:00 07:00" is read as +07:00.
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+\- ]\d{2}:\d{2})/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}(?![\dT:])/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const IDENT = /^[A-Za-z_@$][A-Za-z0-9_.@]*/;

function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\n') {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',' || c === '/') {
      tokens.push({ k: 'sym', v: c, at: i });
      i++;
      continue;
    }
    if (c === "'") {
      let j = i + 1;
      let out = '';
      for (;;) {
        if (j >= text.length) fail(`unterminated string at position ${i}`);
        const d = text[j] as string;
        if (d === "'") {
          if (text[j + 1] === "'") {
            out += "'";
            j += 2;
            continue;
          }
          break;
        }
        out += d;
        j++;
      }
      tokens.push({ k: 'str', v: out, at: i });
      i = j + 1;
      continue;
    }
    const rest = text.slice(i);
    const dt = DATETIME.exec(rest);
    if (dt) {
      const raw = dt[0];
      const normalised = raw.replace(/ (\d{2}:\d{2})$/, '+$1');
      const ms = Date.parse(normalised);
      if (!Number.isFinite(ms)) fail(`invalid date-time ${raw} at position ${i}`);
      tokens.push({ k: 'time', v: ms, at: i });
      i += raw.length;
      continue;
    }
    const date = DATE_ONLY.exec(rest);
    if (date) {
      const ms = Date.parse(`${date[0]}T00:00:00Z`);
      if (!Number.isFinite(ms)) fail(`invalid date ${date[0]}`);
      tokens.push({ k: 'time', v: ms, at: i });
      i += date[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      tokens.push({ k: 'num', v: Number(num[0]), at: i });
      i += num[0].length;
      continue;
    }
    const id = IDENT.exec(rest);
    if (id) {
      tokens.push({ k: 'id', v: id[0], at: i });
      i += id[0].length;
      continue;
    }
    fail(`unexpected character '${c}' at position ${i}`);
  }
  tokens.push({ k: 'end', at: text.length });
  return tokens;
}

// --------------------------------------------------------------------------------- parser

const COMPARE_OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

/** Functions the mock evaluates, with their arity. */
export const FUNCTIONS: Readonly<Record<string, number>> = {
  substringof: 2,
  startswith: 2,
  endswith: 2,
  indexof: 2,
  length: 1,
  tolower: 1,
  toupper: 1,
  trim: 1,
  concat: 2,
  year: 1,
  month: 1,
  day: 1,
  hour: 1,
  minute: 1,
  second: 1,
  now: 0,
  round: 1,
  floor: 1,
  ceiling: 1,
};

const UNSUPPORTED_FUNCTIONS = new Set([
  'geo.distance',
  'geo.length',
  'geo.intersects',
  'st_equals',
  'st_disjoint',
  'st_touches',
  'st_within',
  'st_overlaps',
  'st_crosses',
  'st_intersects',
  'st_contains',
  'st_relate',
  'date',
  'time',
  'totaloffsetminutes',
  'fractionalseconds',
  'mindatetime',
  'maxdatetime',
  'substring',
]);

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly what: string,
  ) {}

  private peek(): Token {
    return this.tokens[this.i] as Token;
  }
  private next(): Token {
    return this.tokens[this.i++] as Token;
  }
  private isWord(word: string): boolean {
    const t = this.peek();
    return t.k === 'id' && t.v === word;
  }
  private expectSym(sym: '(' | ')' | ',' | '/'): void {
    const t = this.next();
    if (t.k !== 'sym' || t.v !== sym) fail(`${this.what}: expected '${sym}' at position ${t.at}`);
  }

  parseAll(): Expr {
    const e = this.parseOr();
    const t = this.peek();
    if (t.k !== 'end') fail(`${this.what}: unexpected input at position ${t.at}`);
    return e;
  }

  atEnd(): boolean {
    return this.peek().k === 'end';
  }

  parseOr(): Expr {
    let l = this.parseAnd();
    while (this.isWord('or')) {
      this.next();
      l = { t: 'logic', op: 'or', l, r: this.parseAnd() };
    }
    return l;
  }
  private parseAnd(): Expr {
    let l = this.parseNot();
    while (this.isWord('and')) {
      this.next();
      l = { t: 'logic', op: 'and', l, r: this.parseNot() };
    }
    return l;
  }
  private parseNot(): Expr {
    if (this.isWord('not')) {
      this.next();
      return { t: 'not', e: this.parseNot() };
    }
    return this.parseCompare();
  }
  private parseCompare(): Expr {
    const l = this.parseAdd();
    const t = this.peek();
    if (t.k === 'id' && COMPARE_OPS.has(t.v)) {
      this.next();
      return { t: 'cmp', op: t.v as CompareOp, l, r: this.parseAdd() };
    }
    if (t.k === 'id' && (t.v === 'has' || t.v === 'in'))
      fail(`${this.what}: operator '${t.v}' is not supported`);
    return l;
  }
  private parseAdd(): Expr {
    let l = this.parseMul();
    while (this.isWord('add') || this.isWord('sub')) {
      const op = (this.next() as { v: string }).v as ArithOp;
      l = { t: 'arith', op, l, r: this.parseMul() };
    }
    return l;
  }
  private parseMul(): Expr {
    let l = this.parsePrimary();
    while (this.isWord('mul') || this.isWord('div') || this.isWord('mod')) {
      const op = (this.next() as { v: string }).v as ArithOp;
      l = { t: 'arith', op, l, r: this.parsePrimary() };
    }
    return l;
  }
  private parsePrimary(): Expr {
    const t = this.next();
    switch (t.k) {
      case 'num':
        return { t: 'lit', v: t.v };
      case 'str':
        return { t: 'lit', v: t.v };
      case 'time':
        return { t: 'lit', v: { time: t.v } };
      case 'sym':
        if (t.v === '(') {
          const e = this.parseOr();
          this.expectSym(')');
          return e;
        }
        return fail(`${this.what}: unexpected '${t.v}' at position ${t.at}`);
      case 'end':
        return fail(`${this.what}: unexpected end of expression`);
      case 'id':
        break;
    }
    const word = t.v;
    if (word === 'true' || word === 'false') return { t: 'lit', v: word === 'true' };
    if (word === 'null') return { t: 'lit', v: null };
    if (word === 'duration' || word === 'geography' || word === 'geometry') {
      fail(`${this.what}: ${word} literals are not supported by this server`);
    }
    const after = this.peek();
    if (after.k === 'sym' && after.v === '(') {
      const name = word.toLowerCase();
      if (UNSUPPORTED_FUNCTIONS.has(name))
        fail(`${this.what}: function ${word} is not supported by this server`);
      const arity = FUNCTIONS[name];
      if (arity === undefined) fail(`${this.what}: unknown function ${word}`);
      this.next();
      const args: Expr[] = [];
      if (!(this.peek().k === 'sym' && (this.peek() as { v: string }).v === ')')) {
        args.push(this.parseOr());
        while (this.peek().k === 'sym' && (this.peek() as { v: string }).v === ',') {
          this.next();
          args.push(this.parseOr());
        }
      }
      this.expectSym(')');
      if (args.length !== arity) fail(`${this.what}: ${word} takes ${arity} argument(s)`);
      return { t: 'fn', name, args };
    }
    // A property path: name/name/…  ("any"/"all" lambdas are not supported)
    const path = [word];
    while (this.peek().k === 'sym' && (this.peek() as { v: string }).v === '/') {
      this.next();
      const seg = this.next();
      if (seg.k !== 'id') fail(`${this.what}: expected a property name at position ${seg.at}`);
      if (seg.v === 'any' || seg.v === 'all')
        fail(`${this.what}: lambda operator ${seg.v} is not supported by this server`);
      path.push(seg.v);
    }
    return { t: 'prop', path };
  }

  /** For $orderby: expression, then optional asc/desc. */
  parseOrderItem(): OrderItem {
    const expr = this.parseAdd();
    let desc = false;
    if (this.isWord('asc') || this.isWord('desc'))
      desc = (this.next() as { v: string }).v === 'desc';
    return { expr, desc };
  }

  expectCommaOrEnd(): boolean {
    const t = this.peek();
    if (t.k === 'end') return false;
    if (t.k === 'sym' && t.v === ',') {
      this.next();
      return true;
    }
    return fail(`${this.what}: unexpected input at position ${t.at}`);
  }
}

export function parseFilter(text: string): Expr {
  if (text.trim() === '') fail('$filter: empty expression');
  const lambda = /\/(any|all)\s*\(/.exec(text);
  if (lambda) fail(`$filter: lambda operator ${lambda[1] ?? ''} is not supported by this server`);
  return new Parser(lex(text), '$filter').parseAll();
}

export function parseOrderBy(text: string): OrderItem[] {
  const p = new Parser(lex(text), '$orderby');
  const items: OrderItem[] = [];
  if (p.atEnd()) fail('$orderby: empty');
  do items.push(p.parseOrderItem());
  while (p.expectCommaOrEnd());
  return items;
}

/** Splits on a separator outside parentheses and quotes. */
export function splitTopLevel(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') {
      depth--;
      if (depth < 0) fail(`unbalanced ')' in ${text.slice(0, 60)}`);
    } else if (!quoted && depth === 0 && c === sep) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || quoted) fail(`unbalanced parentheses or quotes in ${text.slice(0, 60)}`);
  out.push(text.slice(start));
  return out.map((s) => s.trim());
}

const OPTION_NAMES = [
  '$filter',
  '$expand',
  '$select',
  '$orderby',
  '$top',
  '$skip',
  '$count',
  '$resultFormat',
] as const;

function nonNegativeInt(name: string, text: string): number {
  if (!/^\d{1,9}$/.test(text.trim()))
    fail(`${name}: expected a non-negative integer, got '${text.slice(0, 30)}'`);
  return Number(text.trim());
}

/** Query options from name → raw text pairs (a URL query, or the inside of an $expand item). */
export function parseOptions(
  pairs: readonly (readonly [string, string])[],
  nested: boolean,
): QueryOptions {
  let options: QueryOptions = EMPTY_OPTIONS;
  const raw: { filter?: string; orderby?: string; select?: string; expand?: string } = {};
  const seen = new Set<string>();
  for (const [rawName, value] of pairs) {
    if (!rawName.startsWith('$')) continue; // other parameters are not query options
    const name = OPTION_NAMES.find((n) => n.toLowerCase() === rawName.toLowerCase());
    if (name === undefined) fail(`unknown query option ${rawName.slice(0, 40)}`);
    if (seen.has(name)) fail(`query option ${name} given twice`);
    seen.add(name);
    switch (name) {
      case '$filter':
        options = { ...options, filter: parseFilter(value) };
        raw.filter = value;
        break;
      case '$expand':
        options = { ...options, expand: parseExpand(value) };
        raw.expand = value;
        break;
      case '$select':
        options = {
          ...options,
          select: splitTopLevel(value, ',').map((s) => {
            if (!/^[A-Za-z@][A-Za-z0-9_.@/]*$/.test(s))
              fail(`$select: invalid property '${s.slice(0, 40)}'`);
            return s === 'id' ? '@iot.id' : s;
          }),
        };
        raw.select = value;
        break;
      case '$orderby':
        options = { ...options, orderby: parseOrderBy(value) };
        raw.orderby = value;
        break;
      case '$top':
        options = { ...options, top: nonNegativeInt('$top', value) };
        break;
      case '$skip':
        options = { ...options, skip: nonNegativeInt('$skip', value) };
        break;
      case '$count':
        if (value !== 'true' && value !== 'false')
          fail(`$count: expected true or false, got '${value.slice(0, 20)}'`);
        options = { ...options, count: value === 'true' };
        break;
      case '$resultFormat':
        if (nested) fail('$resultFormat is not allowed inside $expand');
        if (value !== 'dataArray')
          fail(`$resultFormat: unsupported format '${value.slice(0, 30)}' (supported: dataArray)`);
        options = { ...options, resultFormat: 'dataArray' };
        break;
    }
  }
  return { ...options, raw };
}

/** "Observations($orderby=phenomenonTime desc;$top=1),Thing/Locations" */
export function parseExpand(text: string): ExpandItem[] {
  if (text.trim() === '') fail('$expand: empty');
  const items: ExpandItem[] = [];
  for (const part of splitTopLevel(text, ',')) {
    const open = part.indexOf('(');
    const pathText = open < 0 ? part : part.slice(0, open);
    if (open >= 0 && !part.endsWith(')')) fail(`$expand: malformed item '${part.slice(0, 60)}'`);
    const inner = open < 0 ? '' : part.slice(open + 1, -1);
    const path = pathText.split('/').map((s) => s.trim());
    if (path.some((s) => !/^[A-Za-z]+$/.test(s)))
      fail(`$expand: invalid navigation path '${pathText.slice(0, 60)}'`);
    const pairs =
      inner === ''
        ? []
        : splitTopLevel(inner, ';').map((opt): [string, string] => {
            const eq = opt.indexOf('=');
            if (eq < 0) fail(`$expand: malformed option '${opt.slice(0, 60)}'`);
            return [opt.slice(0, eq).trim(), opt.slice(eq + 1)];
          });
    let options = parseOptions(pairs, true);
    // Thing/Locations = Thing($expand=Locations(…)); the options apply to the last segment.
    for (let i = path.length - 1; i > 0; i--) {
      options = { ...EMPTY_OPTIONS, expand: [{ nav: path[i] as string, options }] };
    }
    const existing = items.find((it) => it.nav === path[0]);
    if (existing && path.length > 1) {
      // "Thing/Locations,Thing/Datastreams": merge the nested expands of the same navigation.
      items[items.indexOf(existing)] = {
        nav: existing.nav,
        options: { ...existing.options, expand: [...existing.options.expand, ...options.expand] },
      };
    } else {
      items.push({ nav: path[0] as string, options });
    }
  }
  return items;
}

// ------------------------------------------------------------------------------ evaluation

/** Resolves a property path on an entity: every value reached (to-many navigation = any). */
export type Resolver<E> = (entity: E, path: readonly string[]) => Value[];

const isTime = (v: Value): v is { readonly time: number } => typeof v === 'object' && v !== null;

function asComparable(v: Value, other: Value): number | string | boolean | null {
  if (isTime(v)) return v.time;
  if (typeof v === 'string' && isTime(other)) {
    const ms = Date.parse(v);
    return Number.isFinite(ms) ? ms : v;
  }
  return v;
}

export function compareValues(op: CompareOp, a: Value, b: Value): boolean {
  const x = asComparable(a, b);
  const y = asComparable(b, a);
  if (x === null || y === null) {
    if (op === 'eq') return x === y;
    if (op === 'ne') return x !== y;
    return false;
  }
  if (typeof x !== typeof y) return op === 'ne';
  switch (op) {
    case 'eq':
      return x === y;
    case 'ne':
      return x !== y;
    case 'gt':
      return x > y;
    case 'ge':
      return x >= y;
    case 'lt':
      return x < y;
    case 'le':
      return x <= y;
  }
}

/** Total order used by $orderby: nulls first, then numbers/times, strings, booleans. */
export function orderValues(a: Value, b: Value): number {
  const x = isTime(a) ? a.time : a;
  const y = isTime(b) ? b.time : b;
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'string' && typeof y === 'string') return x < y ? -1 : 1;
  if (typeof x === 'boolean' && typeof y === 'boolean') return x ? 1 : -1;
  return typeof x < typeof y ? -1 : 1;
}

function first(values: Value[]): Value {
  return values[0] ?? null;
}

export function evaluate<E>(expr: Expr, entity: E, resolve: Resolver<E>, nowMs: number): Value[] {
  switch (expr.t) {
    case 'lit':
      return [expr.v];
    case 'prop':
      return resolve(entity, expr.path);
    case 'cmp': {
      const ls = evaluate(expr.l, entity, resolve, nowMs);
      const rs = evaluate(expr.r, entity, resolve, nowMs);
      return [ls.some((l) => rs.some((r) => compareValues(expr.op, l, r)))];
    }
    case 'logic': {
      const l = truthy(evaluate(expr.l, entity, resolve, nowMs));
      if (expr.op === 'and' && !l) return [false];
      if (expr.op === 'or' && l) return [true];
      return [truthy(evaluate(expr.r, entity, resolve, nowMs))];
    }
    case 'not':
      return [!truthy(evaluate(expr.e, entity, resolve, nowMs))];
    case 'arith': {
      const l = first(evaluate(expr.l, entity, resolve, nowMs));
      const r = first(evaluate(expr.r, entity, resolve, nowMs));
      if (typeof l !== 'number' || typeof r !== 'number') return [null];
      switch (expr.op) {
        case 'add':
          return [l + r];
        case 'sub':
          return [l - r];
        case 'mul':
          return [l * r];
        case 'div':
          return [r === 0 ? null : l / r];
        case 'mod':
          return [r === 0 ? null : l % r];
      }
      return [null];
    }
    case 'fn':
      return [
        callFunction(
          expr.name,
          expr.args.map((a) => first(evaluate(a, entity, resolve, nowMs))),
          nowMs,
        ),
      ];
  }
}

export function truthy(values: Value[]): boolean {
  return values.some((v) => v === true);
}

function callFunction(name: string, args: Value[], nowMs: number): Value {
  const [a, b] = args;
  const str = (v: Value | undefined): string | null => (typeof v === 'string' ? v : null);
  const num = (v: Value | undefined): number | null => (typeof v === 'number' ? v : null);
  const time = (v: Value | undefined): Date | null => {
    if (v !== undefined && isTime(v)) return new Date(v.time);
    if (typeof v === 'string' && Number.isFinite(Date.parse(v))) return new Date(Date.parse(v));
    return null;
  };
  switch (name) {
    case 'substringof': {
      const needle = str(a);
      const hay = str(b);
      return needle === null || hay === null ? null : hay.includes(needle);
    }
    case 'startswith':
      return str(a) === null || str(b) === null
        ? null
        : (str(a) as string).startsWith(str(b) as string);
    case 'endswith':
      return str(a) === null || str(b) === null
        ? null
        : (str(a) as string).endsWith(str(b) as string);
    case 'indexof':
      return str(a) === null || str(b) === null
        ? null
        : (str(a) as string).indexOf(str(b) as string);
    case 'length':
      return str(a)?.length ?? null;
    case 'tolower':
      return str(a)?.toLowerCase() ?? null;
    case 'toupper':
      return str(a)?.toUpperCase() ?? null;
    case 'trim':
      return str(a)?.trim() ?? null;
    case 'concat':
      return str(a) === null || str(b) === null ? null : `${str(a) as string}${str(b) as string}`;
    case 'year':
      return time(a)?.getUTCFullYear() ?? null;
    case 'month':
      return time(a) === null ? null : (time(a) as Date).getUTCMonth() + 1;
    case 'day':
      return time(a)?.getUTCDate() ?? null;
    case 'hour':
      return time(a)?.getUTCHours() ?? null;
    case 'minute':
      return time(a)?.getUTCMinutes() ?? null;
    case 'second':
      return time(a)?.getUTCSeconds() ?? null;
    case 'now':
      return { time: nowMs };
    case 'round':
      return num(a) === null ? null : Math.round(num(a) as number);
    case 'floor':
      return num(a) === null ? null : Math.floor(num(a) as number);
    case 'ceiling':
      return num(a) === null ? null : Math.ceil(num(a) as number);
  }
  return null;
}

/**
 * Bounds on a time property implied by a filter: the intersection of the top-level "and"
 * comparisons of `property` with a date-time literal (or now()). Used to narrow the virtual
 * observation ranges before the filter is evaluated exactly.
 */
export function timeBounds(
  expr: Expr | null,
  property: string,
  nowMs: number,
): { lo: number; hi: number } {
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  const literalTime = (e: Expr): number | null => {
    if (e.t === 'lit' && isTime(e.v)) return e.v.time;
    if (e.t === 'lit' && typeof e.v === 'string' && Number.isFinite(Date.parse(e.v)))
      return Date.parse(e.v);
    if (e.t === 'fn' && e.name === 'now') return nowMs;
    return null;
  };
  const isProp = (e: Expr): boolean =>
    e.t === 'prop' && e.path.length === 1 && e.path[0] === property;
  const visit = (e: Expr): void => {
    if (e.t === 'logic' && e.op === 'and') {
      visit(e.l);
      visit(e.r);
      return;
    }
    if (e.t !== 'cmp') return;
    let op = e.op;
    let value: number | null = null;
    if (isProp(e.l)) value = literalTime(e.r);
    else if (isProp(e.r)) {
      value = literalTime(e.l);
      op = ({ gt: 'lt', ge: 'le', lt: 'gt', le: 'ge', eq: 'eq', ne: 'ne' } as const)[op];
    }
    if (value === null) return;
    if (op === 'gt' || op === 'ge') lo = Math.max(lo, value);
    if (op === 'lt' || op === 'le') hi = Math.min(hi, value);
    if (op === 'eq') {
      lo = Math.max(lo, value);
      hi = Math.min(hi, value);
    }
  };
  if (expr) visit(expr);
  return { lo, hi };
}
