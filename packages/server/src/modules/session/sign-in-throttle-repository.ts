import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { signInThrottle } from '../../db/schema/index.ts';

/** One client's failures in a row for one address, and when the last one was. */
export interface ClientFailures {
  failures: number;
  lastFailureAt: Date;
}

export async function findClientFailures(db: DbOrTx, email: string, client: string): Promise<ClientFailures | undefined> {
  const [row] = await db
    .select({ failures: signInThrottle.failures, lastFailureAt: signInThrottle.lastFailureAt })
    .from(signInThrottle)
    .where(and(eq(signInThrottle.email, email), eq(signInThrottle.client, client)))
    .limit(1);
  return row;
}

/** Failures for the address from every client whose last failure is after `since`. */
export async function sumAccountFailuresSince(db: DbOrTx, email: string, since: Date): Promise<number> {
  const [account] = await db
    .select({ failures: sql<number>`coalesce(sum(${signInThrottle.failures}), 0)::int` })
    .from(signInThrottle)
    .where(and(eq(signInThrottle.email, email), gt(signInThrottle.lastFailureAt, since)));
  return Number(account?.failures ?? 0);
}

/** A client's first counted failure; false when a row for it appeared in the meantime. */
export async function insertFirstFailure(db: DbOrTx, email: string, client: string, at: Date): Promise<boolean> {
  const inserted = await db
    .insert(signInThrottle)
    .values({ email, client, failures: 1, lastFailureAt: at })
    .onConflictDoNothing()
    .returning({ email: signInThrottle.email });
  return inserted.length === 1;
}

export interface FailureCountChange {
  email: string;
  client: string;
  /** The row as it was read: the change is made only if it is still so. */
  seen: ClientFailures;
  failures: number;
  at: Date;
}

/** Sets the client's count by compare-and-set; false when another attempt changed the row first. */
export async function updateFailuresIfUnchanged(db: DbOrTx, change: FailureCountChange): Promise<boolean> {
  const { email, client, seen, failures, at } = change;
  const updated = await db
    .update(signInThrottle)
    .set({ failures, lastFailureAt: at })
    .where(
      and(
        eq(signInThrottle.email, email),
        eq(signInThrottle.client, client),
        eq(signInThrottle.failures, seen.failures),
        eq(signInThrottle.lastFailureAt, seen.lastFailureAt),
      ),
    )
    .returning({ email: signInThrottle.email });
  return updated.length === 1;
}

/** Clears one client's count for the address; other clients' failures still count. */
export async function deleteClientFailures(db: DbOrTx, email: string, client: string): Promise<void> {
  await db.delete(signInThrottle).where(and(eq(signInThrottle.email, email), eq(signInThrottle.client, client)));
}

export async function deleteFailuresBefore(db: DbOrTx, cutoff: Date): Promise<void> {
  await db.delete(signInThrottle).where(lt(signInThrottle.lastFailureAt, cutoff));
}

/** Forgets every client's failures for the address (after its password was reset). */
export async function deleteAccountFailures(db: DbOrTx, email: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.email, email));
}
