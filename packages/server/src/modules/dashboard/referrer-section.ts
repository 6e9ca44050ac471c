import { REFERRAL_STATUSES, type ReferrerSection } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { latestEndings, referralCountsByStatus } from './referrer-repository.ts';

/** The referrer's widgets: the referrals they made by status, and the latest messages back. */
export async function referrerSection(db: DbOrTx, ctx: RequestContext): Promise<ReferrerSection> {
  const { userId } = requireActor(ctx);
  const counts = await referralCountsByStatus(db, userId);
  const endings = await latestEndings(db, userId);
  const byStatus = REFERRAL_STATUSES.filter((status) => counts.has(status)).map((status) => ({
    status,
    count: counts.get(status) ?? 0,
  }));
  return {
    role: 'referrer',
    referrals: { total: byStatus.reduce((total, row) => total + row.count, 0), byStatus },
    messagesBack: {
      total: endings.total,
      items: endings.items.map((item) => ({
        referralId: item.referralId,
        personName: item.personName,
        status: item.status,
        dischargeOutcome: item.dischargeOutcome,
        endedAt: item.endedAt.toISOString(),
      })),
    },
  };
}
