import { type ClosedStatus, isClosedStatus, type MessageBack } from '@kith/shared';
import type { DbOrTx } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { servicesConnectedFor } from '../onward-referrals/onward-referral-timeline.ts';
import type { ReferralRow } from '../referrals/referral-access.ts';
import { toOutcomeMeasure } from './care-view.ts';
import {
  codesForUses,
  findLatestTransitionTo,
  findPersonIdentity,
  findSenders,
  hasSuccessfulContact,
  reasonSnomedCodes,
} from './episode-repository.ts';
import { measureChanges } from './measure-changes.ts';
import { toMessageBack } from './message-back-view.ts';
import { listMeasures } from './outcome-measure-repository.ts';
import { codeUsesForEnding, type SnomedConcept } from './snomed-codes.ts';

/**
 * Gathers the message back of a referral that has ended, however it ended (wording in
 * `message-back-view.ts`). Its facts are written by `changeStatus` in the transaction that closed
 * the referral (the closing transition: when and why; for a discharge also the outcome and
 * summary), so the message exists exactly when the ending does.
 */
export async function buildMessageBack(db: DbOrTx, referral: ReferralRow): Promise<MessageBack> {
  const ending = referral.status;
  const person = await findPersonIdentity(db, referral.personId);
  if (!person || !isClosedStatus(ending)) throw notFound('Message back');
  const closing = await findLatestTransitionTo(db, referral.id, ending);
  const measures = (await listMeasures(db, referral.id)).map(toOutcomeMeasure);
  return toMessageBack({
    referral,
    ending,
    person,
    senders: await findSenders(db, referral),
    closingReason: closing?.reason ?? null,
    endedAt: referral.dischargedAt ?? closing?.at ?? referral.updatedAt,
    measureChanges: measureChanges(measures),
    servicesConnected: await servicesConnectedFor(db, referral.id),
    snomedCodes: await codesFor(db, referral, ending),
  });
}

/**
 * The codes for the GP record: the ending's codes (see `codeUsesForEnding`) and the referral
 * reasons', once each, from the admin-kept `snomed_codes` table with their verified flag.
 */
async function codesFor(db: DbOrTx, referral: ReferralRow, ending: ClosedStatus): Promise<SnomedConcept[]> {
  if (ending === 'closed_in_error') return [];
  const tookUp = await hasSuccessfulContact(db, referral.id);
  const codes = [
    ...(await codesForUses(db, codeUsesForEnding(ending, tookUp, referral.dischargeOutcome))),
    ...(await reasonSnomedCodes(db, referral.reasons)),
  ];
  return [...new Map(codes.map((c) => [c.code, c])).values()];
}
