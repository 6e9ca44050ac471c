import { DASHBOARD_LIST_LIMIT, OPEN_TASK_STATUSES, type ProviderSection, TASK_STATUSES } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { providerScope } from '../onward-referrals/onward-referral-policy.ts';
import { wholeDaysSince } from './dashboard-sql.ts';
import { inboxCounts, unanswered } from './provider-repository.ts';

/**
 * The VCSE provider's widgets: their inbox by state and the referrals still waiting for an
 * answer. Reach is the onward referral policy's (`providerScope`): the directory organisations
 * linked to the caller's VCSE organisations, exactly as the inbox screen.
 */
export async function providerSection(db: DbOrTx, ctx: RequestContext, now: Date): Promise<ProviderSection> {
  const { directoryOrganisationIds } = await providerScope(db, ctx);
  const counts = await inboxCounts(db, directoryOrganisationIds);
  const waiting = await unanswered(db, directoryOrganisationIds);
  const oldest = waiting.items[0];
  return {
    role: 'vcse_provider',
    inbox: {
      open: OPEN_TASK_STATUSES.reduce((total, status) => total + (counts.get(status) ?? 0), 0),
      byStatus: TASK_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    },
    unanswered: {
      total: waiting.total,
      oldestDays: oldest ? wholeDaysSince(oldest.sentAt, now) : null,
      items: waiting.items.slice(0, DASHBOARD_LIST_LIMIT).map((item) => ({
        onwardReferralId: item.onwardReferralId,
        serviceName: item.serviceName,
        sentAt: item.sentAt.toISOString(),
        daysWaiting: wholeDaysSince(item.sentAt, now),
      })),
    },
  };
}
