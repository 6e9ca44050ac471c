import { type CommunityRsvpResponse, type CommunityRsvpStatus, RSVP_NEEDS_MEMBER_MESSAGE } from '@kith/shared';
import type { RequestContext } from '../../../access/actor.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { conflict, forbidden, notFound } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import { sendEmail } from '../../outbox/outbox-service.ts';
import { requireMember } from '../community-policy.ts';
import { promotedEmail } from './event-emails.ts';
import {
  countAttending,
  deleteRsvp,
  type EventRow,
  findRsvp,
  firstWaiting,
  lockEvent,
  promoteRsvps,
  upsertRsvp,
  usersByIds,
} from './event-repository.ts';
import { type EventLinks, eventPageUrl } from './event-view.ts';

/**
 * RSVPs and the waiting list. Every change to who attends an event locks the event row first
 * (`SELECT … FOR UPDATE`), then counts, then writes, in one transaction: concurrent answers
 * for the last place queue on the lock, so capacity is never exceeded.
 */

/** The event, locked, if it still takes answers: 404 if missing, 409 if cancelled or over. */
async function lockOpenEvent(tx: DbOrTx, eventId: string, now: Date): Promise<EventRow> {
  const event = await lockEvent(tx, eventId);
  if (!event) throw notFound('Event');
  if (event.status === 'cancelled') throw conflict('This event has been cancelled');
  if (event.endsAt <= now) throw conflict('This event has finished');
  return event;
}

/**
 * Gives free places to the waiting list, first come first served, and emails each promoted
 * member, in the caller's transaction (which must hold the event lock). Returns who was promoted.
 */
export async function fillFreePlaces(tx: DbOrTx, event: EventRow, publicUrl: string, now: Date): Promise<string[]> {
  const free = event.capacity === null ? Number.MAX_SAFE_INTEGER : event.capacity - (await countAttending(tx, event.id));
  const promoted = await firstWaiting(tx, event.id, Math.min(free, 10_000));
  if (promoted.length === 0) return [];
  await promoteRsvps(tx, event.id, promoted, now);
  const pageUrl = eventPageUrl(publicUrl, event.id);
  for (const person of await usersByIds(tx, promoted)) await sendEmail(tx, promotedEmail(event, person, pageUrl), now);
  return promoted;
}

/**
 * A member answers yes, no or maybe; answering again changes their one RSVP. A "yes" when the
 * event is full joins the waiting list (keeping their place if already on it). When an
 * attending member changes to no or maybe, the first on the waiting list is promoted and emailed.
 */
export async function respondToEvent(
  db: Db,
  ctx: RequestContext,
  { eventId, response, publicUrl, now = new Date() }: EventLinks & { eventId: string; response: CommunityRsvpResponse },
): Promise<void> {
  const standing = await requireMember(db, ctx, RSVP_NEEDS_MEMBER_MESSAGE);
  await db.transaction(async (tx) => {
    const event = await lockOpenEvent(tx, eventId, now);
    const current = await findRsvp(tx, eventId, standing.userId);
    let status: CommunityRsvpStatus = response === 'no' ? 'declined' : 'maybe';
    let waitlistedAt: Date | null = null;
    if (response === 'yes') {
      if (current?.status === 'attending' || current?.status === 'waitlisted') {
        status = current.status;
        waitlistedAt = current.waitlistedAt;
      } else if (event.capacity === null || (await countAttending(tx, eventId)) < event.capacity) {
        status = 'attending';
      } else {
        status = 'waitlisted';
        waitlistedAt = now;
      }
    }
    if (current?.status === status && current.waitlistedAt?.getTime() === waitlistedAt?.getTime()) return;
    await upsertRsvp(tx, { eventId, userId: standing.userId, status, waitlistedAt, now });
    const promoted = current?.status === 'attending' ? await fillFreePlaces(tx, event, publicUrl, now) : [];
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'community_event_rsvp',
      recordId: eventId,
      detail: { status, promoted: promoted.length },
    });
  });
}

/**
 * Takes a member off an event altogether: themselves, or anyone if the caller is an editor.
 * A freed place goes to the first on the waiting list.
 */
export async function removeRsvp(
  db: Db,
  ctx: RequestContext,
  { eventId, userId, publicUrl, now = new Date() }: EventLinks & { eventId: string; userId: string },
): Promise<void> {
  const standing = await requireMember(db, ctx, RSVP_NEEDS_MEMBER_MESSAGE);
  if (userId !== standing.userId && !standing.isEditor) throw forbidden('Only community editors can remove someone else’s reply');
  await db.transaction(async (tx) => {
    const event = await lockOpenEvent(tx, eventId, now);
    const removed = await deleteRsvp(tx, eventId, userId);
    if (!removed) return;
    const promoted = removed.status === 'attending' ? await fillFreePlaces(tx, event, publicUrl, now) : [];
    await recordAudit(tx, ctx, {
      action: 'delete',
      recordType: 'community_event_rsvp',
      recordId: eventId,
      detail: { was: removed.status, byEditor: userId !== standing.userId, promoted: promoted.length },
    });
  });
}
