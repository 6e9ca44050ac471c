import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';
import { databaseErrorOf } from '../http/database-errors.ts';

/**
 * A small job queue in one Postgres table (docs/adr/0007-job-queue.md), the same on PGlite and
 * PostgreSQL. Jobs are claimed with `FOR UPDATE SKIP LOCKED`, so several app servers never run
 * one job at once; a claim is a lease (`locked_until`), so a job whose process died is claimed
 * again once the lease runs out. Delivery is at least once: handlers must be idempotent.
 */

export type JobRow = typeof jobs.$inferSelect;

/**
 * Does one job's work inside the transaction that marks the job completed, so the work and
 * its completion commit together. Throwing rolls the work back and schedules a retry.
 * Keep it short: on PGlite an open transaction blocks every other query.
 */
export type JobHandler = (tx: Tx, job: JobRow, now: Date) => Promise<void>;
/** Handlers by job kind. A worker claims only the kinds it has a handler for. */
export type JobHandlers = Readonly<Record<string, JobHandler>>;

export interface NewJob {
  kind: string;
  payload: Record<string, unknown>;
  runAt: Date;
  /** At most one job per key, ever: enqueueing the same key again does nothing. */
  dedupeKey?: string | null;
  maxAttempts?: number;
}

export interface JobRunSummary {
  claimed: number;
  completed: number;
  failed: number;
}

/** How long a claim holds a job before another worker may take it over. */
export const JOB_LEASE_SECONDS = 300;
/** The longest wait between two attempts of a failing job. */
const MAX_BACKOFF_SECONDS = 3600;

/**
 * Adds a job, in the caller's transaction so it exists exactly when the change that needs it
 * commits. Returns false when a job with the same `dedupeKey` already exists.
 */
export async function enqueueJob(tx: DbOrTx, job: NewJob): Promise<boolean> {
  return (await enqueueJobs(tx, [job])) === 1;
}

/** Adds several jobs in one statement, as {@link enqueueJob} does; returns how many were new. */
export async function enqueueJobs(tx: DbOrTx, newJobs: readonly NewJob[]): Promise<number> {
  if (newJobs.length === 0) return 0;
  const inserted = await tx
    .insert(jobs)
    .values(
      newJobs.map((job) => ({
        kind: job.kind,
        payload: job.payload,
        runAt: job.runAt,
        dedupeKey: job.dedupeKey ?? null,
        ...(job.maxAttempts === undefined ? {} : { maxAttempts: job.maxAttempts }),
      })),
    )
    .onConflictDoNothing({ target: jobs.dedupeKey })
    .returning({ id: jobs.id });
  return inserted.length;
}

/**
 * Claims up to `limit` due jobs of the handled kinds and runs them one by one. `now` is the
 * queue's clock (due times, leases, retries), so tests can run the queue "five days later".
 */
export async function runDueJobs(db: Db, handlers: JobHandlers, now = new Date(), limit = 20): Promise<JobRunSummary> {
  const claimed = await claimDueJobs(db, Object.keys(handlers), now, limit);
  let completed = 0;
  let failed = 0;
  for (const job of claimed) {
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      await db.transaction(async (tx) => {
        await handler(tx, job, now);
        await tx.update(jobs).set({ completedAt: now, lockedUntil: null, lastError: null }).where(eq(jobs.id, job.id));
      });
      completed += 1;
    } catch (error) {
      await recordFailure(db, job, error, now);
      failed += 1;
    }
  }
  return { claimed: claimed.length, completed, failed };
}

/**
 * Takes a lease on due jobs in one short transaction. SKIP LOCKED lets a second worker pass
 * over rows the first is claiming instead of waiting for them; the lease keeps them from being
 * claimed again after this transaction ends, while the handlers run.
 */
async function claimDueJobs(db: Db, kinds: string[], now: Date, limit: number): Promise<JobRow[]> {
  if (kinds.length === 0 || limit < 1) return [];
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        and(
          isNull(jobs.completedAt),
          lte(jobs.runAt, now),
          or(isNull(jobs.lockedUntil), lt(jobs.lockedUntil, now)),
          lt(jobs.attempts, jobs.maxAttempts),
          inArray(jobs.kind, kinds),
        ),
      )
      .orderBy(asc(jobs.runAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    const claimed = await tx
      .update(jobs)
      .set({ lockedUntil: new Date(now.getTime() + JOB_LEASE_SECONDS * 1000), attempts: sql`${jobs.attempts} + 1` })
      .where(
        inArray(
          jobs.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
    return claimed.sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
  });
}

/**
 * Records why a job failed and, while attempts remain, runs it again later with exponential
 * backoff (1, 2, 4… minutes, at most an hour). A job out of attempts stays in the table, not
 * completed, with its last error: a dead letter an operator can read.
 */
async function recordFailure(db: Db, job: JobRow, error: unknown, now: Date): Promise<void> {
  // A database error's message quotes the SQL parameters (the job's personal data): keep its
  // SQLSTATE and constraint only, as the log does.
  const database = databaseErrorOf(error);
  const message = database
    ? `database error ${database.code}${database.constraint ? ` (${database.constraint})` : ''}`
    : error instanceof Error
      ? error.message
      : String(error);
  const retry = job.attempts < job.maxAttempts;
  await db
    .update(jobs)
    .set({
      lastError: message.slice(0, 2000),
      lockedUntil: null,
      ...(retry ? { runAt: new Date(now.getTime() + backoffSeconds(job.attempts) * 1000) } : {}),
    })
    .where(eq(jobs.id, job.id));
}

/** Seconds to wait after the `attempts`-th failed attempt. */
export function backoffSeconds(attempts: number): number {
  return Math.min(60 * 2 ** Math.max(attempts - 1, 0), MAX_BACKOFF_SECONDS);
}
