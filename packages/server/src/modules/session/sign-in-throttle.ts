import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { signInThrottle } from '../../db/schema/index.ts';

/**
 * Temporary lock-out after repeated failed sign-ins for one email address. Tracked per email
 * whether or not an account exists, so the response never reveals which addresses are real.
 */
export interface ThrottlePolicy {
  maxFailures: number;
  lockMinutes: number;
}

/** When the email is locked, the time the lock ends; otherwise null. */
export async function lockedUntil(db: DbOrTx, email: string, now: Date): Promise<Date | null> {
  const [row] = await db.select().from(signInThrottle).where(eq(signInThrottle.email, email)).limit(1);
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/** Counts a failure; the `maxFailures`-th failure in a row locks the email for `lockMinutes`. */
export async function recordFailure(db: DbOrTx, email: string, now: Date, policy: ThrottlePolicy): Promise<void> {
  const lockEnd = new Date(now.getTime() + policy.lockMinutes * 60_000);
  await db
    .insert(signInThrottle)
    .values({ email, failures: 1, lastFailureAt: now, lockedUntil: policy.maxFailures <= 1 ? lockEnd : null })
    .onConflictDoUpdate({
      target: signInThrottle.email,
      set: {
        // A failure after a lock has expired starts a fresh count.
        failures: sql`CASE WHEN ${signInThrottle.lockedUntil} IS NOT NULL AND ${signInThrottle.lockedUntil} <= ${now.toISOString()}::timestamptz THEN 1 ELSE ${signInThrottle.failures} + 1 END`,
        lastFailureAt: now,
        lockedUntil: sql`CASE WHEN ${signInThrottle.lockedUntil} IS NOT NULL AND ${signInThrottle.lockedUntil} <= ${now.toISOString()}::timestamptz THEN NULL WHEN ${signInThrottle.failures} + 1 >= ${policy.maxFailures} THEN ${lockEnd.toISOString()}::timestamptz ELSE ${signInThrottle.lockedUntil} END`,
      },
    });
}

export async function clearFailures(db: DbOrTx, email: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.email, email));
}
