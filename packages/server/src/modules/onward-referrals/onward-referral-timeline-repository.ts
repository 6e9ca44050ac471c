import type { TaskStatus } from '@kith/shared';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { directoryOrganisations, directoryServices, onwardReferralEvents, onwardReferrals } from '../../db/schema/index.ts';

/** One change of an onward referral, with the episode it belongs to and the service's name. */
export interface OnwardReferralEventRow {
  event: typeof onwardReferralEvents.$inferSelect;
  referralId: string | null;
  serviceName: string;
}

/**
 * The newest `limit` changes of the person's onward referrals, ordered as the person timeline
 * merges them (`newestFirst`): instant to the millisecond, then id.
 */
export async function listNewestEventsForPerson(db: DbOrTx, personId: string, limit: number): Promise<OnwardReferralEventRow[]> {
  return db
    .select({ event: onwardReferralEvents, referralId: onwardReferrals.referralId, serviceName: directoryServices.name })
    .from(onwardReferralEvents)
    .innerJoin(onwardReferrals, eq(onwardReferrals.id, onwardReferralEvents.onwardReferralId))
    .innerJoin(directoryServices, eq(directoryServices.id, onwardReferrals.serviceId))
    .where(eq(onwardReferrals.personId, personId))
    .orderBy(sql`date_trunc('milliseconds', ${onwardReferralEvents.at}) DESC`, sql`${onwardReferralEvents.id} DESC`)
    .limit(limit);
}

/** The services and providers of an episode's onward referrals in the given statuses, oldest referral first. */
export async function listServicesOfReferral(
  db: DbOrTx,
  referralId: string,
  statuses: readonly TaskStatus[],
): Promise<{ service: string; provider: string }[]> {
  return db
    .select({ service: directoryServices.name, provider: directoryOrganisations.name })
    .from(onwardReferrals)
    .innerJoin(directoryServices, eq(directoryServices.id, onwardReferrals.serviceId))
    .innerJoin(directoryOrganisations, eq(directoryOrganisations.id, onwardReferrals.providerOrganizationId))
    .where(and(eq(onwardReferrals.referralId, referralId), inArray(onwardReferrals.status, [...statuses])))
    .orderBy(asc(onwardReferrals.createdAt));
}
