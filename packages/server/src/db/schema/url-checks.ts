import { type SQL, sql } from 'drizzle-orm';
import { check, type PgColumn } from 'drizzle-orm/pg-core';

/**
 * Database backstops for the shared web address rule (`packages/shared/src/rules/web-address.ts`):
 * whatever writes a row — the API, the ORUK import, a script — a link column holds only an
 * http(s) address, so `javascript:`, `data:` or `vbscript:` can never be stored and shown or
 * republished. Identifier columns (ORUK `uri`) may also hold a URN, which nobody opens.
 */

/** `column` is null or starts `http://` / `https://` (any case). */
export function httpUrlCheck(name: string, column: PgColumn): ReturnType<typeof check> {
  return check(name, sql`${column} IS NULL OR ${column} ~* '^https?://'` as SQL);
}

/** `column` is null, an http(s) address or a URN. */
export function identifierUriCheck(name: string, column: PgColumn): ReturnType<typeof check> {
  return check(name, sql`${column} IS NULL OR ${column} ~* '^(https?://|urn:)'` as SQL);
}
