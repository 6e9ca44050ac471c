import type { DbOrTx, Tx } from '../../db/client.ts';
import type { MeshClient } from '../../interop/mesh/mesh-client.ts';
import { MeshError } from '../../interop/mesh/mesh-error.ts';
import type { MeshInboxHeaders } from '../../interop/mesh/mesh-types.ts';
import type { JobHandler, JobRow } from '../../jobs/job-queue.ts';
import { ensureJobQueued } from '../../jobs/recurring-job.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { jobContext } from './gp-document-prepare-job.ts';
import { documentIdOfLocalId, GP_DOCUMENT_POLL_JOB, meshLocalId } from './gp-document-queue.ts';
import {
  findGpDocument,
  findGpDocumentByMeshMessageId,
  type GpDocumentRow,
  listSentGpDocuments,
  updateGpDocument,
} from './gp-document-repository.ts';

/**
 * Documents tracked and inbox messages read per run. Each is a MESH request inside the job's
 * transaction (on PGlite an open transaction holds every other query), so runs stay small and
 * the next one is queued at once while more is waiting.
 */
export const POLL_BATCH = 25;

/** Queues a poll now unless one is waiting: call at start-up when MESH is configured. */
export async function ensureGpDocumentPoll(db: DbOrTx, now = new Date()): Promise<void> {
  await ensureJobQueued(db, GP_DOCUMENT_POLL_JOB, now, now);
}

/**
 * The poll job, a chain that queues its own next run every `pollSeconds`: asks MESH about each
 * sent document (acknowledged by the practice's system → delivered; undeliverable or in error →
 * failed with MESH's words), then reads Kith's own inbox, where MESH leaves non-delivery reports
 * (a message the practice never downloaded before it expired): each fails its document. Every
 * inbox message is acknowledged, so it is read once. MESH being unreachable ends the run without
 * an error: what was learnt is kept and the chain goes on.
 */
export function gpDocumentPoller(mesh: MeshClient, options: { pollSeconds: number }): JobHandler {
  let lastHandshakeDay: string | null = null;
  return async (tx, job, now) => {
    let more = false;
    // Each sent document is asked about once per poll period, oldest question first, so a large
    // backlog of unacknowledged documents is worked through rather than the same batch re-asked.
    const trackedBefore = new Date(now.getTime() - options.pollSeconds * 1000);
    try {
      // MESH asks clients to handshake (validate the mailbox) at start and once a day.
      const today = now.toISOString().slice(0, 10);
      if (lastHandshakeDay !== today) {
        await mesh.handshake();
        lastHandshakeDay = today;
      }
      more = (await trackSent(tx, job, mesh, now, trackedBefore)) || more;
      more = (await readInbox(tx, job, mesh, now)) || more;
    } catch (error) {
      // An unreachable or busy MESH: try again at the next run. Anything else is a bug: throw.
      if (!(error instanceof MeshError)) throw error;
      more = false;
    }
    const next = more ? now : new Date(now.getTime() + options.pollSeconds * 1000);
    await ensureJobQueued(tx, GP_DOCUMENT_POLL_JOB, next, now);
  };
}

/** Tracks up to a batch of sent documents; true when a whole batch was tracked (more may wait). */
async function trackSent(tx: Tx, job: JobRow, mesh: MeshClient, now: Date, trackedBefore: Date): Promise<boolean> {
  const sent = await listSentGpDocuments(tx, POLL_BATCH, trackedBefore);
  for (const document of sent) {
    if (!document.meshMessageId) continue;
    let tracking: Awaited<ReturnType<MeshClient['trackByMessageId']>>;
    try {
      tracking = await mesh.trackByMessageId(document.meshMessageId);
    } catch (error) {
      if (error instanceof MeshError && !error.retryable) {
        // MESH no longer knows the message (its tracking is kept for a limited time): say so and
        // leave the document sent, as nothing says it was not delivered.
        await updateGpDocument(tx, document.id, {
          lastError: `MESH could not track the message (HTTP ${error.status ?? '?'}: ${error.message}).`,
          trackedAt: now,
          updatedAt: now,
        });
        continue;
      }
      throw error;
    }
    await updateGpDocument(tx, document.id, { trackedAt: now, updatedAt: document.updatedAt });
    if (tracking.status === 'acknowledged') {
      await updateGpDocument(tx, document.id, { state: 'delivered', deliveredAt: now, lastError: null, updatedAt: now });
      await audit(tx, job, document, 'delivered');
    } else if (tracking.status === 'undeliverable' || tracking.status === 'error') {
      await fail(tx, job, document, `MESH could not deliver it: ${tracking.statusDescription ?? tracking.status}.`, now);
    }
  }
  return sent.length === POLL_BATCH;
}

/** Reads up to a batch of Kith's inbox messages; true when more are waiting. */
async function readInbox(tx: Tx, job: JobRow, mesh: MeshClient, now: Date): Promise<boolean> {
  const waiting = await mesh.listInbox();
  for (const messageId of waiting.slice(0, POLL_BATCH)) {
    try {
      const { headers } = await mesh.download(messageId);
      if (headers.messageType === 'REPORT') await applyReport(tx, job, headers, now);
      await mesh.acknowledge(messageId);
    } catch (error) {
      // One message MESH will not hand over or take back (gone, refused) must not hold up the
      // others at every run; an unreachable MESH ends the run.
      if (!(error instanceof MeshError) || error.retryable) throw error;
    }
  }
  return waiting.length > POLL_BATCH;
}

/** A report about one of Kith's messages: a failed one fails its document, if it is still sent. */
async function applyReport(tx: Tx, job: JobRow, report: MeshInboxHeaders, now: Date): Promise<void> {
  if (report.statusSuccess !== false) return;
  const document = await documentOfReport(tx, report);
  if (document?.state !== 'sent') return;
  // A report about an earlier generation (resent since) says nothing about this one.
  if (report.localId && report.localId !== meshLocalId(document.id, document.sendGeneration)) return;
  const why = report.statusDescription ?? (report.statusCode ? `MESH status ${report.statusCode}` : 'no reason given');
  await fail(tx, job, document, `MESH reported that the practice's mailbox did not receive it: ${why}.`, now);
}

async function documentOfReport(tx: Tx, report: MeshInboxHeaders): Promise<GpDocumentRow | undefined> {
  if (report.linkedMessageId) {
    const linked = await findGpDocumentByMeshMessageId(tx, report.linkedMessageId);
    if (linked) return linked;
  }
  const id = report.localId ? documentIdOfLocalId(report.localId) : null;
  return id ? findGpDocument(tx, id) : undefined;
}

async function fail(tx: Tx, job: JobRow, document: GpDocumentRow, reason: string, now: Date): Promise<void> {
  await updateGpDocument(tx, document.id, { state: 'failed', failedAt: now, lastError: reason, updatedAt: now });
  await audit(tx, job, document, 'failed');
}

async function audit(tx: Tx, job: JobRow, document: GpDocumentRow, state: 'delivered' | 'failed'): Promise<void> {
  await recordAudit(tx, jobContext(job), {
    action: 'update',
    recordType: 'gp_document',
    recordId: document.id,
    detail: { state, generation: document.sendGeneration },
  });
}
