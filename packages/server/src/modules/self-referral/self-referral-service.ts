import {
  type PublicGpPractice,
  type PublicPcn,
  type PublicReferralReason,
  SELF_REFERRAL_PRACTICE_MESSAGE,
  type SelfReferralAccepted,
  type SelfReferralRequest,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { Db, Tx } from '../../db/client.ts';
import { validationError } from '../../errors.ts';
import { type IntakePerson, mismatchNote, resolveIntakePerson } from '../referrals/intake-person.ts';
import { assertActivePcn, assertKnownReasons, receiveReferral } from '../referrals/referral-intake.ts';
import { activeReasons } from '../referrals/referral-reason-repository.ts';
import { activePcnNames, activePracticeNames, findPracticePcnId } from './self-referral-repository.ts';
import { acceptedAnswer, toPublicReason } from './self-referral-view.ts';

/** Active primary care networks, names only: all a member of the public needs to choose one. */
export async function listPublicPcns(db: Db): Promise<PublicPcn[]> {
  return activePcnNames(db);
}

/** Active GP practices of active PCNs, names only: what the public form asks people to choose. */
export async function listPublicPractices(db: Db): Promise<PublicGpPractice[]> {
  return activePracticeNames(db);
}

/**
 * The PCN that takes the referral: the one the person's GP practice belongs to, or (from clients
 * that still send it) the PCN named directly.
 */
async function receivingPcn(tx: Tx, input: SelfReferralRequest): Promise<string> {
  if (input.gpPracticeId) {
    const pcnId = await findPracticePcnId(tx, input.gpPracticeId);
    if (!pcnId) throw validationError('gpPracticeId', 'Choose your GP practice from the list');
    return pcnId;
  }
  if (!input.organisationId) throw validationError('gpPracticeId', SELF_REFERRAL_PRACTICE_MESSAGE);
  await assertActivePcn(tx, input.organisationId, 'Choose the primary care network your GP practice belongs to');
  return input.organisationId;
}

/** Active referral reasons, as the public form offers them. */
export async function listPublicReasons(db: Db): Promise<PublicReferralReason[]> {
  return (await activeReasons(db)).map(toPublicReason);
}

/**
 * A person refers themselves: the person (matched by NHS number in that PCN, or new) and a
 * referral marked unverified, received in the PCN's queue, in the caller's transaction.
 * Nobody is signed in, so the audit events have no actor even if a session cookie came along.
 */
export async function createSelfReferral(tx: Tx, requestId: string, input: SelfReferralRequest): Promise<SelfReferralAccepted> {
  const ctx: RequestContext = { actor: null, requestId };
  const pcnId = await receivingPcn(tx, input);
  // The code is not echoed back: the list the form offers is the only valid one.
  await assertKnownReasons(tx, input.reasons, () => 'Choose from the list of things we can help with');
  const person = await resolveIntakePerson(tx, ctx, {
    pcn: pcnId,
    person: { ...input.person, preferredContactMethod: input.person.phone ? 'phone' : 'email' },
    onMismatch: 'keep_apart',
    auditDetail: { source: 'self' },
  });
  const row = await receiveReferral(
    tx,
    ctx,
    {
      organisationId: pcnId,
      personId: person.personId,
      source: 'self',
      unverified: true,
      reasons: [...new Set(input.reasons)],
      notes: notesFor(input, person),
      referrerUserId: null,
      referrerName: 'Self-referral',
      referrerOrganisation: null,
      consentToReferral: input.consent.toReferral,
      consentToDataSharing: input.consent.toDataSharing,
      consentRecordedBy: null,
    },
    { note: 'Self-referral received' },
  );
  return acceptedAnswer(row.id);
}

/**
 * The team's notes: the person's own words, and what they typed when their NHS number matched
 * an existing record (that record is never changed by an unverified form) or belongs to a record
 * whose details differ (kept apart: see `resolveIntakePerson`).
 */
function notesFor(input: SelfReferralRequest, person: IntakePerson): string | null {
  const parts: string[] = [];
  if (input.helpWanted) parts.push(`In their own words: ${input.helpWanted}`);
  if (person.nhsNumberMismatch && input.person.nhsNumber) parts.push(mismatchNote(input.person.nhsNumber));
  if (person.matched) {
    const p = input.person;
    const given = [
      `name ${p.givenName} ${p.familyName}`,
      `date of birth ${p.dateOfBirth}`,
      `postcode ${p.postcode}`,
      p.phone ? `phone ${p.phone}` : null,
      p.email ? `email ${p.email}` : null,
    ].filter(Boolean);
    parts.push(`Matched an existing record by NHS number. Details given on the form: ${given.join(', ')}.`);
  }
  return parts.length > 0 ? parts.join('\n\n') : null;
}
