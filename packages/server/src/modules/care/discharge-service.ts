import type { DischargeRequest, MessageBack } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { servicesConnectedFor } from '../onward-referrals/onward-referral-timeline.ts';
import { loadReferralFor, type ReferralRow } from '../referrals/referral-access.ts';
import { changeStatus } from '../referrals/referral-status.ts';
import { assertCanDischarge, auditVia } from './care-policy.ts';
import { findPersonIdentity, hasSuccessfulContact, reasonSnomedCodes } from './episode-repository.ts';
import { measureChanges } from './measure-changes.ts';
import { listMeasures } from './outcome-measure-repository.ts';
import { REFERRAL_TO_SOCIAL_PRESCRIBING } from './snomed-codes.ts';

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
    changeStatus(
      tx,
      ctx,
      referral,
      'discharged',
      input.reason,
      { dischargeOutcome: input.outcome, dischargeReason: input.reason, dischargeSummary: input.summary, dischargedAt: at },
      auditVia(ctx, scope),
    ),
  );
  return buildMessageBack(db, {
    ...referral,
    status: 'discharged',
    dischargeOutcome: input.outcome,
    dischargeReason: input.reason,
    dischargeSummary: input.summary,
    dischargedAt: at,
  });
}

/** The message back of a discharged referral, for the link worker's team and the referrer who made it. */
export async function getMessageBack(db: Db, ctx: RequestContext, referralId: string): Promise<MessageBack> {
  const { referral, scope } = await loadReferralFor(db, ctx, referralId, 'referrals:read');
  if (referral.status !== 'discharged') {
    throw new AppError('not_found', 'There is no message back for this referral: it has not been discharged.');
  }
  const message = await buildMessageBack(db, referral);
  await recordAudit(db, ctx, { action: 'read', recordType: 'message_back', recordId: referralId, via: auditVia(ctx, scope) });
  return message;
}

/**
 * The message back to the GP or referrer (PRSB Social Prescribing Information Standard): who,
 * the outcome, what changed, and the SNOMED CT codes to enter in the GP record.
 */
async function buildMessageBack(db: DbOrTx, referral: ReferralRow): Promise<MessageBack> {
  const person = await findPersonIdentity(db, referral.personId);
  if (!person || !referral.dischargedAt) throw notFound('Message back');
  const measures = await listMeasures(db, referral.id);
  // The procedure code records that the person took up the referral, so it needs a real contact.
  const tookUp = await hasSuccessfulContact(db, referral.id);
  const reasonCodes = await reasonSnomedCodes(db, referral.reasons);
  const codes = [...(tookUp ? [REFERRAL_TO_SOCIAL_PRESCRIBING] : []), ...reasonCodes];
  return {
    referralId: referral.id,
    personName: `${person.givenName} ${person.familyName}`,
    nhsNumber: person.nhsNumber,
    outcome: referral.dischargeOutcome ?? '',
    reason: referral.dischargeReason ?? '',
    summary: referral.dischargeSummary ?? '',
    measureChanges: measureChanges(measures),
    // Community services that took the person on through this episode's onward referrals.
    servicesConnected: await servicesConnectedFor(db, referral.id),
    snomedCodes: [...new Map(codes.map((c) => [c.code, c])).values()],
    dischargedAt: referral.dischargedAt.toISOString(),
  };
}
