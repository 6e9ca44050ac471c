import { type DischargeRequest, isClosedStatus, type MessageBack } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { loadReferralFor } from '../referrals/referral-access.ts';
import { findReferral } from '../referrals/referral-repository.ts';
import { changeStatus } from '../referrals/referral-status.ts';
import { assertCanDischarge, auditVia } from './care-policy.ts';
import { buildMessageBack } from './message-back.ts';

/**
 * Ends the episode: status, outcome and transition are written with their audit event in one
 * transaction, then the message back to the referrer is returned.
 */
export async function dischargeReferral(
  db: Db,
  ctx: RequestContext,
  referralId: string,
  input: DischargeRequest,
): Promise<MessageBack> {
  const { referral, scope } = await loadReferralFor(db, ctx, referralId, 'referrals:work');
  assertCanDischarge(referral.status);
  const at = new Date();
  await db.transaction((tx) =>
    changeStatus(tx, ctx, {
      referral,
      to: 'discharged',
      reason: input.reason,
      set: { dischargeOutcome: input.outcome, dischargeReason: input.reason, dischargeSummary: input.summary, dischargedAt: at },
      via: auditVia(ctx, scope),
    }),
  );
  const closed = await findReferral(db, referral.id);
  if (!closed) throw notFound('Referral');
  return buildMessageBack(db, closed);
}

/**
 * The message back of a referral that has ended (discharged, declined, not reached, withdrawn or
 * closed in error), for the care team and the referrer who made it. 404 while it is open.
 */
export async function getMessageBack(db: Db, ctx: RequestContext, referralId: string): Promise<MessageBack> {
  const { referral, scope } = await loadReferralFor(db, ctx, referralId, 'referrals:read');
  if (!isClosedStatus(referral.status)) {
    throw new AppError('not_found', 'There is no message back for this referral yet: it is still open.');
  }
  const message = await buildMessageBack(db, referral);
  await recordAudit(db, ctx, { action: 'read', recordType: 'message_back', recordId: referralId, via: auditVia(ctx, scope) });
  return message;
}
