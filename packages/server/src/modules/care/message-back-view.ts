import type { ClosedStatus, MeasureChange, MessageBack } from '@kith/shared';
import type { ReferralRow } from '../referrals/referral-access.ts';
import type { SnomedConcept } from './snomed-codes.ts';

/** What the message back is written from, gathered by `buildMessageBack`. */
export interface MessageBackFacts {
  referral: ReferralRow;
  ending: ClosedStatus;
  person: { givenName: string; familyName: string; nhsNumber: string | null; dateOfBirth: string | null };
  /** The PCN holding the referral and its assigned link worker, who sign the letter. */
  senders: { pcnName: string; linkWorkerName: string | null };
  /** The reason given on the transition that closed the referral, if any. */
  closingReason: string | null;
  endedAt: Date;
  measureChanges: MeasureChange[];
  /** Community services that took the person on through this episode's onward referrals. */
  servicesConnected: string[];
  snomedCodes: SnomedConcept[];
}

/**
 * The message back to the GP or referrer (PRSB Social Prescribing Information Standard): who,
 * what happened, when and why, what changed, and the SNOMED CT codes to enter in the GP record.
 * A discharge carries its outcome and summary; any other ending carries its closing reason.
 */
export function toMessageBack(facts: MessageBackFacts): MessageBack {
  const { referral, ending, person, endedAt } = facts;
  const discharged = ending === 'discharged';
  return {
    referralId: referral.id,
    letter: {
      toOrganisation: referral.referrerOrganisation,
      referrerName: referral.referrerName,
      personDateOfBirth: person.dateOfBirth,
      linkWorkerName: facts.senders.linkWorkerName,
      pcnName: facts.senders.pcnName,
    },
    personName: `${person.givenName} ${person.familyName}`,
    nhsNumber: person.nhsNumber,
    ending,
    whatHappened: whatHappened(referral, ending),
    outcome: discharged ? (referral.dischargeOutcome ?? '') : ending,
    reason: (discharged ? referral.dischargeReason : facts.closingReason) ?? '',
    summary: discharged ? (referral.dischargeSummary ?? '') : '',
    measureChanges: facts.measureChanges,
    servicesConnected: facts.servicesConnected,
    snomedCodes: facts.snomedCodes,
    endedAt: endedAt.toISOString(),
    dischargedAt: discharged ? endedAt.toISOString() : null,
  };
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
