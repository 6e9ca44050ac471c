import { allowedTransitions, type Contact, OPEN_CASE_STATUSES } from '@kith/shared';
import { asc, count, eq } from 'drizzle-orm';
import type { RequestContext } from '../../access/actor.ts';
import type { PathwayPolicy } from '../../config.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { offsetOf, type Page, type PageRequest, pageResult } from '../../db/paging.ts';
import { contacts, referrals, users } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { loadReferralFor, type ReferralRow } from './referral-access.ts';
import { changeStatus } from './referral-status.ts';

export interface ContactInput {
  occurredAt?: string | undefined;
  mode: Contact['mode'];
  successful: boolean;
  durationMinutes?: number | null | undefined;
  notes?: string | undefined;
}

/**
 * Logs a contact or a failed attempt. The pathway moves with it: the first successful contact
 * makes an allocated referral "contacted", the next one "active" (the person is engaged); the
 * Nth failed attempt (default 3) on an allocated referral makes it "not reached".
 */
export async function recordContact(
  db: Db,
  ctx: RequestContext,
  referralId: string,
  input: ContactInput,
  policy: PathwayPolicy,
): Promise<Contact> {
  const { referral: seen, scope } = await loadReferralFor(db, ctx, referralId, 'referrals:work');
  assertContactsAllowed(seen);
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : new Date();
  const id = await db.transaction(async (tx) => {
    // Locked until commit and checked again: a discharge or reassignment that committed since
    // the read wins, and the attempt count cannot lose an increment to a parallel attempt.
    const [referral] = await tx.select().from(referrals).where(eq(referrals.id, referralId)).for('update');
    if (!referral) throw notFound('Referral');
    assertContactsAllowed(referral);
    const [row] = await tx
      .insert(contacts)
      .values({
        referralId,
        personId: referral.personId,
        workerUserId: ctx.actor?.userId ?? null,
        occurredAt,
        mode: input.mode,
        successful: input.successful,
        durationMinutes: input.durationMinutes ?? null,
        notes: input.notes || null,
      })
      .returning({ id: contacts.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'contact',
      recordId: row.id,
      via: scope?.via,
      detail: { successful: input.successful },
    });
    if (input.successful) {
      const lastContactAt = referral.lastContactAt && referral.lastContactAt > occurredAt ? referral.lastContactAt : occurredAt;
      if (referral.status === 'allocated')
        await changeStatus(tx, ctx, referral, 'contacted', 'First contact made', { lastContactAt }, scope?.via);
      else if (referral.status === 'contacted')
        await changeStatus(tx, ctx, referral, 'active', 'Engaged with support', { lastContactAt }, scope?.via);
      else await tx.update(referrals).set({ lastContactAt, updatedAt: new Date() }).where(eq(referrals.id, referralId));
    } else {
      const attempts = referral.failedContactAttempts + 1;
      if (referral.status === 'allocated' && attempts >= policy.notReachedAfterAttempts) {
        await changeStatus(
          tx,
          ctx,
          referral,
          'not_reached',
          `No contact after ${attempts} attempts`,
          { failedContactAttempts: attempts },
          scope?.via,
        );
      } else {
        await tx
          .update(referrals)
          .set({ failedContactAttempts: attempts, updatedAt: new Date() })
          .where(eq(referrals.id, referralId));
      }
    }
    return row.id;
  });
  const [created] = (await contactRows(db, referralId)).filter((c) => c.id === id);
  if (!created) throw new Error('contact vanished');
  return created;
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
  const [totalRow] = await db.select({ n: count() }).from(contacts).where(eq(contacts.referralId, referralId));
  return pageResult(await contactRows(db, referralId, page), totalRow?.n ?? 0, page);
}

/** The episode's contacts, oldest first (id breaks ties); one page of them when `page` is given. */
async function contactRows(db: DbOrTx, referralId: string, page?: PageRequest): Promise<Contact[]> {
  const query = db
    .select({ c: contacts, workerName: users.displayName })
    .from(contacts)
    .leftJoin(users, eq(users.id, contacts.workerUserId))
    .where(eq(contacts.referralId, referralId))
    .orderBy(asc(contacts.occurredAt), asc(contacts.id))
    .$dynamic();
  const rows = await (page ? query.limit(page.pageSize).offset(offsetOf(page)) : query);
  return rows.map(({ c, workerName }) => ({
    id: c.id,
    referralId: c.referralId,
    occurredAt: c.occurredAt.toISOString(),
    mode: c.mode,
    successful: c.successful,
    durationMinutes: c.durationMinutes,
    notes: c.notes,
    workerName,
  }));
}
