import { isClosedStatus, type ReferralStatus } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { insertGpDocument } from './gp-document-repository.ts';

/**
 * The job kinds of the message back into the GP record. `prepare` builds the document and
 * addresses it; `send` hands it to MESH once; `poll` follows it until the practice acknowledges.
 */
export const GP_DOCUMENT_PREPARE_JOB = 'gp-record.prepare';
export const GP_DOCUMENT_SEND_JOB = 'gp-record.send';
export const GP_DOCUMENT_POLL_JOB = 'gp-record.poll';

/** One prepare job per document and generation (a resend is a new generation). */
export function prepareJobKey(documentId: string, generation: number): string {
  return `gp-document-prepare:${documentId}:${generation}`;
}

/** One send job per document, generation and attempt: a retry after MESH was unreachable is a new job. */
export function sendJobKey(documentId: string, generation: number, attempt: number): string {
  return `gp-document-send:${documentId}:${generation}:${attempt}`;
}

/**
 * The MESH local id of a document's generation: the document id for the first send, then
 * `<id>.<generation>` for each resend. Before sending, MESH is asked for this id, so a send
 * that MESH accepted but Kith did not get to record (a restart) is adopted, not repeated.
 */
export function meshLocalId(documentId: string, generation: number): string {
  return generation === 0 ? documentId : `${documentId}.${generation}`;
}

/** The document id in a local id made by {@link meshLocalId}, or null when it is not one of Kith's. */
export function documentIdOfLocalId(localId: string): string | null {
  const match = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\.\d+)?$/i.exec(localId);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * Called by `changeStatus` in the transaction that ends the referral: every ending but
 * "closed in error" (a referral that should not have existed tells the GP record nothing)
 * creates the referral's GP document and queues its preparation, so the document exists
 * exactly when the ending does. Building it (the letter's PDF, the Bundle) is left to the job,
 * which keeps the closing request short.
 */
export async function queueGpDocument(
  tx: DbOrTx,
  ctx: RequestContext,
  referral: { id: string; organisationId: string },
  to: ReferralStatus,
  now = new Date(),
): Promise<void> {
  if (!isClosedStatus(to) || to === 'closed_in_error') return;
  const id = await insertGpDocument(tx, {
    referralId: referral.id,
    organisationId: referral.organisationId,
    ending: to,
    createdAt: now,
  });
  if (!id) return;
  await enqueueJob(tx, {
    kind: GP_DOCUMENT_PREPARE_JOB,
    payload: { documentId: id, generation: 0 },
    runAt: now,
    dedupeKey: prepareJobKey(id, 0),
  });
  await recordAudit(tx, ctx, {
    action: 'create',
    recordType: 'gp_document',
    recordId: id,
    detail: { ending: to, referralId: referral.id },
  });
}
