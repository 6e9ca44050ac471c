import type { Database } from '@kith/server/db/client.ts';
import { kithJobHandlers } from '@kith/server/jobs/job-handlers.ts';
import { type JobHandlers, runDueJobs } from '@kith/server/jobs/job-queue.ts';
import { type JobWorker, startJobWorker } from '@kith/server/jobs/job-worker.ts';
import { DEMO_PASSWORD } from '@kith/server/modules/demo-data/demo-data.ts';
import {
  DEMO_KITH_MESH_MAILBOX,
  DEMO_MESH_MAILBOXES,
  DEMO_MESH_SHARED_KEY,
} from '@kith/server/modules/demo-data/demo-gp-record.ts';
import { ensureGpDocumentPoll } from '@kith/server/modules/gp-record/gp-document-poll-job.ts';
import {
  GP_DOCUMENT_POLL_JOB,
  GP_DOCUMENT_PREPARE_JOB,
  GP_DOCUMENT_SEND_JOB,
} from '@kith/server/modules/gp-record/gp-document-queue.ts';
import type { GpDocument } from '@kith/shared';
import type { Bundle } from '@medplum/fhirtypes';
import { validateFhirResource } from '../../../packages/server/test/fhir-validation.ts';
import { startLocalMeshServer } from '../../../packages/server/test/mesh-server/mesh-server.ts';
import type { BenchDatabase } from '../support/bench-database.ts';
import { type SignedInSession, signIn, startKithApp } from '../support/kith-app.ts';
import { median, ratio, roundTo } from '../support/statistics.ts';
import { createDischargeCases } from './gp-record-cases.ts';
import { GP_RECORD_SETTINGS } from './gp-record-settings.ts';

/**
 * From a discharge (the API call) to "Delivered" on the referral's GP record panel, through the
 * real jobs: the discharge queues the document; the job worker prepares it (message back, letter
 * PDF, Bundle, mailbox), sends it to MESH (a local MESH server whose practice acknowledges at
 * once), and the poll chain sees the acknowledgement. Against the same discharge with the same job
 * handlers run back to back by the bench, with no worker tick or poll period to wait for: the
 * ratio is how much of the wait the worker and the poll chain add at their shortest settings.
 */

