import { COMMUNITY_EVENT_KIND_LABELS } from '@kith/shared';
import type { OutgoingEmail } from '../../outbox/outbox-service.ts';
import type { EventRow, Participant } from './event-repository.ts';
import { formatEventWhen } from './event-time.ts';

/**
 * The emails about events, as plain text. Each names the event, when it is in UK time, where
 * (or the joining link) and the event's page, where the member can change their answer and
 * download the calendar file.
 */
function eventFacts(event: EventRow, pageUrl: string): string {
  const lines = [
    `${COMMUNITY_EVENT_KIND_LABELS[event.kind]}: ${event.title}`,
    `When: ${formatEventWhen(event.startsAt, event.endsAt)}`,
  ];
  if (event.place) lines.push(`Where: ${event.place}`);
  if (event.onlineUrl) lines.push(`Join online: ${event.onlineUrl}`);
  if (event.audience) lines.push(`For: ${event.audience}`);
  lines.push(`Details, your reply and the calendar file: ${pageUrl}`);
  return lines.join('\n');
}

export function invitationEmail(event: EventRow, to: Participant, pageUrl: string): OutgoingEmail {
  return {
    to: to.email,
    subject: `Invitation: ${event.title}`,
    textBody: `Hello ${to.displayName},\n\nYou are invited to a Kith community ${COMMUNITY_EVENT_KIND_LABELS[event.kind].toLowerCase()}.\n\n${eventFacts(event, pageUrl)}\n\nPlease reply yes, no or maybe on the event's page.${event.capacity ? ` Places are limited to ${event.capacity}; when it is full, a "yes" joins the waiting list.` : ''}`,
  };
}

export function promotedEmail(event: EventRow, to: Participant, pageUrl: string): OutgoingEmail {
  return {
    to: to.email,
    subject: `You have a place: ${event.title}`,
    textBody: `Hello ${to.displayName},\n\nA place has come up and you are now attending (you were on the waiting list).\n\n${eventFacts(event, pageUrl)}\n\nIf you can no longer come, please change your reply so the next person can have the place.`,
  };
}

export function reminderEmail(event: EventRow, to: Participant, pageUrl: string): OutgoingEmail {
  return {
    to: to.email,
    subject: `Reminder: ${event.title} is tomorrow`,
    textBody: `Hello ${to.displayName},\n\nA reminder that you are attending:\n\n${eventFacts(event, pageUrl)}\n\nIf you can no longer come, please change your reply so someone on the waiting list can have your place.`,
  };
}

export function changedEmail(event: EventRow, to: Participant, pageUrl: string): OutgoingEmail {
  return {
    to: to.email,
    subject: `Changed: ${event.title}`,
    textBody: `Hello ${to.displayName},\n\nThe details of an event you replied to have changed. This is how it is now:\n\n${eventFacts(event, pageUrl)}\n\nIf you saved it to your calendar, download the calendar file again to update it.`,
  };
}

export function cancelledEmail(event: EventRow, to: Participant, pageUrl: string): OutgoingEmail {
  return {
    to: to.email,
    subject: `Cancelled: ${event.title}`,
    textBody: `Hello ${to.displayName},\n\nSorry: this event has been cancelled.\n\n${COMMUNITY_EVENT_KIND_LABELS[event.kind]}: ${event.title}\nIt was to be: ${formatEventWhen(event.startsAt, event.endsAt)}\n\nMore: ${pageUrl}`,
  };
}
