import { allowedTransitions, isClosedStatus, type Referral } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { loadReferralFor } from '../referrals/referral-access.ts';
import { updateReferralIfStatus } from '../referrals/referral-repository.ts';
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
      if (isClosedStatus(referral.status)) {
        throw new AppError('conflict', 'This referral is closed', { allowed: [...allowedTransitions(referral.status)] });
      }
      if (!(await updateReferralIfStatus(tx, referral, { unverified: false }))) throw await changedMeanwhile(tx, referral.id);
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
