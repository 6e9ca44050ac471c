import {
  type CreateOnwardReferralRequest,
  type DirectorySearchStart,
  type OnwardReferral,
  type OnwardReferralStatusChange,
  type OnwardReferralSummary,
  SHAREABLE_FIELDS,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor } from '../../access/org-scope.ts';
import { assertReferralOfPerson, loadPersonFor } from '../../access/person-gate.ts';
import type { Db, Tx } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { enqueueAcknowledgementCheck } from './acknowledgement-check-job.ts';
import { notifyReceived } from './onward-referral-notifications.ts';
import { loadForCareTeam, maySendFor } from './onward-referral-policy.ts';
import {
  findOnwardReferral,
  findServiceForReferral,
  insertOnwardEvent,
  insertOnwardReferral,
  listForPerson,
} from './onward-referral-repository.ts';
import { changeOnwardReferralStatus } from './onward-referral-status.ts';
import { requesterView, toSummary } from './onward-referral-view.ts';
import { needTermsForCodes, openReasonCodes } from './person-needs-repository.ts';
import { buildSharedSnapshot } from './shared-snapshot.ts';

/** Where a service search from the person's record starts: their postcode and the needs behind their open referrals. */
export async function directorySearchStart(db: Db, ctx: RequestContext, personId: string): Promise<DirectorySearchStart> {
  const { person, via } = await loadPersonFor(db, ctx, personId, 'people:read');
  const needs = await needTermsForCodes(db, await openReasonCodes(db, personId));
  await recordAudit(db, ctx, { action: 'read', recordType: 'person_directory_start', recordId: personId, via });
  return { postcode: person.postcode, needs };
}

/**
 * Sends an onward referral, inside the caller's transaction (run it through `idempotent` for
 * retries): the snapshot of exactly the chosen fields, the consent (who and when), the first
 * event, the acknowledgement check job, the provider's notification and the audit row commit
 * together.
 */
export async function sendOnwardReferral(
  tx: Tx,
  ctx: RequestContext,
  personId: string,
  {
    input,
    acknowledgeWithinBusinessDays,
  }: {
    input: CreateOnwardReferralRequest;
    /** From configuration: when the provider's acknowledgement is due (the reminder job's deadline). */
    acknowledgeWithinBusinessDays: number;
  },
): Promise<OnwardReferral> {
  const actor = requireActor(ctx);
  const { person, via } = await loadPersonFor(tx, ctx, personId, 'onward:send');
  const service = await findServiceForReferral(tx, input.serviceId);
  if (!service || service.archivedAt) throw new AppError('conflict', 'This service is no longer in the directory');
  if (service.referralRoute !== 'kith_referral') {
    throw new AppError('conflict', `${service.name} does not take referrals through Kith: signpost the person instead`);
  }
  if (service.capacityStatus === 'closed') {
    throw new AppError('conflict', `${service.name} is closed to referrals at the moment`);
  }
  const referralId = input.referralId ?? null;
  await assertReferralOfPerson(tx, personId, referralId);
  // Kept in the order of the shareable list, so every view lists them the same way.
  const sharedFields = SHAREABLE_FIELDS.filter((f) => input.sharedFields.includes(f));
  const now = new Date();
  const row = await insertOnwardReferral(tx, {
    organisationId: person.organisationId,
    personId,
    referralId,
    serviceId: service.id,
    providerOrganizationId: service.organizationId,
    status: 'requested',
    sharedFields,
    shared: await buildSharedSnapshot(tx, person, referralId, sharedFields),
    note: input.note,
    consentRecordedBy: actor.userId,
    consentRecordedAt: now,
    requestedBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  await insertOnwardEvent(tx, {
    onwardReferralId: row.id,
    fromStatus: null,
    toStatus: 'requested',
    side: 'requester',
    note: input.note || null,
    actorUserId: actor.userId,
    at: now,
  });
  await enqueueAcknowledgementCheck(tx, row.id, now, acknowledgeWithinBusinessDays);
  await notifyReceived(tx, row, actor.userId, now);
  await recordAudit(tx, ctx, {
    action: 'create',
    recordType: 'onward_referral',
    recordId: row.id,
    via,
    detail: { serviceId: service.id, sharedFields, consent: true },
  });
  const named = await findOnwardReferral(tx, row.id);
  if (!named) throw notFound('Onward referral');
  return requesterView(tx, named, true);
}

/** The person's onward referrals, newest first. */
export async function listPersonOnwardReferrals(db: Db, ctx: RequestContext, personId: string): Promise<OnwardReferralSummary[]> {
  const { via } = await loadPersonFor(db, ctx, personId, 'onward:read');
  const items = (await listForPerson(db, personId)).map(toSummary);
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'onward_referral',
    recordId: personId,
    via,
    detail: { count: items.length },
  });
  return items;
}

/** One onward referral as the care team sees it, with its history. */
export async function getOnwardReferral(db: Db, ctx: RequestContext, id: string): Promise<OnwardReferral> {
  const { referral, via } = await loadForCareTeam(db, ctx, id, 'onward:read');
  const view = await requesterView(db, referral, await maySendFor(db, ctx, referral.row.organisationId));
  await recordAudit(db, ctx, { action: 'read', recordType: 'onward_referral', recordId: id, via });
  return view;
}

/** The requester's side of a status change: it may only cancel, with a reason. */
export async function changeStatusAsRequester(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: OnwardReferralStatusChange,
): Promise<OnwardReferral> {
  const referral = await changeOnwardReferralStatus(db, ctx, { id, change: input, side: 'requester' });
  return requesterView(db, referral, true);
}
