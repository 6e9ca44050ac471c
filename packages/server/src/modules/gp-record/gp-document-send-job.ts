import { z } from 'zod';
import type { MeshClient } from '../../interop/mesh/mesh-client.ts';
import { MeshError } from '../../interop/mesh/mesh-error.ts';
import { enqueueJob, type JobHandler } from '../../jobs/job-queue.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { jobContext } from './gp-document-prepare-job.ts';
import { GP_DOCUMENT_SEND_JOB, meshLocalId, sendJobKey } from './gp-document-queue.ts';
import { lockGpDocument, updateGpDocument } from './gp-document-repository.ts';

const Payload = z.object({ documentId: z.uuid(), generation: z.number().int().min(0), attempt: z.number().int().min(1) });

/**
 * Attempts before a document MESH cannot be reached for is marked failed. The waits double
 * from a minute to at most an hour between attempts, so this is about 15 hours of MESH being
 * unreachable: long enough for an outage, short enough that someone hears the same day.
 */
export const MAX_SEND_ATTEMPTS = 20;
const MAX_WAIT_SECONDS = 3600;

/** Seconds to wait after the `attempt`-th attempt failed: 1, 2, 4… minutes, at most an hour. */
export function sendBackoffSeconds(attempt: number): number {
  return Math.min(60 * 2 ** Math.max(attempt - 1, 0), MAX_WAIT_SECONDS);
}

/** What MESH is told about the document: no personal data, Kith's document id the only id. */
export const GP_DOCUMENT_SUBJECT = 'Social prescribing: outcome of a referral';
export const GP_DOCUMENT_CONTENT_TYPE = 'application/fhir+json';

/**
 * The send job: hands one queued document to MESH, exactly once per generation. It first asks
 * MESH for the generation's local id — if an earlier run got as far as MESH accepting the
 * message but not as far as committing (a restart, a lost answer), MESH's message id is adopted
 * instead of sending again. MESH failures are written on the document, not thrown (throwing
 * would roll that back): a retryable one (unreachable, 5xx, 429) queues the next attempt as a new
 * job after a back-off, until {@link MAX_SEND_ATTEMPTS}; anything else fails the document with
 * the reason, for an admin to resend.
 */
export function gpDocumentSender(mesh: MeshClient, options: { workflowId: string }): JobHandler {
  return async (tx, job, now) => {
    const { documentId, generation, attempt } = Payload.parse(job.payload);
    const document = await lockGpDocument(tx, documentId);
    if (document?.state !== 'queued' || document.sendGeneration !== generation) return;
    const ctx = jobContext(job);
    if (!document.mailboxId || document.bundle === null) {
      await updateGpDocument(tx, documentId, {
        state: 'failed',
        failedAt: now,
        lastError: 'The document was not ready to send (no mailbox or no content): resend it.',
        updatedAt: now,
      });
      return;
    }
    const localId = meshLocalId(documentId, generation);
    let messageId: string;
    let adopted = false;
    try {
      const known = await mesh.trackByLocalId(localId);
      if (known) {
        messageId = known.messageId;
        adopted = true;
      } else {
        const sent = await mesh.send({
          to: document.mailboxId,
          workflowId: options.workflowId,
          localId,
          subject: GP_DOCUMENT_SUBJECT,
          fileName: `${documentId}.json`,
          contentType: GP_DOCUMENT_CONTENT_TYPE,
          body: Buffer.from(JSON.stringify(document.bundle), 'utf8'),
        });
        messageId = sent.messageId;
      }
    } catch (error) {
      const retryable = !(error instanceof MeshError) || error.retryable;
      const why = describeMeshError(error);
      if (retryable && attempt < MAX_SEND_ATTEMPTS) {
        const runAt = new Date(now.getTime() + sendBackoffSeconds(attempt) * 1000);
        await updateGpDocument(tx, documentId, {
          attempts: attempt,
          lastError: `${why} Attempt ${attempt} of ${MAX_SEND_ATTEMPTS}; trying again at ${runAt.toISOString()}.`,
          updatedAt: now,
        });
        await enqueueJob(tx, {
          kind: GP_DOCUMENT_SEND_JOB,
          payload: { documentId, generation, attempt: attempt + 1 },
          runAt,
          dedupeKey: sendJobKey(documentId, generation, attempt + 1),
        });
        return;
      }
      const lastError = retryable ? `${why} Gave up after ${attempt} attempts: resend it when MESH is back.` : why;
      await updateGpDocument(tx, documentId, { state: 'failed', attempts: attempt, failedAt: now, lastError, updatedAt: now });
      await recordAudit(tx, ctx, {
        action: 'update',
        recordType: 'gp_document',
        recordId: documentId,
        detail: { state: 'failed', generation, attempt, status: error instanceof MeshError ? error.status : null },
      });
      return;
    }
    await updateGpDocument(tx, documentId, {
      state: 'sent',
      meshMessageId: messageId,
      attempts: attempt,
      sentAt: now,
      lastError: null,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'gp_document',
      recordId: documentId,
      detail: { state: 'sent', generation, attempt, adopted },
    });
  };
}

/** A MESH failure in words for the screens (MESH's answers carry no personal data of ours). */
export function describeMeshError(error: unknown): string {
  if (error instanceof MeshError) {
    if (error.status === null) return `MESH could not be reached (${error.message}).`;
    if (error.retryable) return `MESH was unavailable (HTTP ${error.status}: ${error.message}).`;
    return `MESH refused the document (HTTP ${error.status}: ${error.message}).`;
  }
  return `Sending failed unexpectedly (${error instanceof Error ? error.name : 'unknown error'}).`;
}
