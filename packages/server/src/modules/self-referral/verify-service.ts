import type { Referral } from '@kith/shared';
import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { referrals } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { loadReferralFor } from '../referrals/referral-access.ts';
import { assertOpen } from '../referrals/referral-service.ts';
import { changedMeanwhile } from '../referrals/referral-status.ts';
import { referralView } from '../referrals/referral-view-repository.ts';

/**
 * A link worker or supervisor in the PCN confirms that a self-referral is genuine (they have
 * spoken to the person). Verifying again changes nothing and records nothing; verifying a closed
 * referral is 409 with `allowed: []`.
 */
export async function verifyReferral(db: Db, ctx: RequestContext, id: string): Promise<Referral> {
  return db.transaction(async (tx) => {
    const { referral, scope } = await loadReferralFor(tx, ctx, id, 'referrals:work');
    if (referral.unverified) {
      // Nothing changes a closed case, not even this flag (compare-and-set on the status read).
      assertOpen(referral.status);
      const updated = await tx
        .update(referrals)
        .set({ unverified: false, updatedAt: new Date() })
        .where(and(eq(referrals.id, referral.id), eq(referrals.status, referral.status)))
        .returning({ id: referrals.id });
      if (updated.length === 0) throw await changedMeanwhile(tx, referral.id);
      await recordAudit(tx, ctx, {
        action: 'update',
        recordType: 'referral',
        recordId: referral.id,
        via: scope?.via,
        detail: { fields: ['unverified'], verified: true },
      });
    }
    return referralView(tx, referral.id);
  });
}
