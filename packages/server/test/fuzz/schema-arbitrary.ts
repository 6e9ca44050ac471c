import { passesVerhoeff } from '@kith/shared';
import fc from 'fast-check';

/**
 * Turns a route's JSON schema (from the OpenAPI document, which `fastify-type-provider-zod`
 * derives from the same zod schema that validates the request) into fast-check arbitraries:
 * values that mostly satisfy the schema, so requests get past validation into the use cases,
 * and hostile variants of them, so the edges of validation are probed too.
 */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** Existing ids to draw from, so uuid fields name real records (and get past "not found"). */
export type IdPools = (fieldName: string) => readonly string[];

const LONG = 'x'.repeat(70_000);

/** Values that have broken web apps before: control characters, lone surrogates, overflow, prototype keys. */
export const hostileStrings: readonly string[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\ufeff',
  '',
  ' ',
  'NaN',
  'Infinity',
  '-1',
  '1e9',
  '1e309',
  '9999999999999999999999',
  '-0',
  '__proto__',
  'constructor',
  'toString',
  "'; DROP TABLE people; --",
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '0000-00-00',
  '2024-02-30',
  '9999-12-31T23:59:59Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  LONG,
];

export const hostileNumbers: readonly number[] = [
  0,
  -1,
  -0,
  0.5,
  1e9,
  -1e9,
  2_147_483_648,
  -2_147_483_649,
  2 ** 53,
  -(2 ** 53),
  1e308,
  -1e308,
  Number.MIN_VALUE,
];

function deepNesting(depth: number, array: boolean): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = array ? [value] : { a: value };
  return value;
}

/** Objects whose own keys are the ones that poison prototypes when code merges them naively. */
function prototypeKeyed(value: unknown): unknown[] {
  const inner = JSON.stringify(value ?? { isAdmin: true });
  return [
    JSON.parse(`{"__proto__": ${inner}}`),
    JSON.parse(`{"constructor": {"prototype": ${inner}}}`),
    JSON.parse('{"__proto__": null}'),
  ];
}

/** Any JSON-ish value of the wrong shape: the first thing a fuzzer throws at a field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 3, arbitrary: fc.constantFrom(...hostileNumbers) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, {}, [], [null], { '': '' }) },
  { weight: 1, arbitrary: fc.constantFrom(deepNesting(600, true), deepNesting(600, false)) },
  { weight: 1, arbitrary: fc.constantFrom(...prototypeKeyed(null)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
);

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const dates = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });
const futureDates = fc.date({
  min: new Date('2027-01-01T00:00:00Z'),
  max: new Date('2034-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const birthDates = fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2012-12-31T00:00:00Z'), noInvalidDate: true });

/** A 10-digit NHS number with a correct modulus 11 check digit (synthetic: 9-prefixed test range). */
const nhsNumbers = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).chain((digits) => {
  const nine = [9, ...digits];
  const check = 11 - (nine.reduce((sum, d, i) => sum + d * (10 - i), 0) % 11);
  return check === 10 ? fc.constant('9434765919') : fc.constant(`${nine.join('')}${check === 11 ? 0 : check}`);
});

const words = fc.string({ minLength: 1, maxLength: 24 }).map((s) => s.trim() || 'text');

/**
 * Field names whose rules live in zod refinements (check digits, postcodes, local times) that a
 * JSON schema cannot state: realistic values for them, so valid-ish cases really are valid.
 */
