import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabase } from '../../test/test-database.ts';
import type { Database, Db } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';
import { backoffSeconds, enqueueJob, type JobHandler, type JobRow, runDueJobs } from './job-queue.ts';
import { startJobWorker } from './job-worker.ts';

/**
 * The queue itself. Each test uses job kinds of its own, and a worker claims only the kinds it
 * has handlers for, so tests never run each other's jobs.
 */
describe('job queue', () => {
  let database: Database;
  let db: Db;
  const kind = (name: string) => `test.${name}.${crypto.randomUUID()}`;
  const jobOf = async (id: string): Promise<JobRow> => {
    const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
    if (!row) throw new Error('no job');
    return row;
  };
  const idsOfKind = async (k: string) => (await db.select().from(jobs).where(eq(jobs.kind, k))).map((j) => j.id);
  const silentLogger = { warn: () => {}, error: () => {} };

  beforeAll(async () => {
    database = await testDatabase();
    db = database.db;
  });

  it('runs a due job once and marks it completed; a job not yet due waits', async () => {
    const k = kind('due');
    const now = new Date();
    await enqueueJob(db, { kind: k, payload: { n: 1 }, runAt: new Date(now.getTime() - 1000) });
    await enqueueJob(db, { kind: k, payload: { n: 2 }, runAt: new Date(now.getTime() + 60_000) });
    const seen: unknown[] = [];
    const handler: JobHandler = async (_tx, job) => {
      seen.push(job.payload);
    };
    expect(await runDueJobs(db, { [k]: handler }, now)).toEqual({ claimed: 1, completed: 1, failed: 0 });
    expect(seen).toEqual([{ n: 1 }]);
    expect(await runDueJobs(db, { [k]: handler }, now)).toEqual({ claimed: 0, completed: 0, failed: 0 });
    expect(await runDueJobs(db, { [k]: handler }, new Date(now.getTime() + 61_000))).toMatchObject({ completed: 1 });
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
    const rows = await db.select().from(jobs).where(eq(jobs.kind, k));
    expect(rows.every((r) => r.completedAt !== null && r.attempts === 1 && r.lockedUntil === null)).toBe(true);
  });

  it('keeps one job per dedupe key', async () => {
    const k = kind('dedupe');
    const key = `test-dedupe:${crypto.randomUUID()}`;
    expect(await enqueueJob(db, { kind: k, payload: {}, runAt: new Date(), dedupeKey: key })).toBe(true);
    expect(await enqueueJob(db, { kind: k, payload: {}, runAt: new Date(), dedupeKey: key })).toBe(false);
    expect(await idsOfKind(k)).toHaveLength(1);
  });

  it('rolls back a failed attempt, records the error and retries with backoff until attempts run out', async () => {
    const k = kind('failing');
    const now = new Date();
    await enqueueJob(db, { kind: k, payload: {}, runAt: now, maxAttempts: 2 });
    const [id] = await idsOfKind(k);
    if (!id) throw new Error('no job');
    const failing: JobHandler = async (tx) => {
      // Work done before the failure must not survive it.
      await tx
        .update(jobs)
        .set({ payload: { touched: true } })
        .where(eq(jobs.id, id));
      throw new Error('provider API down');
    };
    expect(await runDueJobs(db, { [k]: failing }, now)).toEqual({ claimed: 1, completed: 0, failed: 1 });
    const afterFirst = await jobOf(id);
    expect(afterFirst).toMatchObject({ attempts: 1, lastError: 'provider API down', completedAt: null, lockedUntil: null });
    expect(afterFirst.payload).toEqual({});
    expect(afterFirst.runAt.getTime()).toBe(now.getTime() + backoffSeconds(1) * 1000);

    // Not before the backoff has passed.
    expect((await runDueJobs(db, { [k]: failing }, now)).claimed).toBe(0);
    const later = new Date(afterFirst.runAt.getTime() + 1000);
    expect(await runDueJobs(db, { [k]: failing }, later)).toMatchObject({ failed: 1 });
    // Out of attempts: left in the table with its error, never claimed again.
    expect(await jobOf(id)).toMatchObject({ attempts: 2, completedAt: null, lastError: 'provider API down' });
    expect((await runDueJobs(db, { [k]: failing }, new Date(later.getTime() + 86_400_000))).claimed).toBe(0);
  });

  it('backs off 1, 2, 4… minutes, at most an hour', () => {
    expect([1, 2, 3, 4, 10].map(backoffSeconds)).toEqual([60, 120, 240, 480, 3600]);
  });

  it('claims only the kinds it has handlers for, and not a job another worker holds a lease on', async () => {
    const mine = kind('mine');
    const other = kind('other');
    const now = new Date();
    await enqueueJob(db, { kind: mine, payload: {}, runAt: now });
    await enqueueJob(db, { kind: other, payload: {}, runAt: now });
    const leased = kind('leased');
    await enqueueJob(db, { kind: leased, payload: {}, runAt: now });
    await db
      .update(jobs)
      .set({ lockedUntil: new Date(now.getTime() + 60_000) })
      .where(eq(jobs.kind, leased));
    const noop: JobHandler = async () => {};
    expect(await runDueJobs(db, { [mine]: noop, [leased]: noop }, now)).toMatchObject({ claimed: 1, completed: 1 });
    expect((await jobOf((await idsOfKind(other))[0] ?? '')).completedAt).toBeNull();
    // Once the lease runs out (its holder died), the job is claimed again.
    expect(await runDueJobs(db, { [leased]: noop }, new Date(now.getTime() + 61_000))).toMatchObject({ completed: 1 });
  });

  it('two workers claiming at once never run the same job twice', async () => {
    const k = kind('race');
    const now = new Date();
    for (let i = 0; i < 10; i++) await enqueueJob(db, { kind: k, payload: { i }, runAt: now });
    const runs: number[] = [];
    const handler: JobHandler = async (_tx, job) => {
      runs.push(job.payload.i as number);
    };
    const [a, b] = await Promise.all([runDueJobs(db, { [k]: handler }, now, 6), runDueJobs(db, { [k]: handler }, now, 6)]);
    expect((a?.completed ?? 0) + (b?.completed ?? 0)).toBe(10);
    expect(runs.sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('the worker runs due jobs in the background and stops cleanly', async () => {
    const k = kind('worker');
    await enqueueJob(db, { kind: k, payload: {}, runAt: new Date() });
    const handled = vi.fn<JobHandler>(async () => {});
    const worker = startJobWorker(database, { [k]: handled }, 0.05, silentLogger);
    try {
      await vi.waitFor(async () => {
        const ids = await idsOfKind(k);
        const rows = await db.select().from(jobs).where(inArray(jobs.id, ids));
        expect(rows.every((r) => r.completedAt !== null)).toBe(true);
      });
    } finally {
      await worker.stop();
    }
    expect(handled).toHaveBeenCalledTimes(1);
  });
});
