import type { CommunityEventInviteRequest, CommunityEventInviteResult, CommunityInviteTarget, Role } from '@kith/shared';
import { and, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { RequestContext } from '../../../access/actor.ts';
import { withDescendants } from '../../../access/org-scope.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { communityEventInvitations, communityProfiles, memberships, organisations, users } from '../../../db/schema/index.ts';
import { conflict, notFound, validationError } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import { notifyEventInvitation } from '../../notifications/notification-events.ts';
import { sendEmail } from '../../outbox/outbox-service.ts';
import { invitationEmail } from './event-emails.ts';
import { findEvent, usersByIds } from './event-repository.ts';
import { requireEventEditor } from './event-service.ts';
import { type EventLinks, eventPageUrl } from './event-view.ts';

/** The most people one invitation request may reach (each gets an email in one transaction). */
export const MAX_INVITEES_PER_REQUEST = 5000;
const INSERT_CHUNK = 1000;

/**
 * An editor invites people to an event: members by email, everyone holding a role (anywhere,
 * or in an organisation and below), every member of an organisation and its descendants, or
 * every registered community member. Targets are expanded to people now; each person invited
 * for the first time gets an invitation email in the same transaction, and inviting someone
 * again sends nothing. Only people who can sign in (active, email confirmed) are invited.
 */
export async function inviteToEvent(
  db: Db,
  ctx: RequestContext,
  { eventId, request, publicUrl, now = new Date() }: EventLinks & { eventId: string; request: CommunityEventInviteRequest },
): Promise<CommunityEventInviteResult> {
  const standing = await requireEventEditor(db, ctx);
  const event = await findEvent(db, eventId);
  if (!event) throw notFound('Event');
  if (event.status === 'cancelled') throw conflict('This event has been cancelled');
  if (event.endsAt <= now) throw conflict('This event has finished');
  const people = new Set<string>();
  for (const [index, target] of request.invitees.entries()) {
    for (const userId of await expandTarget(db, target, index)) people.add(userId);
  }
  if (people.size > MAX_INVITEES_PER_REQUEST) {
    throw validationError(
      'invitees',
      `That is ${people.size} people; invite at most ${MAX_INVITEES_PER_REQUEST} at a time (for example one organisation at a time)`,
    );
  }
  const everyone = [...people];
  const pageUrl = eventPageUrl(publicUrl, eventId);
  const invited = await db.transaction(async (tx) => {
    const newlyInvited: string[] = [];
    for (let start = 0; start < everyone.length; start += INSERT_CHUNK) {
      const rows = await tx
        .insert(communityEventInvitations)
        .values(
          everyone
            .slice(start, start + INSERT_CHUNK)
            .map((userId) => ({ eventId, userId, invitedByUserId: standing.userId, invitedAt: now })),
        )
        .onConflictDoNothing()
        .returning({ userId: communityEventInvitations.userId });
      newlyInvited.push(...rows.map((r) => r.userId));
    }
    for (const person of await usersByIds(tx, newlyInvited)) await sendEmail(tx, invitationEmail(event, person, pageUrl), now);
    await notifyEventInvitation(tx, ctx, event, newlyInvited, now);
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'community_event_invitation',
      recordId: eventId,
      detail: {
        targets: request.invitees.map((t) => t.kind),
        invited: newlyInvited.length,
        alreadyInvited: everyone.length - newlyInvited.length,
      },
    });
    return newlyInvited.length;
  });
  return { invited, alreadyInvited: everyone.length - invited };
}

/** Active users who can sign in: no community profile (staff) or a confirmed email. */
const canSignIn = and(eq(users.active, true), or(isNull(communityProfiles.userId), isNotNull(communityProfiles.emailVerifiedAt)));

async function expandTarget(db: DbOrTx, target: CommunityInviteTarget, index: number): Promise<string[]> {
  switch (target.kind) {
    case 'member': {
      const rows = await db
        .select({ id: users.id })
        .from(users)
        .leftJoin(communityProfiles, eq(communityProfiles.userId, users.id))
        .where(and(eq(users.email, target.email), canSignIn));
      if (rows.length === 0) throw validationError(`invitees.${index}.email`, 'No registered member has this email address');
      return rows.map((r) => r.id);
    }
    case 'role':
      return holdersOf(db, {
        role: target.role,
        organisationIds: target.organisationId ? await subtree(db, target.organisationId, index) : null,
      });
    case 'organisation':
      return holdersOf(db, { role: null, organisationIds: await subtree(db, target.organisationId, index) });
    case 'all_members': {
      const rows = await db
        .select({ id: users.id })
        .from(communityProfiles)
        .innerJoin(users, eq(users.id, communityProfiles.userId))
        .where(and(eq(users.active, true), isNotNull(communityProfiles.emailVerifiedAt)));
      return rows.map((r) => r.id);
    }
  }
}

/** The organisation and everything below it; 400 naming the field if it does not exist. */
async function subtree(db: DbOrTx, organisationId: string, index: number): Promise<string[]> {
  const [found] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId));
  if (!found) throw validationError(`invitees.${index}.organisationId`, 'Organisation not found');
  return withDescendants(db, [organisationId]);
}

/** Users holding the role (any role if null) in the organisations (anywhere if null). */
async function holdersOf(db: DbOrTx, filter: { role: Role | null; organisationIds: string[] | null }): Promise<string[]> {
  const conditions = [canSignIn];
  if (filter.role) conditions.push(eq(memberships.role, filter.role));
  if (filter.organisationIds) conditions.push(inArray(memberships.organisationId, filter.organisationIds));
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(communityProfiles, eq(communityProfiles.userId, users.id))
    .where(and(...conditions));
  return rows.map((r) => r.id);
}