const HINTS: Record<string, fc.Arbitrary<string>> = {
  email: fc.nat({ max: 10_000 }).map((n) => `fuzz.person${n}@example.org`),
  nhsNumber: nhsNumbers,
  postcode: fc.constantFrom('LS1 4AP', 'SW1A 1AA', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'ls14ap'),
  year: fc.integer({ min: 2020, max: 2030 }).map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`),
  financialYear: fc.integer({ min: 2020, max: 2030 }).map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`),
  startsAt: futureDates.map((d) => d.toISOString().slice(0, 16)),
  endsAt: futureDates.map((d) => d.toISOString().slice(0, 16)),
  opensAt: fc
    .tuple(fc.integer({ min: 6, max: 12 }), fc.constantFrom('00', '30'))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${m}`),
  closesAt: fc.tuple(fc.integer({ min: 13, max: 21 }), fc.constantFrom('00', '30')).map(([h, m]) => `${h}:${m}`),
  startDate: futureDates.map(isoDate),
  endDate: futureDates.map(isoDate),
  onlineUrl: fc.constantFrom('https://example.org/meet', 'http://example.org/a?b=c'),
  url: fc.constantFrom('https://example.org/', 'https://example.org/service'),
  website: fc.constantFrom('https://example.org/'),
  odsCode: fc.stringMatching(/^Y9[A-Z][0-9]{2}$/),
  password: fc.string({ minLength: 12, maxLength: 40 }),
  phone: fc.constantFrom('01632 960123', '07700 900123', '+44 113 496 0000'),
};

/**
 * A SNOMED CT concept id in the UK extension's partition with a correct Verhoeff check digit
 * (synthetic: most are no real concept), so a code table's add reaches past validation.
 */
const snomedConceptIds = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.nat({ max: 999_999_999 })).map(([first, rest]) => {
  const body = `${first}${String(rest).padStart(9, '0')}10`;
  const digit = [...'0123456789'].find((d) => passesVerhoeff(`${body}${d}`)) ?? '0';
  return `${body}${digit}`;
});

/**
 * Hints for fields whose whole rule is a refinement, used only where the schema states no
 * pattern or format: a same-named field with a pattern of its own (a reason's or a taxonomy
 * term's `code`) keeps it. The existing values (`refined:<name>` pools) reach the conflicts.
 */
const REFINED_HINTS: Record<string, fc.Arbitrary<string>> = {
  code: snomedConceptIds,
};

function stringArbitrary(schema: JsonSchema, name: string, ids: IdPools): fc.Arbitrary<unknown> {
  const hint = HINTS[name];
  if (hint) return schema.format === 'uuid' ? fc.uuid() : hint;
  const refined = schema.pattern === undefined && schema.format === undefined ? REFINED_HINTS[name] : undefined;
  if (refined) {
    const existing = ids(`refined:${name}`);
    return fc.oneof(
      { weight: 3, arbitrary: refined },
      ...(existing.length > 0 ? [{ weight: 1, arbitrary: fc.constantFrom(...existing) }] : []),
      { weight: 1, arbitrary: words },
    );
  }
  const codes = schema.format === undefined ? ids(`code:${name}`) : [];
  if (codes.length > 0) return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...codes) }, words);
  if (schema.format === 'uuid') {
    const pool = ids(name);
    return pool.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, fc.uuid()) : fc.uuid();
  }
  if (schema.format === 'date') return (name === 'dateOfBirth' ? birthDates : dates).map(isoDate);
  if (schema.format === 'date-time') return dates.map((d) => d.toISOString());
  if (schema.format === 'email') return fc.emailAddress().filter((e) => e.length <= (schema.maxLength ?? 254));
  if (schema.format === 'uri') return fc.webUrl();
  if (/At$|Time$/.test(name))
    return fc.oneof(
      dates.map((d) => d.toISOString()),
      fc.string({ maxLength: 20 }),
    );
  if (/On$|Date$|From$|^from$|^to$|Until$/.test(name) && !schema.pattern)
    return fc.oneof(dates.map(isoDate), fc.string({ maxLength: 12 }));
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 10_000));
    } catch {
      // A pattern fast-check cannot invert: plain strings probe it instead.
    }
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 40));
  const plain = fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength, maxLength }).filter((v) => minLength === 0 || v.trim().length > 0) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }) },
  );
  if (schema.maxLength === undefined) return plain;
  // Exactly at and one past the limit, in multi-byte characters too.
  const atLimit = fc.constantFrom('é'.repeat(schema.maxLength), 'a'.repeat(schema.maxLength + 1));
  return fc.oneof({ weight: 6, arbitrary: plain }, { weight: 1, arbitrary: atLimit });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const exclusiveMin = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : undefined;
  const exclusiveMax = typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : undefined;
  const min = schema.minimum ?? (exclusiveMin !== undefined ? exclusiveMin + (integer ? 1 : 1e-6) : -1_000_000);
  const max = schema.maximum ?? (exclusiveMax !== undefined ? exclusiveMax - (integer ? 1 : 1e-6) : 1_000_000);
  const inRange = integer
    ? fc.integer({ min: Math.ceil(Math.max(min, -2_147_483_648)), max: Math.floor(Math.min(max, 2_147_483_647)) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return fc.oneof({ weight: 6, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(min, max) });
}

/** Values that mostly satisfy `schema`; `name` is the field's name, used to choose ids. */
export function fromSchema(schema: JsonSchema, ids: IdPools, name = ''): fc.Arbitrary<unknown> {
  const base = baseArbitrary(schema, ids, name);
  return schema.nullable ? fc.oneof({ weight: 4, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) }) : base;
}

function baseArbitrary(schema: JsonSchema, ids: IdPools, name: string): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0) return fc.oneof(...alternatives.map((s) => fromSchema(s, ids, name)));
  if (schema.allOf && schema.allOf.length > 0) return fromSchema(Object.assign({}, ...schema.allOf), ids, name);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return stringArbitrary(schema, name, ids);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 4, 4));
      return fc.array(fromSchema(schema.items ?? {}, ids, singular(name)), { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(schema, ids);
    default:
      return schema.properties ? objectArbitrary(schema, ids) : fc.jsonValue({ maxDepth: 2 });
  }
}

function singular(name: string): string {
  return name.endsWith('Ids') ? name.slice(0, -1) : name;
}

function objectArbitrary(schema: JsonSchema, ids: IdPools): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(properties)) model[key] = fromSchema(property, ids, key);
  return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
}

type Mutation = 'replace' | 'delete' | 'add' | 'wrap' | 'taint';

/** Characters that are valid JSON but not storable or not well-formed text. */
const TAINTS = ['\u0000', '\ud800', '\udfff', '\ufeff', '\u202e', '\u0007'];

/**
 * A valid-ish value with one node broken: replaced by a hostile value, deleted, given an extra
 * (prototype-poisoning) key, or wrapped in an array. Pure, so fast-check can shrink it.
 */
export function mutate(value: unknown, index: number, mutation: Mutation, hostile: unknown): unknown {
  let counter = 0;
  const target = index;
  const visit = (node: unknown): unknown => {
    const here = counter++;
    // Taint every string from the chosen node on: otherwise-valid text carrying a bad character.
    if (mutation === 'taint' && typeof node === 'string' && here >= target) {
      const bad = TAINTS[here % TAINTS.length] ?? '\u0000';
      return `${node.slice(0, 1)}${bad}${node.slice(1)}`;
    }
    if (here === target) {
      if (mutation === 'replace') return hostile;
      if (mutation === 'wrap') return [node];
      if (mutation === 'add' && isPlainObject(node)) {
        const copy = JSON.parse(JSON.stringify(node)) as Record<string, unknown>;
        return JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(copy).slice(1, -1) || '"x": 1'}}`);
      }
    }
    if (Array.isArray(node)) return node.map(visit);
    if (isPlainObject(node)) {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) {
        const childIndex = counter;
        const next = visit(child);
        if (mutation === 'delete' && childIndex === target) continue;
        // defineProperty, so a "__proto__" key stays an own key rather than setting the prototype.
        Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return node;
  };
  return visit(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Malformed bodies that never parse as the schema's JSON at all. */
export const rawBodies: readonly string[] = [
  '{',
  '{"a":',
  'null',
  '[]',
  '"x"',
  '1e999',
  '{"a":1,"a":2}',
  '\u0000',
  '{"\\ud800":1}',
];

export type BodyCase = { kind: 'json'; value: unknown } | { kind: 'raw'; text: string };

/** The mix of request bodies for one route: many valid-ish, many broken in one place, a few wholly hostile. */
export function bodyCases(schema: JsonSchema, ids: IdPools): fc.Arbitrary<BodyCase> {
  const valid = fromSchema(schema, ids);
  const broken = fc
    .tuple(
      valid,
      fc.nat({ max: 60 }),
      fc.constantFrom<Mutation>('replace', 'replace', 'taint', 'taint', 'delete', 'add', 'wrap'),
      hostileValue,
    )
    .map(([value, index, mutation, hostile]) => mutate(value, index, mutation, hostile));
  return fc.oneof(
    { weight: 4, arbitrary: valid.map((value): BodyCase => ({ kind: 'json', value })) },
    { weight: 5, arbitrary: broken.map((value): BodyCase => ({ kind: 'json', value })) },
    { weight: 1, arbitrary: hostileValue.map((value): BodyCase => ({ kind: 'json', value })) },
    { weight: 1, arbitrary: fc.constantFrom(...rawBodies).map((text): BodyCase => ({ kind: 'raw', text })) },
  );
}

/** One query-string or path value: usually from the schema, sometimes hostile, as a string. */
export function stringValue(schema: JsonSchema, ids: IdPools, name: string): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 5, arbitrary: fromSchema(schema, ids, name) },
      { weight: 3, arbitrary: fc.constantFrom(...hostileStrings, ...hostileNumbers.map(String)) },
    )
    .map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
}
