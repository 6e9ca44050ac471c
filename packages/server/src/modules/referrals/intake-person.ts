import { type CreateReferralRequest, formatNhsNumber, type PersonInput } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { findPersonAccess } from '../../access/person-gate.ts';
import type { Tx } from '../../db/client.ts';
import { validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { nhsNumberMismatch, sameDemographics } from '../people/person-demographics.ts';
import { findByNhsNumber, insertPerson } from '../people/person-repository.ts';
import type { PersonAsSent } from './referral-view.ts';

export interface IntakePerson {
  personId: string;
  /** How the person was found: an existing record with the same NHS number and details, or new. */
  matched: 'same_nhs_number' | null;
  /** Self-referral only: the NHS number given belongs to a record whose details differ (kept apart). */
  nhsNumberMismatch: boolean;
}

/**
 * The person a new referral (professional, CSV import or self-referral) is about. The same NHS
 * number in the PCN is the same person only if the surname and date of birth agree as well;
 * otherwise nothing is merged silently:
 * - `refuse` (signed-in referrers, the CSV import): 409 with `allowed: []`, a message that reveals
 *   nothing stored, and the NHS number field named, so the referrer checks the details with the
 *   GP record while they have it open. Nothing is created.
 * - `keep_apart` (the public self-referral): answering differently would tell anyone on the
 *   internet that the number is known here, so the referral is accepted as usual, but for a new
 *   person record without the NHS number; the referral's notes tell the team (who can read the
 *   person) to reconcile it. It is unverified anyway until a link worker checks it.
 */
export async function resolveIntakePerson(
  tx: Tx,
  ctx: RequestContext,
  intake: {
    pcn: string;
    person: PersonInput;
    onMismatch: 'refuse' | 'keep_apart';
    /** Added to the audit event of a new person record. */
    auditDetail?: Record<string, unknown>;
  },
): Promise<IntakePerson> {
  const { pcn, person: input, onMismatch, auditDetail = {} } = intake;
  const existing = input.nhsNumber ? await findByNhsNumber(tx, pcn, input.nhsNumber) : undefined;
  if (existing && sameDemographics(existing, input)) {
    return { personId: existing.id, matched: 'same_nhs_number', nhsNumberMismatch: false };
  }
  if (existing && onMismatch === 'refuse') {
    throw nhsNumberMismatch(
      'person.nhsNumber',
      'If they are right (for example, the person has changed their name), send the referral without the NHS number and say why in the notes.',
    );
  }
  const created = await insertPerson(tx, pcn, existing ? { ...input, nhsNumber: null } : input);
  await recordAudit(tx, ctx, {
    action: 'create',
    recordType: 'person',
    recordId: created.id,
    detail: { ...auditDetail, ...(existing ? { nhsNumberMismatchWith: existing.id } : {}) },
  });
  return { personId: created.id, matched: null, nhsNumberMismatch: existing !== undefined };
}

/**
 * The person a signed-in referrer's referral is about: an existing record chosen by id (only for
 * callers who may read the PCN's people: anyone else gets the same answer as for an unknown id),
 * or the details given (see `resolveIntakePerson`), which the answer then shows as sent.
 */
export async function resolveReferredPerson(
  tx: Tx,
  ctx: RequestContext,
  pcn: string,
  input: Pick<CreateReferralRequest, 'personId' | 'person'>,
): Promise<{ personId: string; asSent?: PersonAsSent }> {
  if (input.personId) {
    const access = await findPersonAccess(tx, ctx, input.personId, 'people:read');
    if (!access || access.person.organisationId !== pcn)
      throw validationError('personId', 'That person is not known to this primary care network');
    return { personId: access.person.id };
  }
  if (!input.person) throw validationError('person', 'Give the person’s details');
  const { personId } = await resolveIntakePerson(tx, ctx, { pcn, person: input.person, onMismatch: 'refuse' });
  const { givenName, familyName, nhsNumber, dateOfBirth } = input.person;
  return { personId, asSent: { givenName, familyName, nhsNumber: nhsNumber ?? null, dateOfBirth: dateOfBirth ?? null } };
}

/** The team's note on a referral whose NHS number was kept off the person (self-referral). */
export function mismatchNote(nhsNumber: string): string {
  return `Check the NHS number: ${formatNhsNumber(nhsNumber)} was given, but this PCN already holds it for a person whose surname or date of birth differ, so this referral was not attached to that record. Confirm the details with the person, then reconcile the records.`;
}
