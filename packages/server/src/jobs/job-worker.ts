import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/client.ts';
import { type JobHandlers, runDueJobs } from './job-queue.ts';

export interface JobWorker {
  /** Stops polling and waits for the jobs being run to finish, so the database can close. */
  stop(): Promise<void>;
}

const BATCH_SIZE = 20;

/**
 * Polls the queue every `pollSeconds` in this process. It runs once at start (jobs that fell due
 * while Kith was down), and keeps claiming while whole batches come back so a backlog clears
 * without waiting a poll per batch. Failures are logged with the job's id and kind only.
 */
export function startJobWorker(
  database: Database,
  handlers: JobHandlers,
  pollSeconds: number,
  logger: Pick<FastifyBaseLogger, 'warn' | 'error'>,
): JobWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  const drain = async (): Promise<void> => {
    try {
      for (;;) {
        const summary = await runDueJobs(database.db, handlers, new Date(), BATCH_SIZE);
        if (summary.failed > 0) logger.warn({ failed: summary.failed }, 'some jobs failed and will be retried');
        if (stopped || summary.claimed < BATCH_SIZE) return;
      }
    } catch (err) {
      logger.error({ err }, 'job worker could not claim jobs');
    }
  };

  const schedule = (delayMs: number): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = drain().finally(() => {
        running = null;
        schedule(pollSeconds * 1000);
      });
    }, delayMs);
    // The HTTP server keeps the process alive; the worker alone must not.
    timer.unref();
  };

  schedule(0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) await running;
    },
  };
}
