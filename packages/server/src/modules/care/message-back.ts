import { type ClosedStatus, isClosedStatus, type MessageBack } from '@kith/shared';
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { referralTransitions } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { servicesConnectedFor } from '../onward-referrals/onward-referral-timeline.ts';
import type { ReferralRow } from '../referrals/referral-access.ts';
import { findPersonIdentity, hasSuccessfulContact, reasonSnomedCodes } from './episode-repository.ts';
import { measureChanges } from './measure-changes.ts';
import { listMeasures } from './outcome-measure-repository.ts';
import { REFERRAL_TO_SOCIAL_PRESCRIBING, type SnomedConcept, SOCIAL_PRESCRIBING_DECLINED } from './snomed-codes.ts';

/**
 * The message back to the GP or referrer (PRSB Social Prescribing Information Standard) for a
 * referral that has ended, however it ended: who, what happened, when and why, what changed, and
 * the SNOMED CT codes to enter in the GP record. Its facts are written by `changeStatus` in the
 * transaction that closed the referral (the closing transition: when and why; for a discharge
 * also the outcome and summary), so the message exists exactly when the ending does.
 */
export async function buildMessageBack(db: DbOrTx, referral: ReferralRow): Promise<MessageBack> {
  const ending = referral.status;
  const person = await findPersonIdentity(db, referral.personId);
  if (!person || !isClosedStatus(ending)) throw notFound('Message back');
  const [closing] = await db
    .select({ at: referralTransitions.at, reason: referralTransitions.reason })
    .from(referralTransitions)
    .where(and(eq(referralTransitions.referralId, referral.id), eq(referralTransitions.toStatus, ending)))
    .orderBy(desc(referralTransitions.at))
    .limit(1);
  const endedAt = referral.dischargedAt ?? closing?.at ?? referral.updatedAt;
  const measures = await listMeasures(db, referral.id);
  return {
    referralId: referral.id,
    personName: `${person.givenName} ${person.familyName}`,
    nhsNumber: person.nhsNumber,
    ending,
    whatHappened: whatHappened(referral, ending),
    outcome: ending === 'discharged' ? (referral.dischargeOutcome ?? '') : ending,
    reason: (ending === 'discharged' ? referral.dischargeReason : closing?.reason) ?? '',
    summary: ending === 'discharged' ? (referral.dischargeSummary ?? '') : '',
    measureChanges: measureChanges(measures),
    // Community services that took the person on through this episode's onward referrals.
    servicesConnected: await servicesConnectedFor(db, referral.id),
    snomedCodes: await codesFor(db, referral, ending),
    endedAt: endedAt.toISOString(),
    dischargedAt: ending === 'discharged' ? endedAt.toISOString() : null,
  };
}

/**
 * The codes for the GP record. A referral closed in error carries none: it should not have
 * existed. Otherwise: the procedure code once the person took the referral up (a successful
 * contact), "social prescribing declined" when they declined, and the referral reasons' codes.
 */
async function codesFor(db: DbOrTx, referral: ReferralRow, ending: ClosedStatus): Promise<SnomedConcept[]> {
  if (ending === 'closed_in_error') return [];
  const tookUp = await hasSuccessfulContact(db, referral.id);
  const codes = [
    ...(tookUp ? [REFERRAL_TO_SOCIAL_PRESCRIBING] : []),
    ...(ending === 'declined' ? [SOCIAL_PRESCRIBING_DECLINED] : []),
    ...(await reasonSnomedCodes(db, referral.reasons)),
  ];
  return [...new Map(codes.map((c) => [c.code, c])).values()];
}

function whatHappened(referral: ReferralRow, ending: ClosedStatus): string {
  switch (ending) {
    case 'discharged':
      return 'The person has been discharged from social prescribing.';
    case 'declined':
      return 'The person declined social prescribing.';
    case 'not_reached': {
      const attempts = referral.failedContactAttempts;
      return `The social prescribing team could not reach the person${attempts > 0 ? ` after ${attempts} attempt${attempts === 1 ? '' : 's'} to contact them` : ''}, so the referral has been closed.`;
    }
    case 'withdrawn':
      return 'The referral was withdrawn, so the person will not be supported under it.';
    case 'closed_in_error':
      return 'The referral was closed because it was recorded in error. Nothing needs to be added to the GP record.';
  }
}
