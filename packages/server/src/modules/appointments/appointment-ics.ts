import { CONTACT_MODE_PHRASES, type ContactMode, referralReference } from '@kith/shared';
import { escapeText, foldLine, formatUtc } from '../community/events/event-ics.ts';

/**
 * A worker's calendar subscription (RFC 5545): one VCALENDAR, one VEVENT per appointment, times
 * in UTC (no VTIMEZONE needed), CRLF line endings, TEXT escaped (§3.3.11), lines folded at 75
 * octets (§3.1). The text, line and folding rules are the community events' (`event-ics.ts`).
 *
 * The feed leaves the building (calendar apps, phones, cloud sync), so it carries the least that
 * makes it useful: the person's initials and the referral's short reference, never a surname,
 * NHS number or notes. The place and video link are there because the worker needs them.
 */
export interface FeedAppointment {
  id: string;
  referralId: string;
  givenName: string;
  familyName: string;
  startsAt: Date;
  durationMinutes: number;
  mode: ContactMode;
  place: string | null;
  videoLink: string | null;
  status: 'booked' | 'attended' | 'did_not_attend' | 'cancelled';
  version: number;
}

const CRLF = '\r\n';

/** The whole feed text for a worker's appointments. */
export function buildAppointmentFeed(
  appointments: readonly FeedAppointment[],
  { generatedAt, uidDomain }: { generatedAt: Date; uidDomain: string },
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kith//Appointments//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText('Kith appointments')}`,
  ];
  for (const appointment of appointments) lines.push(...eventLines(appointment, generatedAt, uidDomain));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(a: FeedAppointment, generatedAt: Date, uidDomain: string): string[] {
  const endsAt = new Date(a.startsAt.getTime() + a.durationMinutes * 60_000);
  const lines = [
    'BEGIN:VEVENT',
    // Stable per appointment: a calendar updates its copy when the SEQUENCE moves on.
    `UID:${escapeText(`appointment-${a.id}@${uidDomain}`)}`,
    `DTSTAMP:${formatUtc(generatedAt)}`,
    `DTSTART:${formatUtc(a.startsAt)}`,
    `DTEND:${formatUtc(endsAt)}`,
    `SEQUENCE:${a.version}`,
    `STATUS:${a.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(appointmentSummary(a))}`,
    `DESCRIPTION:${escapeText(description(a))}`,
  ];
  if (a.place) lines.push(`LOCATION:${escapeText(a.place)}`);
  // A URI value, not TEXT: not escaped, but it must never break the line.
  if (a.videoLink) lines.push(`URL:${a.videoLink.replace(/[\r\n]/g, '')}`);
  lines.push('END:VEVENT');
  return lines;
}

/** "Appointment: J. S. (ref 3F2A9C1B)": initials and the short reference only. */
export function appointmentSummary(a: { givenName: string; familyName: string; referralId: string }): string {
  return `Appointment: ${initials(a.givenName, a.familyName)} (ref ${referralReference(a.referralId)})`;
}

/** "J. S.": the first letter of each name, upper case. */
export function initials(givenName: string, familyName: string): string {
  return [givenName, familyName]
    .map((name) => [...name.trim()][0]?.toLocaleUpperCase('en-GB'))
    .filter((letter): letter is string => Boolean(letter))
    .map((letter) => `${letter}.`)
    .join(' ');
}

function description(a: FeedAppointment): string {
  const status =
    a.status === 'attended'
      ? ' (attended)'
      : a.status === 'did_not_attend'
        ? ' (did not attend)'
        : a.status === 'cancelled'
          ? ' (cancelled)'
          : '';
  const video = a.videoLink ? `\nVideo link: ${a.videoLink}` : '';
  return `Contact ${CONTACT_MODE_PHRASES[a.mode]}, ${a.durationMinutes} minutes${status}.${video}`;
}
