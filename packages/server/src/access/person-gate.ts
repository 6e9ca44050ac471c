import type { Permission } from '@kith/shared';
import type { DbOrTx } from '../db/client.ts';
import { notFound, validationError } from '../errors.ts';
import type { ActorMembership, RequestContext } from './actor.ts';
import { grantingMemberships, type OrgScope, requireActor, scopeFor } from './org-scope.ts';
import { findPersonRecord, findReferralPersonId, type PersonRecord } from './person-gate-repository.ts';

/**
 * The one gate for a person's record: the caller may act on a person with `permission` when a
 * role of theirs grants it over the PCN holding the record (or an organisation above it). The
 * routes under a person (`/api/people/:id/...`) and the records raised about one (safeguarding
 * concerns, onward referrals, unmet needs) ask here.
 */
export interface PersonAccess {
  person: PersonRecord;
  /** The membership that granted the permission: check its role, record it in the audit trail. */
  via: ActorMembership;
  /** The caller's scope for the permission, to filter what hangs off the person by organisation. */
  scope: OrgScope;
}

/**
 * The person, or 403 when no role of the caller grants `permission` at all and 404 when the person
 * is unknown or held outside their scope, so a record's existence is never disclosed.
 */
export async function loadPersonFor(
  db: DbOrTx,
  ctx: RequestContext,
  personId: string,
  permission: Permission,
): Promise<PersonAccess> {
  const access = await reachPerson(db, await scopeFor(db, ctx, permission), personId);
  if (!access) throw notFound('Person');
  return access;
}

/**
 * The same rule without refusing: undefined when the caller may not act on the person with
 * `permission`, for records that other relationships can open too (a concern its reader was
 * notified about).
 */
export async function findPersonAccess(
  db: DbOrTx,
  ctx: RequestContext,
  personId: string,
  permission: Permission,
): Promise<PersonAccess | undefined> {
  if (grantingMemberships(requireActor(ctx), permission).length === 0) return undefined;
  return reachPerson(db, await scopeFor(db, ctx, permission), personId);
}

/** A record about a person that names an episode must name one of that person's: 400 otherwise. */
export async function assertReferralOfPerson(db: DbOrTx, personId: string, referralId: string | null | undefined): Promise<void> {
  if (referralId && (await findReferralPersonId(db, referralId)) !== personId) {
    throw validationError('referralId', 'Choose a referral of this person');
  }
}

async function reachPerson(db: DbOrTx, scope: OrgScope, personId: string): Promise<PersonAccess | undefined> {
  const person = await findPersonRecord(db, personId);
  if (!person || !scope.organisationIds.includes(person.organisationId)) return undefined;
  return { person, via: scope.via, scope };
}
