import {
  GP_DOCUMENT_RESENDABLE_STATES,
  GP_DOCUMENT_STATE_LABELS,
  type GpDocument,
  type GpDocumentPage,
  type GpDocumentQuery,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { assertInScope, scopeFor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { auditVia } from '../care/care-policy.ts';
import { loadReferralFor } from '../referrals/referral-access.ts';
import { GP_DOCUMENT_PREPARE_JOB, prepareJobKey } from './gp-document-queue.ts';
import {
  findGpDocumentView,
  findGpDocumentViewOfReferral,
  type GpDocumentViewRow,
  listGpDocuments,
  updateGpDocumentIf,
} from './gp-document-repository.ts';
import { gpDocumentFilename, toGpDocument, toGpDocumentListItem } from './gp-document-view.ts';

/**
 * The message back in the GP record, as people see and manage it. A referral's document is read
 * through the message back's gate (the PCN's care team and the referrer who made it, as
 * `GET /api/referrals/:id/message-back`); the list of deliveries and resending are for
 * `gp-record:manage` holders over their organisations. Building and delivering are the jobs'
 * (`gp-document-*-job.ts`); ending a referral queues them (`gp-document-queue.ts`).
 */

/** The referral's document and where its delivery stands; 404 "GP document" when it has none. */
export async function getReferralGpDocument(db: Db, ctx: RequestContext, referralId: string): Promise<GpDocument> {
  const row = await readableDocument(db, ctx, referralId, 'delivery');
  return toGpDocument(row);
}

/** The FHIR document itself, as sent (or as it will be sent); 404 while it is being built. */
export async function getReferralGpDocumentBundle(
  db: Db,
  ctx: RequestContext,
  referralId: string,
): Promise<{ filename: string; bundle: unknown }> {
  const row = await readableDocument(db, ctx, referralId, 'bundle', (found) => {
    if (found.document.bundle === null) {
      throw new AppError('not_found', 'The GP document is still being prepared: try again in a moment.');
    }
  });
  return { filename: gpDocumentFilename(row.document.id), bundle: row.document.bundle };
}

/** The message back's gate, then the document and the caller's check, then the read in the audit trail. */
async function readableDocument(
  db: Db,
  ctx: RequestContext,
  referralId: string,
  what: 'delivery' | 'bundle',
  /** Refuses before anything is audited: a refused read leaves no read in the trail. */
  check: (row: GpDocumentViewRow) => void = () => {},
): Promise<GpDocumentViewRow> {
  const { scope } = await loadReferralFor(db, ctx, referralId, 'referrals:read');
  const row = await findGpDocumentViewOfReferral(db, referralId);
  if (!row) throw notFound('GP document');
  check(row);
  await recordAudit(db, ctx, {
    action: 'read',
    recordType: 'gp_document',
    recordId: row.document.id,
    via: auditVia(ctx, scope),
    detail: { what },
  });
  return row;
}

/** Deliveries of the caller's organisations, newest first, optionally in one state. */
export async function listGpDocumentDeliveries(db: Db, ctx: RequestContext, query: GpDocumentQuery): Promise<GpDocumentPage> {
  const scope = await scopeFor(db, ctx, 'gp-record:manage');
  const { items, total } = await listGpDocuments(db, scope.organisationIds, query);
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'gp_document',
    via: scope.via,
    detail: { state: query.state ?? null, count: items.length, total },
  });
  return { items: items.map(toGpDocumentListItem), total, page: query.page, pageSize: query.pageSize };
}

/**
 * Sends a document that did not reach the practice again: a new generation (so a new MESH local
 * id), prepared afresh — the person's practice and the mailbox directory are read again, so a
 * mailbox added since is used. 409 naming the states a resend is allowed from otherwise.
 */
export async function resendGpDocument(db: Db, ctx: RequestContext, documentId: string, now = new Date()): Promise<GpDocument> {
  const scope = await scopeFor(db, ctx, 'gp-record:manage');
  const found = await findGpDocumentView(db, documentId);
  if (!found) throw notFound('GP document');
  assertInScope(scope, found.document.organisationId, 'GP document');
  const { document } = found;
  const allowed = [...GP_DOCUMENT_RESENDABLE_STATES];
  if (!GP_DOCUMENT_RESENDABLE_STATES.includes(document.state)) {
    throw new AppError(
      'conflict',
      `This document is ${GP_DOCUMENT_STATE_LABELS[document.state].toLowerCase()}: only a document that did not reach the practice (${allowed
        .map((s) => GP_DOCUMENT_STATE_LABELS[s].toLowerCase())
        .join(', ')}) can be resent.`,
      { allowed },
    );
  }
  const generation = document.sendGeneration + 1;
  await db.transaction(async (tx) => {
    const changed = await updateGpDocumentIf(
      tx,
      documentId,
      { state: document.state, generation: document.sendGeneration },
      {
        state: 'preparing',
        sendGeneration: generation,
        attempts: 0,
        meshMessageId: null,
        lastError: null,
        sentAt: null,
        deliveredAt: null,
        failedAt: null,
        updatedAt: now,
      },
    );
    if (!changed) {
      throw new AppError('conflict', 'The document changed while you were looking at it: reload it and try again.', { allowed });
    }
    await enqueueJob(tx, {
      kind: GP_DOCUMENT_PREPARE_JOB,
      payload: { documentId, generation },
      runAt: now,
      dedupeKey: prepareJobKey(documentId, generation),
    });
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'gp_document',
      recordId: documentId,
      via: scope.via,
      detail: { resend: true, was: document.state, generation },
    });
  });
  const updated = await findGpDocumentView(db, documentId);
  if (!updated) throw notFound('GP document');
  return toGpDocument(updated);
}
