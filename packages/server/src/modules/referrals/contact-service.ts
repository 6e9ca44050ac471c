import { allowedTransitions, type Contact, type CreateContactRequest, happenedAtProblem, OPEN_CASE_STATUSES } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { PathwayPolicy } from '../../config.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type Page, type PageRequest, pageResult } from '../../db/paging.ts';
import { AppError, notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { contactRows, countContacts, findContact, insertContact } from './contact-repository.ts';
import { toContact } from './contact-view.ts';
import { loadReferralFor, type ReferralRow } from './referral-access.ts';
import { lockReferral, updateReferral } from './referral-repository.ts';
import { changeStatus } from './referral-status.ts';

/**
 * Logs a contact or a failed attempt. The pathway moves with it: the first successful contact
 * makes an allocated referral "contacted", the next one "active" (the person is engaged); the
 * Nth failed attempt (default 3) on an allocated referral makes it "not reached".
 */
export async function recordContact(
  db: DbOrTx,
  ctx: RequestContext,
  referralId: string,
  { input, policy }: { input: CreateContactRequest; policy: PathwayPolicy },
): Promise<Contact> {
  const { referral: seen, scope } = await loadReferralFor(db, ctx, referralId, 'referrals:work');
  assertContactsAllowed(seen);
  const now = new Date();
  // A contact can be logged after the event (backdated): reports count it when it happened.
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : now;
  const problem = happenedAtProblem('The contact', occurredAt, { receivedAt: seen.createdAt, now });
  if (problem) throw validationError('occurredAt', problem);
  const via = scope?.via;
  const id = await db.transaction(async (tx) => {
    // Locked until commit and checked again: a discharge or reassignment that committed since
    // the read wins, and the attempt count cannot lose an increment to a parallel attempt.
    const referral = await lockReferral(tx, referralId);
    if (!referral) throw notFound('Referral');
    assertContactsAllowed(referral);
    const contactId = await insertContact(tx, {
      referralId,
      personId: referral.personId,
      workerUserId: ctx.actor?.userId ?? null,
      occurredAt,
      mode: input.mode,
      successful: input.successful,
      durationMinutes: input.durationMinutes ?? null,
      notes: input.notes || null,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'contact',
      recordId: contactId,
      via,
      detail: { successful: input.successful },
    });
    if (input.successful) {
      const lastContactAt = referral.lastContactAt && referral.lastContactAt > occurredAt ? referral.lastContactAt : occurredAt;
      if (referral.status === 'allocated')
        await changeStatus(tx, ctx, { referral, to: 'contacted', reason: 'First contact made', set: { lastContactAt }, via });
      else if (referral.status === 'contacted')
        await changeStatus(tx, ctx, { referral, to: 'active', reason: 'Engaged with support', set: { lastContactAt }, via });
      else await updateReferral(tx, referralId, { lastContactAt });
    } else {
      const attempts = referral.failedContactAttempts + 1;
      if (referral.status === 'allocated' && attempts >= policy.notReachedAfterAttempts) {
        await changeStatus(tx, ctx, {
          referral,
          to: 'not_reached',
          reason: `No contact after ${attempts} attempts`,
          set: { failedContactAttempts: attempts },
          via,
        });
      } else {
        await updateReferral(tx, referralId, { failedContactAttempts: attempts });
      }
    }
    return contactId;
  });
  const created = await findContact(db, id);
  if (!created) throw new Error('contact vanished');
  return toContact(created);
}

/** Contacts belong to an open case; on any other, 409 with where the referral can go next. */
function assertContactsAllowed(referral: ReferralRow): void {
  if (!OPEN_CASE_STATUSES.includes(referral.status)) {
    throw new AppError('conflict', 'Contacts can only be logged on an allocated, contacted or active referral', {
      allowed: [...allowedTransitions(referral.status)],
    });
  }
}

export async function listContacts(db: Db, ctx: RequestContext, referralId: string, page: PageRequest): Promise<Page<Contact>> {
  const { scope } = await loadReferralFor(db, ctx, referralId, 'referrals:work');
  await recordAudit(db, ctx, { action: 'read', recordType: 'contact', recordId: referralId, via: scope?.via });
  const total = await countContacts(db, referralId);
  return pageResult((await contactRows(db, referralId, page)).map(toContact), total, page);
}
