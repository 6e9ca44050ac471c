import { referralReference } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { notifyUsers, usersWithRoleIn } from './notify.ts';

/*
 * The events other modules raise, one function each, called inside the transaction of the change
 * (so a notification exists exactly when its change commits). Titles are for the app only: no NHS
 * numbers, no names of the people supported; emails are written from the kind alone.
 */

/** The person who made the change is not told about their own change. */
function othersThan(ctx: RequestContext | null, userIds: readonly string[]): string[] {
  const me = ctx?.actor?.userId;
  return userIds.filter((id) => id !== me);
}

/** A safeguarding concern was raised: its recipients (designated leads, or supervisors) at once. */
export async function notifySafeguardingRaised(
  tx: DbOrTx,
  ctx: RequestContext,
  concern: { id: string; immediateRisk: boolean },
  recipientIds: readonly string[],
  at: Date,
): Promise<void> {
  await notifyUsers(
    tx,
    othersThan(ctx, recipientIds),
    {
      kind: 'safeguarding_raised',
      subjectType: 'safeguarding_concern',
      subjectId: concern.id,
      title: concern.immediateRisk
        ? 'A safeguarding concern has been raised: immediate risk'
        : 'A safeguarding concern has been raised',
      link: `/safeguarding/${concern.id}`,
      dedupeKey: `safeguarding-raised:${concern.id}`,
    },
    at,
  );
}

/** A safeguarding concern was acknowledged: the person who raised it and the leads told of it. */
export async function notifySafeguardingAcknowledged(
  tx: DbOrTx,
  ctx: RequestContext,
  concern: { id: string; raisedBy: string | null },
  leadIds: readonly string[],
  at: Date,
): Promise<void> {
  const recipients = concern.raisedBy ? [concern.raisedBy, ...leadIds] : [...leadIds];
  await notifyUsers(
    tx,
    othersThan(ctx, recipients),
    {
      kind: 'safeguarding_acknowledged',
      subjectType: 'safeguarding_concern',
      subjectId: concern.id,
      title: 'A safeguarding concern has been acknowledged',
      link: `/safeguarding/${concern.id}`,
      dedupeKey: `safeguarding-acknowledged:${concern.id}`,
    },
    at,
  );
}

/** A referral arrived in a PCN's queue: the PCN's supervisors. */
export async function notifyReferralQueued(
  tx: DbOrTx,
  ctx: RequestContext | null,
  referral: { id: string; organisationId: string; urgency: string },
  at: Date = new Date(),
): Promise<void> {
  const supervisors = await usersWithRoleIn(tx, [referral.organisationId], ['supervisor']);
  await notifyUsers(
    tx,
    othersThan(ctx, supervisors),
    {
      kind: 'referral_queued',
      subjectType: 'referral',
      subjectId: referral.id,
      title: `New ${referral.urgency === 'routine' ? '' : `${referral.urgency} `}referral ${referralReference(referral.id)} is in the queue`,
      link: `/referrals/${referral.id}`,
      dedupeKey: `referral-queued:${referral.id}`,
    },
    at,
  );
}

/** A referral was allocated (or reassigned) to a link worker: that worker. */
export async function notifyReferralAllocated(
  tx: DbOrTx,
  ctx: RequestContext,
  referralId: string,
  workerId: string,
  at: Date = new Date(),
): Promise<void> {
  await notifyUsers(
    tx,
    othersThan(ctx, [workerId]),
    {
      kind: 'referral_allocated',
      subjectType: 'referral',
      subjectId: referralId,
      title: `Referral ${referralReference(referralId)} has been allocated to you`,
      // No dedupe key: each allocation is one change, and a case allocated back to a worker is news again.
      link: `/referrals/${referralId}`,
    },
    at,
  );
}

/** A referral ended and its message back is ready: the referrer who made it. */
export async function notifyMessageBackReady(
  tx: DbOrTx,
  ctx: RequestContext,
  referralId: string,
  referrerUserId: string,
  at: Date = new Date(),
): Promise<void> {
  await notifyUsers(
    tx,
    othersThan(ctx, [referrerUserId]),
    {
      kind: 'message_back_ready',
      subjectType: 'referral',
      subjectId: referralId,
      title: `The message back for referral ${referralReference(referralId)} is ready`,
      link: `/referrals/${referralId}/message`,
      dedupeKey: `message-back:${referralId}`,
    },
    at,
  );
}

/** People newly invited to a community event. */
export async function notifyEventInvitation(
  tx: DbOrTx,
  ctx: RequestContext,
  event: { id: string; title: string },
  userIds: readonly string[],
  at: Date,
): Promise<void> {
  await notifyUsers(
    tx,
    othersThan(ctx, userIds),
    {
      kind: 'event_invitation',
      subjectType: 'community_event',
      subjectId: event.id,
      title: `You are invited: ${event.title}`,
      link: `/community/events/${event.id}`,
      dedupeKey: `event-invitation:${event.id}`,
    },
    at,
  );
}

/** People attending a community event, the day before (the event reminder job). */
export async function notifyEventReminder(
  tx: DbOrTx,
  event: { id: string; title: string; startsAt: Date },
  userIds: readonly string[],
  at: Date,
): Promise<void> {
  await notifyUsers(
    tx,
    userIds,
    {
      kind: 'event_reminder',
      subjectType: 'community_event',
      subjectId: event.id,
      title: `Coming up tomorrow: ${event.title}`,
      link: `/community/events/${event.id}`,
      dedupeKey: `event-reminder:${event.id}:${event.startsAt.toISOString()}`,
    },
    at,
  );
}
