import type { ResponseShape } from './oruk-response-shapes.ts';
import { type FieldFact, type StringFormat, UK_PROFILE } from './uk-profile-facts.ts';

/** One way a response breaks the profile, at a JSON path such as `$.contents[3].organization.id`. */
export interface SchemaProblem {
  path: string;
  problem: string;
}

export interface CheckOptions {
  /**
   * Collects every field path that was present and checked, indices folded (`contacts[].id`), so a
   * test can prove its data reached the nested records and did not pass by being empty.
   */
  visited?: Set<string>;
}

/** Checks a feed response against the UK profile facts for its shape; returns every problem found. */
export function checkResponse(value: unknown, shape: ResponseShape, options: CheckOptions = {}): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  checkRecord(value, shape, '$', '', problems, options.visited);
  return problems;
}

function checkRecord(
  value: unknown,
  shape: ResponseShape,
  path: string,
  fieldPath: string,
  problems: SchemaProblem[],
  visited: Set<string> | undefined,
): void {
  if (!isPlainObject(value)) {
    problems.push({ path, problem: `expected a ${shape.resource} object, got ${describe(value)}` });
    return;
  }
  const facts = UK_PROFILE[shape.resource];
  for (const field of facts.required) {
    if (!(field in value)) problems.push({ path: `${path}.${field}`, problem: `required ${shape.resource} field is missing` });
  }
  for (const [field, fieldValue] of Object.entries(value)) {
    const at = `${path}.${field}`;
    const foldedAt = fieldPath ? `${fieldPath}.${field}` : field;
    const added = shape.lists?.[field] ?? shape.objects?.[field];
    const fact = facts.fields[field];
    if (added) {
      visited?.add(foldedAt);
      const many = shape.lists?.[field] !== undefined;
      checkNested(fieldValue, added, many, at, foldedAt, problems, visited);
      continue;
    }
    // Fields the profile does not define are allowed (no schema forbids additional properties).
    if (!fact) continue;
    if (fact.kind === 'one' || fact.kind === 'many') {
      const nestedShape = relationShape(shape, field, fact.of);
      // A relation this response's schema leaves out is not checked, as the validator would not.
      if (!nestedShape) continue;
      visited?.add(foldedAt);
      checkNested(fieldValue, nestedShape, fact.kind === 'many', at, foldedAt, problems, visited);
      continue;
    }
    visited?.add(foldedAt);
    const problem = scalarProblem(fieldValue, fact);
    if (problem) problems.push({ path: at, problem });
  }
}

function relationShape(shape: ResponseShape, field: string, of: ResponseShape['resource']): ResponseShape | undefined {
  if (shape.nested === 'every') return { resource: of, nested: 'every' };
  return shape.nested[field];
}

function checkNested(
  value: unknown,
  shape: ResponseShape,
  many: boolean,
  path: string,
  fieldPath: string,
  problems: SchemaProblem[],
  visited: Set<string> | undefined,
): void {
  if (!many) {
    checkRecord(value, shape, path, fieldPath, problems, visited);
    return;
  }
  if (!Array.isArray(value)) {
    problems.push({ path, problem: `expected an array of ${shape.resource}, got ${describe(value)}` });
    return;
  }
  for (const [index, item] of value.entries()) {
    checkRecord(item, shape, `${path}[${index}]`, `${fieldPath}[]`, problems, visited);
  }
}

function scalarProblem(value: unknown, fact: Exclude<FieldFact, { kind: 'one' | 'many' }>): string | null {
  switch (fact.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : `expected a number, got ${describe(value)}`;
    case 'integer':
      return Number.isInteger(value) ? null : `expected an integer, got ${describe(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `expected a boolean, got ${describe(value)}`;
    case 'string': {
      if (typeof value !== 'string') return `expected a string, got ${describe(value)}`;
      if (fact.values && !fact.values.includes(value)) return `"${value}" is not one of ${fact.values.join(', ')}`;
      if (fact.format && !FORMAT_CHECKS[fact.format](value)) return `"${value}" is not a valid ${fact.format}`;
      return null;
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// RFC 3339: a full date, `T`, a time with optional fraction, and a zone (Z or ±hh:mm).
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

const FORMAT_CHECKS: Record<StringFormat, (value: string) => boolean> = {
  uuid: (value) => UUID.test(value),
  'date-time': (value) => {
    const match = DATE_TIME.exec(value);
    return !!match && isRealDate(match[1] as string) && Number(match[2]) < 24 && Number(match[3]) < 60 && Number(match[4]) < 61;
  },
  date: (value) => DATE.test(value) && isRealDate(value),
  // An absolute URI: a scheme, then something the WHATWG parser accepts.
  uri: (value) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(value) && URL.canParse(value),
  email: (value) => EMAIL.test(value),
};

function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  return `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}
