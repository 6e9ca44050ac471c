import type { CreatePersonRequest, Person, PersonInput, PersonMatch, PersonReferral } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { assertInScope, grantingMemberships, requireActor, scopeFor } from '../../access/org-scope.ts';
import { loadPersonFor } from '../../access/person-gate.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Page } from '../../db/paging.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { nhsNumberMismatch, sameDemographics } from './person-demographics.ts';
import { findByNhsNumber, findLikelyMatches, findPersonReferrals, insertPerson, searchPeople } from './person-repository.ts';
import { toPerson, toPersonReferral } from './person-view.ts';

/**
 * Existing records that may be this person: the same NHS number is the same person; the same
 * surname, date of birth and postcode is offered as a likely match.
 */
export async function matchesFor(db: DbOrTx, organisationId: string, input: PersonInput): Promise<PersonMatch[]> {
  if (input.nhsNumber) {
    const same = await findByNhsNumber(db, organisationId, input.nhsNumber);
    if (same) return [{ person: same, reason: 'same_nhs_number' }];
  }
  if (!input.dateOfBirth || !input.postcode) return [];
  const likely = await findLikelyMatches(db, {
    organisationId,
    familyName: input.familyName,
    dateOfBirth: input.dateOfBirth,
    postcode: input.postcode,
  });
  return likely.map((person) => ({ person, reason: 'same_surname_dob_postcode' as const }));
}

/**
 * Likely duplicates, for people who may see the PCN's records. Referrers may not, so for them
 * the answer is always empty: the NHS number rule still applies server-side when they refer.
 */
export async function findMatches(
  db: Db,
  ctx: RequestContext,
  organisationId: string,
  input: PersonInput,
): Promise<PersonMatch[]> {
  if (grantingMemberships(requireActor(ctx), 'people:read').length === 0) return [];
  const scope = await scopeFor(db, ctx, 'people:read');
  assertInScope(scope, organisationId, 'Organisation');
  const matches = await matchesFor(db, organisationId, input);
  for (const match of matches) {
    await recordAudit(db, ctx, {
      action: 'read',
      recordType: 'person',
      recordId: match.person.id,
      via: scope.via,
      detail: { purpose: 'duplicate_check' },
    });
  }
  return matches;
}

/**
 * Creates a person, or returns the existing record with the same NHS number (409 if its surname or
 * date of birth differ: never merged silently). A likely match
 * without confirmation is a 409 so the user looks before creating a duplicate.
 */
export async function createPerson(
  db: Db,
  ctx: RequestContext,
  input: CreatePersonRequest,
): Promise<{ person: Person; created: boolean }> {
  const scope = await scopeFor(db, ctx, 'people:write');
  assertInScope(scope, input.organisationId, 'Organisation');
  return db.transaction(async (tx) => {
    const matches = await matchesFor(tx, input.organisationId, input);
    const sameNumber = matches.find((m) => m.reason === 'same_nhs_number');
    if (sameNumber) {
      // The same number for someone with another surname or date of birth is never merged silently.
      if (!sameDemographics(sameNumber.person, input))
        throw nhsNumberMismatch('nhsNumber', 'If they are right, check the existing record with your supervisor first.');
      return { person: sameNumber.person, created: false };
    }
    if (matches.length > 0 && !input.confirmNotDuplicate) {
      throw new AppError(
        'conflict',
        'A record with the same surname, date of birth and postcode already exists. Check it, then confirm this is a different person.',
        {
          issues: [{ path: 'confirmNotDuplicate', message: 'Confirm this is a different person' }],
        },
      );
    }
    const person = await insertPerson(tx, input.organisationId, input);
    await recordAudit(tx, ctx, { action: 'create', recordType: 'person', recordId: person.id, via: scope.via });
    return { person, created: true };
  });
}

export async function getPerson(db: Db, ctx: RequestContext, id: string): Promise<Person> {
  const { person, via } = await loadPersonFor(db, ctx, id, 'people:read');
  await recordAudit(db, ctx, { action: 'read', recordType: 'person', recordId: id, via });
  return toPerson(person);
}

/**
 * The person's referrals (episodes), newest first, under the same rule as the person record:
 * out of scope is 404. Filtered by scope as well as person, so a referral held by another
 * organisation never leaks through a shared person id.
 */
export async function getPersonReferrals(db: Db, ctx: RequestContext, personId: string): Promise<PersonReferral[]> {
  const { scope } = await loadPersonFor(db, ctx, personId, 'people:read');
  const views = await findPersonReferrals(db, personId, scope.organisationIds);
  await recordAudit(db, ctx, {
    action: 'read',
    recordType: 'person_referrals',
    recordId: personId,
    via: scope.via,
    detail: { count: views.length },
  });
  return views.map(toPersonReferral);
}

export async function findPeople(
  db: Db,
  ctx: RequestContext,
  query: { q?: string | undefined; page: number; pageSize: number },
): Promise<Page<Person>> {
  const scope = await scopeFor(db, ctx, 'people:read');
  const found = await searchPeople(db, scope.organisationIds, query.q, query);
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'person',
    via: scope.via,
    detail: { count: found.items.length, total: found.total, page: found.page },
  });
  return found;
}
