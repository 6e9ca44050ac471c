import { TASK_BUSINESS_STATUS_LABELS, TASK_STATUS_LABELS, type TaskStatus, type TimelineEntry } from '@kith/shared';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { directoryOrganisations, directoryServices, onwardReferralEvents, onwardReferrals } from '../../db/schema/index.ts';

/** Statuses in which a service has taken the person on: what the message back lists as connected. */
const CONNECTED: readonly TaskStatus[] = ['accepted', 'in-progress', 'completed'];

/**
 * The newest `limit` changes of the person's onward referrals as timeline entries, so the link
 * worker sees each provider update on the person's record. Ordered as the person timeline
 * merges them (`newestFirst`): instant to the millisecond, then id.
 */
export async function onwardReferralTimeline(
  db: DbOrTx,
  personId: string,
  limit: number,
): Promise<(TimelineEntry & { key: string })[]> {
  const rows = await db
    .select({ event: onwardReferralEvents, referralId: onwardReferrals.referralId, serviceName: directoryServices.name })
    .from(onwardReferralEvents)
    .innerJoin(onwardReferrals, eq(onwardReferrals.id, onwardReferralEvents.onwardReferralId))
    .innerJoin(directoryServices, eq(directoryServices.id, onwardReferrals.serviceId))
    .where(eq(onwardReferrals.personId, personId))
    .orderBy(sql`date_trunc('milliseconds', ${onwardReferralEvents.at}) DESC`, sql`${onwardReferralEvents.id} DESC`)
    .limit(limit);
  return rows.map(({ event, referralId, serviceName }) => {
    let title: string;
    if (event.fromStatus === null) title = `Onward referral sent to ${serviceName}`;
    else if (event.side === 'system') title = `No reply yet from ${serviceName}`;
    else if (event.fromStatus === event.toStatus && event.businessStatus)
      title = `Onward referral to ${serviceName}: ${TASK_BUSINESS_STATUS_LABELS[event.businessStatus]}`;
    else title = `Onward referral to ${serviceName}: ${TASK_STATUS_LABELS[event.toStatus]}`;
    const detail = [event.reason, event.note].filter(Boolean).join('\n') || null;
    return {
      at: event.at.toISOString(),
      kind: 'onward_referral' as const,
      key: event.id,
      title,
      detail,
      referralId,
      link: `/onward-referrals/${event.onwardReferralId}`,
    };
  });
}

/**
 * The services an episode connected the person with (accepted, started or completed onward
 * referrals), as "service (provider)", for the message back to the referrer.
 */
export async function servicesConnectedFor(db: DbOrTx, referralId: string): Promise<string[]> {
  const rows = await db
    .select({ service: directoryServices.name, provider: directoryOrganisations.name })
    .from(onwardReferrals)
    .innerJoin(directoryServices, eq(directoryServices.id, onwardReferrals.serviceId))
    .innerJoin(directoryOrganisations, eq(directoryOrganisations.id, onwardReferrals.providerOrganizationId))
    .where(and(eq(onwardReferrals.referralId, referralId), inArray(onwardReferrals.status, [...CONNECTED])))
    .orderBy(asc(onwardReferrals.createdAt));
  return [...new Set(rows.map((r) => `${r.service} (${r.provider})`))];
}
