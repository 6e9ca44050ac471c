import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { pcnsAmong } from '../supervision/pcn-people-repository.ts';

/** Small helpers the dashboard's queries share. */

/** A uuid[] parameter for `= ANY(…)`. */
export function uuidList(ids: readonly string[]): SQL {
  return sql`${sql.param([...ids])}::uuid[]`;
}

/** A timestamp from a row: PGlite gives Date objects, node-postgres may give strings. */
export function toInstant(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A count column (bigint arrives as a string from node-postgres). */
export function toCount(value: number | string | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `now`, never negative. */
export function wholeDaysSince(from: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - from.getTime()) / DAY_MS));
}

/** `now` less `days` whole days. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** The PCNs among a scope's organisations: teams and caseload pressure are counted per PCN, as the pressure report does. */
export async function pcnIdsAmong(db: DbOrTx, organisationIds: string[]): Promise<string[]> {
  return (await pcnsAmong(db, organisationIds)).map((pcn) => pcn.id);
}
