import { createHash } from 'node:crypto';
import { httpUrlOrUndefined, identifierUriOrUndefined } from '@kith/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * Small shared pieces of the ORUK boundary: the "omit, never null" rule of the ORUK 3.0 API,
 * stable ids for feed records that lack one, and the one-array-parameter `= ANY($ids)` filter.
 */

type Present<T> = { [K in keyof T as null extends T[K] ? never : undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as null extends T[K] ? K : undefined extends T[K] ? K : never]?: Exclude<T[K], null | undefined>;
};

/**
 * Drops keys whose value is null or undefined: ORUK says optional fields with no value are left
 * out, never sent as null. Keys typed without null stay required in the result type.
 */
export function compact<T extends Record<string, unknown>>(value: T): Present<T> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === null || field === undefined) continue;
    out[key] = field;
  }
  return out as Present<T>;
}

/**
 * A web address for the feed: published only when it is http(s). The API, the import and the
 * database all refuse anything else already; this is the last line, so a `javascript:` or
 * `data:` address that somehow got stored is never republished to other directories.
 */
export const feedWebAddress = httpUrlOrUndefined;

/** An ORUK `uri` identifier for the feed: http(s) or a URN, otherwise left out. */
export const feedIdentifierUri = identifierUriOrUndefined;

/** Optional text with nothing in it counts as no value. */
export function optionalText(value: string | null | undefined): string | undefined {
  return value ? value : undefined;
}

/**
 * A stable UUID (RFC 9562 version 5 layout) from a name, for feed records that come without a
 * UUID of their own: re-importing the same feed then names the same rows the same way.
 */
export function derivedUuid(name: string): string {
  const hex = createHash('sha1').update(`kith-oruk:${name}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `column = ANY($1::uuid[])`: one parameter however many ids, the same statement for every page. */
export function anyUuid(column: PgColumn, ids: readonly string[]): SQL {
  return sql`${column} = ANY(${sql.param([...ids])}::uuid[])`;
}

/** A timestamp as ORUK's date-time (ISO 8601 with milliseconds, UTC). */
export function isoDateTime(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
