import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';
import { enqueueJob } from './job-queue.ts';

/**
 * Queues a job of `kind` at `runAt` unless one is already waiting to run (not completed, not
 * out of attempts, not being run right now). Used for the scans that run while there is work
 * and stop when there is none: whatever makes new work calls this, so a stopped scan restarts.
 * A run in progress does not count, as it may have looked before the new work committed; at
 * worst two runs follow, and both scans are idempotent.
 */
export async function ensureJobQueued(db: DbOrTx, kind: string, runAt: Date, now: Date): Promise<void> {
  const [waiting] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        isNull(jobs.completedAt),
        eq(jobs.kind, kind),
        lt(jobs.attempts, jobs.maxAttempts),
        or(isNull(jobs.lockedUntil), lt(jobs.lockedUntil, now)),
        // A waiting run later than wanted does not count: the earlier one is queued too.
        sql`${jobs.runAt} <= ${runAt}`,
      ),
    )
    .limit(1);
  if (!waiting) await enqueueJob(db, { kind, payload: {}, runAt });
}