export interface DeliveryLatency {
  discharges: number;
  /** Discharge → delivered, ms, per discharge in the order run. */
  workerMs: number[];
  byHandMs: number[];
  /**
   * Through the worker, by the jobs' own clock: the discharge call → the document's sentAt (the
   * tick that ran the send job) and → its deliveredAt (the tick whose poll saw the acknowledgement).
   */
  workerSentAtMs: number[];
  workerDeliveredAtMs: number[];
  p50: { worker: number; byHand: number; workerSentAt: number; workerDeliveredAt: number };
  /** Worker p50 ÷ by-hand p50. */
  ratio: number | null;
  /** The practice's mailbox afterwards: one message per discharge, each acknowledged and valid FHIR R4. */
  practiceInbox: { messages: number; acknowledged: number; valid: number };
  jobWarnings: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Only the given kinds of `handlers`, for running one step by hand. */
function only(handlers: JobHandlers, kinds: string[]): JobHandlers {
  return Object.fromEntries(kinds.flatMap((kind) => (handlers[kind] ? [[kind, handlers[kind]]] : [])));
}

export async function measureDeliveryLatency(bench: BenchDatabase, progress: (line: string) => void): Promise<DeliveryLatency> {
  const settings = GP_RECORD_SETTINGS.delivery;
  const perSide = settings.perRound * settings.rounds;
  // One untimed discharge per side first: the first prepare loads pdfkit's fonts and warms the code paths.
  const cases = await createDischargeCases(bench.database, 2 * perSide + 2);
  const mesh = await startLocalMeshServer({
    sharedKey: DEMO_MESH_SHARED_KEY,
    mailboxes: [...DEMO_MESH_MAILBOXES],
    autoAcknowledgeAfterMs: settings.autoAcknowledgeAfterMs,
  });
  const kith = await startKithApp(bench.database, {
    ...bench.env,
    KITH_MESH_URL: mesh.url,
    KITH_MESH_MAILBOX_ID: DEMO_KITH_MESH_MAILBOX.id,
    KITH_MESH_PASSWORD: DEMO_KITH_MESH_MAILBOX.password,
    KITH_MESH_SHARED_KEY: DEMO_MESH_SHARED_KEY,
    KITH_MESH_POLL_SECONDS: String(settings.meshPollSeconds),
    KITH_JOB_POLL_SECONDS: String(settings.jobPollSeconds),
  });
  let worker: JobWorker | null = null;
  try {
    const { config } = kith.app.kith;
    // What main.ts runs: every job kind, MESH from the configuration, and the poll chain started.
    const handlers = kithJobHandlers(config.email, config.notify, config.mesh);
    if (!handlers[GP_DOCUMENT_SEND_JOB] || !handlers[GP_DOCUMENT_POLL_JOB])
      throw new Error('the job handlers have no MESH send or poll: is config.mesh passed to kithJobHandlers?');
    await ensureGpDocumentPoll(bench.database.db);
    const session = await signIn(kith.origin, cases.workerEmail, DEMO_PASSWORD);
    const jobWarnings: string[] = [];
    const logger = {
      warn: (o: unknown) => jobWarnings.push(JSON.stringify(o)),
      error: (o: unknown) => jobWarnings.push(JSON.stringify(o)),
    };
    const startWorker = () => startJobWorker(bench.database, handlers, config.jobs.pollSeconds, logger);

    const next = (() => {
      let index = 0;
      return () => {
        const id = cases.referralIds[index++];
        if (!id) throw new Error('ran out of cases');
        return id;
      };
    })();
    const watch = watcher(kith.origin, session);
    const byHand = async (referralId: string): Promise<number> => {
      const started = performance.now();
      await discharge(kith.origin, session, referralId);
      await runByHand(bench.database, handlers, () => watch(referralId));
      return performance.now() - started;
    };
    let phase = 0;
    const throughWorker = async (referralId: string): Promise<{ delivered: number; sentAt: number; deliveredAt: number }> => {
      // Discharges fall at every point of the worker's 1-second tick: spread the start over it
      // (golden-ratio steps), as people's clicks would be.
      phase = (phase + 0.618_034) % 1;
      await sleep(phase * settings.jobPollSeconds * 1000);
      const calledAt = Date.now();
      const started = performance.now();
      await discharge(kith.origin, session, referralId);
      for (;;) {
        const document = await watch(referralId);
        if (document.state === 'delivered') {
          const delivered = performance.now() - started;
          if (!document.sentAt || !document.deliveredAt) throw new Error('a delivered document has no sentAt or deliveredAt');
          const since = (iso: string) => new Date(iso).getTime() - calledAt;
          return { delivered, sentAt: since(document.sentAt), deliveredAt: since(document.deliveredAt) };
        }
        if (performance.now() - started > settings.timeoutMs)
          throw new Error(`a discharge was not delivered within ${settings.timeoutMs / 1000} s (state ${document.state})`);
        await sleep(settings.watchEveryMs);
      }
    };

    progress(`${bench.backend}: one untimed discharge each way`);
    await byHand(next());
    worker = startWorker();
    await throughWorker(next());
    await worker.stop();
    worker = null;

    const workerMs: number[] = [];
    const workerSentAtMs: number[] = [];
    const workerDeliveredAtMs: number[] = [];
    const byHandMs: number[] = [];
    for (let round = 0; round < settings.rounds; round++) {
      for (let i = 0; i < settings.perRound; i++) byHandMs.push(roundTo(await byHand(next()), 1));
      worker = startWorker();
      for (let i = 0; i < settings.perRound; i++) {
        const { delivered, sentAt, deliveredAt } = await throughWorker(next());
        workerMs.push(roundTo(delivered, 1));
        workerSentAtMs.push(sentAt);
        workerDeliveredAtMs.push(deliveredAt);
      }
      await worker.stop();
      worker = null;
      progress(
        `${bench.backend}: round ${round + 1}/${settings.rounds}: by hand ${byHandMs.slice(-settings.perRound).join(', ')} ms; ` +
          `worker ${workerMs.slice(-settings.perRound).join(', ')} ms`,
      );
    }

    const inbox = await mesh.inbox(cases.practice.mailboxId);
    const valid = inbox.filter((m) => validateFhirResource(JSON.parse(m.body.toString('utf8')) as Bundle).length === 0).length;
    const p50 = {
      worker: roundTo(median(workerMs), 1),
      byHand: roundTo(median(byHandMs), 1),
      workerSentAt: median(workerSentAtMs),
      workerDeliveredAt: median(workerDeliveredAtMs),
    };
    const measured = ratio(p50.worker, p50.byHand);
    return {
      discharges: perSide,
      workerMs,
      byHandMs,
      workerSentAtMs,
      workerDeliveredAtMs,
      p50,
      ratio: measured === null ? null : roundTo(measured, 2),
      practiceInbox: { messages: inbox.length, acknowledged: inbox.filter((m) => m.acknowledged).length, valid },
      jobWarnings: jobWarnings.length,
    };
  } finally {
    if (worker) await worker.stop();
    await kith.close();
    await mesh.close();
  }
}

/** `POST /api/referrals/:id/discharge` as the link worker's browser sends it. */
async function discharge(origin: string, session: SignedInSession, referralId: string): Promise<void> {
  const response = await fetch(`${origin}/api/referrals/${referralId}/discharge`, {
    method: 'POST',
    headers: { ...session.writeHeaders, 'content-type': 'application/json' },
    body: JSON.stringify({
      outcome: 'goals_met',
      reason: 'Goals reached with the walking group.',
      summary: 'Joined a walking group and feels less isolated.',
    }),
  });
  if (response.status !== 200) throw new Error(`discharge answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
}

/** What the GP record panel reads: the document, failing the run on a state that will not become delivered. */
function watcher(origin: string, session: SignedInSession): (referralId: string) => Promise<GpDocument> {
  return async (referralId) => {
    const response = await fetch(`${origin}/api/referrals/${referralId}/gp-document`, { headers: { cookie: session.cookie } });
    if (response.status !== 200) throw new Error(`GET gp-document answered ${response.status}: ${await response.text()}`);
    const document = (await response.json()) as GpDocument;
    if (document.state === 'failed' || document.state === 'no_mailbox' || document.state === 'no_practice')
      throw new Error(`the document ended ${document.state}: ${document.lastError ?? 'no reason given'}`);
    return document;
  };
}

/**
 * The same jobs with no waiting: prepare and send as soon as they are queued, then a poll run
 * queued for now, again until the panel says delivered (the practice acknowledges on the local
 * server's next turn of the event loop, so a poll may come just before it).
 */
async function runByHand(database: Database, handlers: JobHandlers, documentOf: () => Promise<GpDocument>): Promise<void> {
  const prepareAndSend = only(handlers, [GP_DOCUMENT_PREPARE_JOB, GP_DOCUMENT_SEND_JOB]);
  const poll = only(handlers, [GP_DOCUMENT_POLL_JOB]);
  for (let attempt = 0; attempt < 100; attempt++) {
    while ((await runDueJobs(database.db, prepareAndSend, new Date())).claimed > 0) {}
    const now = new Date();
    await ensureGpDocumentPoll(database.db, now);
    await runDueJobs(database.db, poll, now);
    if ((await documentOf()).state === 'delivered') return;
  }
  throw new Error('the document was not delivered after 100 runs of the jobs by hand');
}
