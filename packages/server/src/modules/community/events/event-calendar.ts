import type { RequestContext } from '../../../access/actor.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { notFound } from '../../../errors.ts';
import { standingOf } from '../community-policy.ts';
import { buildEventIcs } from './event-ics.ts';
import { findEvent } from './event-repository.ts';
import { formatEventWhen } from './event-time.ts';
import { type EventLinks, eventPageUrl } from './event-view.ts';

/**
 * The .ics download for an event. The joining link goes only to members (as on the page);
 * a visitor's file points at the event's page instead. The UID is stable per event, and
 * SEQUENCE grows with each change, so downloading again updates the calendar entry.
 */
export async function eventCalendar(
  db: DbOrTx,
  ctx: RequestContext,
  { eventId: id, publicUrl, now = new Date() }: EventLinks & { eventId: string },
): Promise<{ filename: string; body: string }> {
  const event = await findEvent(db, id);
  if (!event) throw notFound('Event');
  const isMember = Boolean((await standingOf(db, ctx))?.verified);
  const pageUrl = eventPageUrl(publicUrl, id);
  const joinUrl = isMember ? event.onlineUrl : null;
  const description = [
    event.description,
    `When: ${formatEventWhen(event.startsAt, event.endsAt)}`,
    event.audience ? `For: ${event.audience}` : '',
    joinUrl ? `Join online: ${joinUrl}` : '',
    `Details: ${pageUrl}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const body = buildEventIcs({
    uid: `community-event-${event.id}@${new URL(publicUrl).hostname}`,
    sequence: event.sequence,
    title: event.title,
    description,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    location: event.place ?? joinUrl,
    url: joinUrl ?? pageUrl,
    cancelled: event.status === 'cancelled',
    generatedAt: now,
  });
  return { filename: `${slug(event.title) || 'event'}.ics`, body };
}

/** A safe file name from a title. */
function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
