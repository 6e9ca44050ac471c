import type { TaskStatus, TimelineEntry } from '@kith/shared';
import type { DbOrTx } from '../../db/client.ts';
import { listNewestEventsForPerson, listServicesOfReferral } from './onward-referral-timeline-repository.ts';
import { toOnwardReferralTimelineEntry, toServiceNames } from './onward-referral-timeline-view.ts';

/** Statuses in which a service has taken the person on: what the message back lists as connected. */
const CONNECTED: readonly TaskStatus[] = ['accepted', 'in-progress', 'completed'];

/**
 * The newest `limit` changes of the person's onward referrals as timeline entries, so the link
 * worker sees each provider update on the person's record, ordered as the person timeline
 * merges them.
 */
export async function onwardReferralTimeline(
  db: DbOrTx,
  personId: string,
  limit: number,
): Promise<(TimelineEntry & { key: string })[]> {
  return (await listNewestEventsForPerson(db, personId, limit)).map(toOnwardReferralTimelineEntry);
}

/**
 * The services an episode connected the person with (accepted, started or completed onward
 * referrals), as "service (provider)", for the message back to the referrer.
 */
export async function servicesConnectedFor(db: DbOrTx, referralId: string): Promise<string[]> {
  return toServiceNames(await listServicesOfReferral(db, referralId, CONNECTED));
}
