import { UK_TIME_ZONE } from './uk-wall-clock.ts';

/**
 * When something with the person happened (a contact, an outcome measure taken): entered later
 * is fine (backdating), but it cannot be in the future or before the referral was received. The
 * server and the forms both ask here, so they give the same answer in the same words.
 */

/** How far ahead of the server's clock a time may be: a phone's clock can run a little fast. */
export const CLOCK_SKEW_MS = 2 * 60_000;

const whenFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "3 March 2026 at 10:15", in UK time. */
function describe(instant: Date): string {
  const parts = Object.fromEntries(whenFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}`;
}

/**
 * Why `at` cannot be when `what` happened, or null when it can. Forms give minutes only, so the
 * referral's time counts from the start of its minute: a contact in that same minute is allowed.
 */
export function happenedAtProblem(what: string, at: Date, { receivedAt, now }: { receivedAt: Date; now: Date }): string | null {
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) return `${what} cannot be in the future`;
  const receivedMinute = Math.floor(receivedAt.getTime() / 60_000) * 60_000;
  if (at.getTime() < receivedMinute) {
    return `${what} cannot be before the referral was received (${describe(receivedAt)})`;
  }
  return null;
}
