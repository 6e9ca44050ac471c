import { createHash, randomBytes } from 'node:crypto';
import { type CalendarFeedCreated, type CalendarFeedStatus, rolesGranting } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor, scopeFor, withDescendants } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { buildAppointmentFeed } from './appointment-ics.ts';
import { activeUserRoleOrganisationIds, workerAppointmentRows } from './appointment-repository.ts';
import { deleteFeed, findFeedOfUser, findFeedUserByHash, upsertFeed } from './calendar-feed-repository.ts';

/** How far back and ahead the feed reaches: enough for a calendar app, small enough to stay quick. */
const FEED_DAYS_BACK = 60;
const FEED_DAYS_AHEAD = 366;

/** The stored form of a feed secret: its SHA-256, so a copy of the database cannot be subscribed to. */
export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Where a feed secret is read: `<public url>/calendar/<token>.ics`. */
export function feedUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/calendar/${token}.ics`;
}

export async function feedStatus(db: Db, ctx: RequestContext): Promise<CalendarFeedStatus> {
  await scopeFor(db, ctx, 'referrals:work');
  const feed = await findFeedOfUser(db, requireActor(ctx).userId);
  return { exists: feed !== undefined, createdAt: feed?.createdAt.toISOString() ?? null };
}

/**
 * Makes a new secret address for the caller's appointments, replacing any earlier one (which
 * stops working at once). The address is returned this once; only its hash is kept.
 */
export async function createFeed(
  db: Db,
  ctx: RequestContext,
  { publicUrl, now = new Date() }: { publicUrl: string; now?: Date },
): Promise<CalendarFeedCreated> {
  const scope = await scopeFor(db, ctx, 'referrals:work');
  const userId = requireActor(ctx).userId;
  const token = randomBytes(32).toString('base64url');
  const feed = await db.transaction(async (tx) => {
    const row = await upsertFeed(tx, userId, feedTokenHash(token), now);
    await recordAudit(tx, ctx, { action: 'create', recordType: 'calendar_feed', recordId: userId, via: scope.via });
    return row;
  });
  return { url: feedUrl(publicUrl, token), createdAt: feed.createdAt.toISOString() };
}

/** Revokes the caller's feed: its address answers 404 from now on. */
export async function revokeFeed(db: Db, ctx: RequestContext): Promise<void> {
  const scope = await scopeFor(db, ctx, 'referrals:work');
  const userId = requireActor(ctx).userId;
  await db.transaction(async (tx) => {
    if (await deleteFeed(tx, userId)) {
      await recordAudit(tx, ctx, { action: 'delete', recordType: 'calendar_feed', recordId: userId, via: scope.via });
    }
  });
}

/**
 * The public feed (no session: the secret is the credential). Unknown, revoked or a deactivated
 * account's secret: 404. Only appointments in PCNs where the owner still works referrals.
 */
export async function feedCalendar(
  db: Db,
  { token, publicUrl, now = new Date() }: { token: string; publicUrl: string; now?: Date },
): Promise<string> {
  const owner = await findFeedUserByHash(db, feedTokenHash(token));
  if (!owner) throw notFound('Calendar');
  const roots = await activeUserRoleOrganisationIds(db, owner.userId, rolesGranting('referrals:work'));
  const covered = new Set(await withDescendants(db, roots));
  const from = new Date(now.getTime() - FEED_DAYS_BACK * 86_400_000);
  const to = new Date(now.getTime() + FEED_DAYS_AHEAD * 86_400_000);
  const rows = await workerAppointmentRows(db, owner.userId, from, to);
  const appointments = rows
    .filter((row) => covered.has(row.appointment.organisationId))
    .map(({ appointment: a, givenName, familyName }) => ({ ...a, givenName, familyName }));
  return buildAppointmentFeed(appointments, { generatedAt: now, uidDomain: new URL(publicUrl).hostname || 'kith' });
}
